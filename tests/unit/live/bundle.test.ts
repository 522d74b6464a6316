import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Pages that never join a meeting must not grow: the live layer's entry imports Live Share and Fluid only
// dynamically, so a bundler splits them into chunks loaded on joining.
describe('the live layer loads Live Share only on demand', () => {
  it('keeps Live Share and Fluid out of the entry chunk', async () => {
    const result = await build({
      entryPoints: ['src/live/index.ts'],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      outdir: 'out',
      write: false,
      minify: true,
      metafile: true,
      logLevel: 'silent',
    });
    const outputs = Object.entries(result.metafile.outputs);
    const [, entry] = outputs.find(([, o]) => o.entryPoint === 'src/live/index.ts')!;
    const entryInputs = Object.keys(entry.inputs);
    expect(entryInputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(entry.bytes).toBeLessThan(5_000);
    // ...and they are there, in the chunks behind the dynamic imports.
    const lazy = outputs.filter(([, o]) => o.entryPoint !== 'src/live/index.ts').flatMap(([, o]) => Object.keys(o.inputs));
    expect(lazy.some((i) => i.includes('@microsoft/live-share'))).toBe(true);
    expect(lazy.some((i) => i.includes('@fluidframework/container-loader'))).toBe(true);
  }, 60_000);
});
