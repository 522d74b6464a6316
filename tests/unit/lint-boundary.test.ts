import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The boundary rule is what keeps src/domain pure; this proves the rule bites.
describe('lint boundary for src/domain', () => {
  const eslint = new ESLint();

  async function problems(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
  }

  it.each([
    ["import { Button } from '@fluentui/react-components';", 'no-restricted-imports'],
    ["import { app } from '@microsoft/teams-js';", 'no-restricted-imports'],
    ["import { Client } from '@microsoft/microsoft-graph-client';", 'no-restricted-imports'],
    ["import React from 'react';", 'no-restricted-imports'],
    ["import { readFileSync } from 'node:fs';", 'no-restricted-imports'],
    ["import { x } from '../graph/graph-client';", 'no-restricted-imports'],
    ['export const run = (): unknown => Excel.run;', 'no-restricted-globals'],
    ['export const ready = (): unknown => Office.onReady;', 'no-restricted-globals'],
  ])('rejects %s in src/domain', async (code, rule) => {
    const found = await problems(`${code}\nexport {};\n`, 'src/domain/review/probe.ts');
    expect(found.some((p) => p.startsWith(rule)), found.join('\n')).toBe(true);
  });

  it('allows the same import outside src/domain', async () => {
    const found = await problems("import { Button } from '@fluentui/react-components';\nexport { Button };\n", 'src/ui/probe.tsx');
    expect(found).toEqual([]);
  });

  it('keeps Office and Excel globals inside src/host', async () => {
    const code = 'export const ready = (): unknown => Office.onReady;\n';
    expect((await problems(code, 'src/ui/probe.ts')).some((p) => p.startsWith('no-restricted-globals'))).toBe(true);
    expect(await problems(code, 'src/host/office/probe.ts')).toEqual([]);
  });
});
