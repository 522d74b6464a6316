import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** KB gzip of the scripts a built page names in its HTML (its entry and the chunks split from it), not those it loads later. */
export function entryScriptsKb(dist: string, page: string): number {
  const file = join(dist, page);
  if (!existsSync(file)) throw new Error(`${file} is missing: the bench builds the pages first (npm run bench).`);
  const scripts = [...readFileSync(file, 'utf8').matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
  return scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length, 0) / 1024;
}
