import { describe, expect, it } from 'vitest';

import { demoSchool } from '../../../src/demo/demo-school';
import { previewImport } from '../../../src/domain/import';
import { decodeImportFile } from '../../../src/import/decode-file';
import { buildXlsx } from '../../../src/provision-template/xlsx/build-xlsx';
import { planWith } from '../../../tools/testing/excel-fixtures';

describe('Waypoint’s own template imports through the same reader', () => {
  it('reads the demo school’s 54 activities back from a downloaded template, exactly', async () => {
    const list = demoSchool.provisionMap.activities;
    const bytes = new Uint8Array(await buildXlsx(planWith(list)));
    const decoded = await decodeImportFile({ name: 'Waypoint provision map.xlsx', size: bytes.length, bytes: async () => bytes });
    if (!decoded.ok) throw new Error(decoded.message);
    const preview = previewImport(decoded.sheet, { context: { yearGroups: demoSchool.institution.yearGroups }, academicYear: demoSchool.academicYear! });
    expect(preview.sheet).toBe('Activities');
    expect(preview.ignoredHeaders).toEqual([]);
    expect(preview.rows.filter((r) => r.status !== 'accepted' && r.status !== 'skipped')).toEqual([]);
    expect(preview.toWrite).toEqual(list);
  }, 30_000);
});
