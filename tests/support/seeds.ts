import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The source documents sit beside the project at ../shared/seeds (absent on some machines). */
export const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

export const seedsPresent = existsSync(seedsDir);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Folds mark-up and white space so that a transcription is compared by its words alone. */
export function normalise(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#?\w+);/g, (m, name: string) => entities[name] ?? m)
    .replace(/\*\*/g, ' ')
    .replace(/[•\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised text of the seed whose file name starts with `prefix` ("000" … "004"). */
export function seedText(prefix: string): string {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(`${prefix}_`));
  if (!file) throw new Error(`No seed file starting ${prefix}_ in ${seedsDir}`);
  return normalise(readFileSync(join(seedsDir, file), 'utf8'));
}
