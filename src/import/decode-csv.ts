import Papa from 'papaparse';

import { HEADER_SEARCH_ROWS, type SourceRow } from '../domain/import';
import { type Decoded, refused } from './decoded';
import { count, MAX_ROWS, tooManyRowsMessage } from './limits';

/**
 * Text of a CSV file as Excel and Word save it: UTF-8 with or without a byte-order mark, UTF-16 with one, otherwise
 * Windows-1252 (bytes that are not valid UTF-8 are taken as the older Windows encoding, so “£” and curly quotes survive).
 */
export function csvText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Rows of a CSV file, comma- or semicolon-separated (Excel in much of Europe saves with semicolons). */
export function decodeCsv(bytes: Uint8Array): Decoded {
  const text = csvText(bytes);
  const allowed = MAX_ROWS + HEADER_SEARCH_ROWS;
  // `preview` stops the parse one row past the limit, so a huge file costs no more than the limit.
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], preview: allowed + 1, skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const row = (broken.row ?? 0) + 1;
    return refused(`This CSV file is damaged near row ${row}: a quoted value is never closed. Open it in Excel, check that row and save it again as CSV.`);
  }
  if (parsed.data.length > allowed) return refused(tooManyRowsMessage(`This file has more than ${count(allowed)} rows`));
  const rows: SourceRow[] = parsed.data.map((cells, i) => ({ row: i + 1, cells }));
  return { ok: true, sheet: { rows } };
}
