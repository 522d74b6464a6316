import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';

import { PrecompressPlugin } from '../../../tools/build/precompress.js';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'waypoint-precompress-'));
  // A script large and repetitive enough to compress, and one too small to be worth it.
  writeFileSync(join(dir, 'big.js'), `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ row: i, text: 'Careers provision for every year group' })))};\nconsole.log(rows);`);
  writeFileSync(join(dir, 'small.js'), 'console.log(1);');
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: { big: './big.js', small: './small.js' },
    output: { path: join(dir, 'out'), filename: '[name].js' },
    devtool: 'source-map',
    plugins: [new PrecompressPlugin()],
  });
  await new Promise<void>((done, fail) => compiler.run((error, stats) => (error || stats?.hasErrors() ? fail(error ?? new Error(stats!.toString())) : done())));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the production build writes precompressed copies', () => {
  it('writes .br and .gz beside a script, each decompressing to the script', () => {
    const script = readFileSync(join(dir, 'out', 'big.js'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'out', 'big.js.br')))).toEqual(script);
    expect(gunzipSync(readFileSync(join(dir, 'out', 'big.js.gz')))).toEqual(script);
    expect(readFileSync(join(dir, 'out', 'big.js.br')).length).toBeLessThan(script.length / 4);
  });

  it('leaves alone files too small to gain and source maps', () => {
    expect(existsSync(join(dir, 'out', 'small.js.br'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'big.js.map'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'big.js.map.br'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'big.js.map.gz'))).toBe(false);
  });
});
