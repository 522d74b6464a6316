import { describe, expect, it } from 'vitest';

import { decodeCsv, csvText } from '../../../src/import/decode-csv';
import { decodeImportFile } from '../../../src/import/decode-file';
import { MAX_FILE_BYTES } from '../../../src/import/limits';
import { fixture } from './support';

const file = (name: string, size: number, bytes: () => Promise<Uint8Array> = () => Promise.reject(new Error('read'))) => ({ name, size, bytes });

describe('import files are bounded and damaged ones say so', () => {
  it('refuses a file over 10 MB before reading a byte of it, naming the limits', async () => {
    const decoded = await decodeImportFile(file('huge.csv', 50 * 1024 * 1024));
    expect(decoded).toEqual({
      ok: false,
      message:
        'This file is 50 MB. Waypoint imports a map of up to 10 MB and 5,000 rows: save the map on its own (without pictures or other sheets), or split it into smaller files.',
    });
    expect((await decodeImportFile(file('just-over.xlsx', MAX_FILE_BYTES + 1))).ok).toBe(false);
  });

  it('refuses a CSV of more than 5,000 rows (plus room for a title) without parsing the rest', () => {
    const text = `Stage,Year,Activity\n${'I&I,9,Talk\n'.repeat(6000)}`;
    const decoded = decodeCsv(new TextEncoder().encode(text));
    expect(decoded.ok ? '' : decoded.message).toMatch(/^This file has more than 5,020 rows\. Waypoint imports a map of up to 10 MB and 5,000 rows/);
    expect(decodeCsv(new TextEncoder().encode(`Stage,Year,Activity\n${'I&I,9,Talk\n'.repeat(5000)}`)).ok).toBe(true);
  });

  it('refuses a workbook with a stray cell in row 1,048,576 quickly, before opening it', async () => {
    const started = performance.now();
    const decoded = await decodeImportFile(fixture('stray-cell.xlsx'));
    const ms = performance.now() - started;
    expect(decoded.ok ? '' : decoded.message).toMatch(/^The sheet “Map” has something in row 1,048,576\. Waypoint imports a map of up to 10 MB and 5,000 rows: delete the rows below the map/);
    expect(ms).toBeLessThan(1000);
  });

  it('says a damaged workbook is damaged, and a quote never closed in a CSV names its row', async () => {
    const damaged = await decodeImportFile(fixture('damaged.xlsx'));
    expect(damaged.ok ? '' : damaged.message).toMatch(/^This file could not be opened as an Excel workbook \(\.xlsx\): it may be damaged/);
    const broken = decodeCsv(new TextEncoder().encode('Stage,Year,Activity\nI&I,9,"Careers fair\nI&I,8,Talk\n'));
    expect(broken.ok ? '' : broken.message).toMatch(/^This CSV file is damaged near row 2: a quoted value is never closed\./);
  });

  it('names what to do with an old .xls file or another kind of file', async () => {
    expect(await decodeImportFile(file('map.xls', 1000))).toMatchObject({ ok: false, message: expect.stringMatching(/save it as an Excel workbook \(\.xlsx\) or as CSV/) });
    expect(await decodeImportFile(file('map.docx', 1000))).toMatchObject({ ok: false, message: expect.stringMatching(/imports Excel workbooks \(\.xlsx\) and CSV files/) });
  });

  it('decodes UTF-8 with or without a BOM, UTF-16 and Windows-1252', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Stage;Year\n“I&I”;£9')]);
    expect(csvText(bom)).toBe('Stage;Year\n“I&I”;£9');
    expect(csvText(new Uint8Array([0x93, 0x49, 0x26, 0x49, 0x94, 0x3b, 0xa3, 0x39]))).toBe('“I&I”;£9');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('Yr', (c) => [c.charCodeAt(0), 0]).flat()]);
    expect(csvText(utf16)).toBe('Yr');
    const semicolons = decodeCsv(new TextEncoder().encode('Stage;Year;Activity\nI&I;9;Careers fair, with employers\n'));
    expect(semicolons.ok && semicolons.sheet.rows.map((r) => r.cells)).toEqual([['Stage', 'Year', 'Activity'], ['I&I', '9', 'Careers fair, with employers']]);
  });
});
