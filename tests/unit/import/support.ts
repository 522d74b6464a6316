import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

import { schoolYearGroups } from '../../../src/domain/catalogue/provision';
import { type ImportPreview, previewImport, type PreviewOptions } from '../../../src/domain/import';
import { decodeImportFile, type ImportFile } from '../../../src/import/decode-file';

export const FIXTURES = join(__dirname, '../../fixtures/import');

export function fixture(name: string): ImportFile {
  const path = join(FIXTURES, name);
  return { name: basename(path), size: statSync(path).size, bytes: async () => new Uint8Array(readFileSync(path)) };
}

/** Decodes a fixture and previews it against a school with Years 7–13 (and `options`). */
export async function previewFixture(name: string, options: Partial<PreviewOptions> = {}): Promise<ImportPreview> {
  const decoded = await decodeImportFile(fixture(name));
  if (!decoded.ok) throw new Error(decoded.message);
  return previewImport(decoded.sheet, { context: { yearGroups: schoolYearGroups }, ...options });
}
