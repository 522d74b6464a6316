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
    return windows1252(bytes);
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1); 0 where the code page has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decoded by hand: Node's TextDecoder('windows-1252') gives Latin-1 (0x93 as a control character, not “), while
 * browsers follow the code page; this gives the same text in both.
 */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
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
  // A file ending in a line break has no row after it (Papa reads one empty record there).
  const records = parsed.data.at(-1)?.join('') === '' && text.endsWith('\n') ? parsed.data.slice(0, -1) : parsed.data;
  const rows: SourceRow[] = records.map((cells, i) => ({ row: i + 1, cells }));
  return { ok: true, sheet: { rows } };
}
