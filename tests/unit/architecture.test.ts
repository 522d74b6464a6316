import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** src/<layer>/…, with each feature's data slice (src/ui/<feature>/data) a layer of its own. */
function layerOf(path: string): string | undefined {
  const parts = relative(root, path).split(/[\\/]/);
  if (parts[0] !== 'src' || parts.length < 3) return undefined;
  if (parts[1] === 'ui' && parts[3] === 'data' && parts.length > 4) return 'ui/*/data';
  return parts[1];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every arrow between layers that the source's relative imports (static and dynamic) draw. */
function importGraph(): string[] {
  const arrows = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const from = layerOf(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = layerOf(normalize(join(dirname(file), spec!)));
      if (from && to && from !== to) arrows.add(`${from} → ${to}`);
    }
  }
  return [...arrows].sort();
}

/** The README's list of arrows, between its layers markers. */
function readmeArrows(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /<!-- layers:start -->([\s\S]*?)<!-- layers:end -->/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^- (\S+) → (.+)$/.exec(line.trim()))
    .flatMap((m) => (m ? m[2]!.split(',').map((to) => `${m[1]} → ${to.trim()}`) : []))
    .sort();
}

describe("the README's architecture", () => {
  it('lists exactly the arrows between layers that the source draws', () => {
    expect(readmeArrows().length).toBeGreaterThan(0);
    expect(readmeArrows()).toEqual(importGraph());
  });
});
