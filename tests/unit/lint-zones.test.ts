import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers in eslint.config.js are what keep the seams honest; each case proves a zone (or the cycle check) bites.
describe('lint zones and the cycle check', () => {
  const eslint = new ESLint();

  async function rules(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(`${code}\n`, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  }

  it.each([
    ['a view imports the Graph client', 'src/ui/plan/probe.tsx', "import { createGraphClient } from '../../graph/graph-client';\nexport const c = createGraphClient;"],
    ['a view imports a repository', 'src/ui/plan/probe.tsx', "import { createPlanRepository } from '../../data/plan/repository';\nexport const r = createPlanRepository;"],
    ['a feature imports another feature', 'src/ui/map/probe.tsx', "import { PlanView } from '../plan/plan-view';\nexport const v = PlanView;"],
    ['shared UI imports a feature', 'src/ui/common/probe.tsx', "import { MapView } from '../map/map-view';\nexport const v = MapView;"],
    ['the data layer imports the UI', 'src/data/probe.ts', "import { userMessage } from '../ui/common/user-message';\nexport const m = userMessage;"],
    ['the transport imports the data layer', 'src/graph/probe.ts', "import { listRef } from '../data/data-context';\nexport const l = listRef;"],
    ['the domain imports shared code', 'src/domain/probe.ts', "import { versionOf } from '../shared/versioned';\nexport const v = versionOf;"],
    ['the demo school imports the data layer', 'src/demo/probe.ts', "import { listRef } from '../data/data-context';\nexport const l = listRef;"],
    ['the workbook model imports the host', 'src/provision-template/probe.ts', "import { connectHost } from '../host/host';\nexport const c = connectHost;"],
    ['the domain imports the file import', 'src/domain/probe.ts', "import { publishImport } from '../import/publish';\nexport const p = publishImport;"],
    ['the data layer imports the file import', 'src/data/probe.ts', "import { publishImport } from '../import/publish';\nexport const p = publishImport;"],
    ['the file import imports the UI', 'src/import/probe.ts', "import { userMessage } from '../ui/common/user-message';\nexport const m = userMessage;"],
    ['the host imports the UI', 'src/host/probe.ts', "import { userMessage } from '../ui/common/user-message';\nexport const m = userMessage;"],
    ['a tool imports a test', 'tools/bench/probe.ts', "import { seedsDir } from '../../tests/support/seeds';\nexport const s = seedsDir;"],
  ])('fails when %s', async (_, filePath, code) => {
    expect(await rules(code, filePath)).toContain('import-x/no-restricted-paths');
  });

  it("allows a feature's data slice to build on the repositories", async () => {
    const code = "import { createPlanRepository } from '../../../data/plan/repository';\nexport const r = createPlanRepository;";
    expect(await rules(code, 'src/ui/plan/data/probe.ts')).toEqual([]);
  });

  it('fails on an import cycle', async () => {
    // host.ts imports host-types.ts; host-types.ts importing host.ts back closes a cycle.
    const code = "import { connectHost } from './host';\nexport const c = connectHost;";
    expect(await rules(code, 'src/host/host-types.ts')).toContain('import-x/no-cycle');
  });
});
