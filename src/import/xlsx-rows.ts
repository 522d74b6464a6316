import type { ImportCell, SourceRow } from '../domain/import';
import { attribute, partText, type XlsxPackage, xmlText } from './xlsx-parts';

/**
 * What a sheet's cells need from the rest of the package: the shared strings most text cells point into, and which
 * cell styles show a number as a date.
 */
export interface CellParts {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

export async function cellParts(xlsx: XlsxPackage): Promise<CellParts> {
  const [sst, styles] = await Promise.all([partText(xlsx.zip, 'xl/sharedStrings.xml'), partText(xlsx.zip, 'xl/styles.xml')]);
  return { strings: sst ? sharedStrings(sst) : [], dateStyles: styles ? dateStyles(styles) : new Set(), date1904: xlsx.date1904 };
}

/**
 * A sheet's rows as the reader takes them, read straight from its XML: only the rows holding something, each cell as
 * the value it shows (a formula as its last result, never as a formula; a date as yyyy-mm-dd). A merged area gives
 * every cell in it the value of its top-left cell, as Excel shows it.
 */
export function sheetRows(xml: string, parts: CellParts): SourceRow[] {
  const rows: SourceRow[] = [];
  const byNumber = new Map<number, ImportCell[]>();
  let rowNumber = 0;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    rowNumber = Number(attribute(row[1]!, 'r') ?? rowNumber + 1);
    if (!row[2]) continue;
    const cells: ImportCell[] = [];
    let column = 0;
    for (const c of row[2].matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const ref = attribute(c[1]!, 'r');
      column = ref ? columnIndex(ref) : column + 1;
      const value = c[2] ? cellValue(c[1]!, c[2], parts) : null;
      if (value !== null) cells[column - 1] = value;
    }
    if (cells.length === 0) continue;
    const filled = Array.from(cells, (v) => v ?? null);
    byNumber.set(rowNumber, filled);
    rows.push({ row: rowNumber, cells: filled });
  }
  fillMerges(xml, byNumber);
  return rows;
}

/** One cell's value from its attributes and content; null when it shows nothing. */
function cellValue(attributes: string, content: string, parts: CellParts): ImportCell {
  const type = attribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return richText(content);
  const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(content)?.[1];
  if (v === undefined) return null;
  const formula = /<(?:\w+:)?f\b/.test(content);
  switch (type) {
    case 's':
      return parts.strings[Number(v)] ?? null;
    case 'str':
      return xmlText(v);
    case 'b':
      return v === '1' || v === 'true';
    // A formula's error shows nothing worth reading; an error typed into the cell is read as its text (#N/A).
    case 'e':
      return formula ? null : xmlText(v);
    case 'd':
      return v.slice(0, 10);
  }
  const number = Number(v);
  if (Number.isNaN(number)) return null;
  const style = Number(attribute(attributes, 's') ?? 0);
  return parts.dateStyles.has(style) ? isoDate(number, parts.date1904) : number;
}

/** "AB12" → 28. */
function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n;
}

/** Text of a string item or an inline string: its runs joined, its phonetic guides (<rPh>) left out. */
function richText(content: string): string {
  const plain = content.includes('rPh') ? content.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : content;
  let text = '';
  for (const t of plain.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) text += t[1] ?? '';
  return xmlText(text);
}

function sharedStrings(xml: string): string[] {
  return Array.from(xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g), (m) => richText(m[1] ?? ''));
}

/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The cell styles (positions in <cellXfs>) whose number format shows a date. */
function dateStyles(xml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) custom.set(Number(attribute(m[0], 'numFmtId')), xmlText(attribute(m[0], 'formatCode') ?? ''));
  const isDate = (id: number): boolean => {
    const code = custom.get(id);
    // Quoted words and [colours] are not the format's letters: what is left shows a date if it has y, m or d.
    return code === undefined ? BUILT_IN_DATES.has(id) : /[ymd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
  };
  const styles = new Set<number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  let index = 0;
  for (const xf of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    if (isDate(Number(attribute(xf[0], 'numFmtId') ?? 0))) styles.add(index);
    index++;
  }
  return styles;
}

/** A date serial as yyyy-mm-dd (day 0 is 30 December 1899, or 1 January 1904 in the 1904 system). */
function isoDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  return new Date(Math.round(days * 86_400_000)).toISOString().slice(0, 10);
}

/** Gives every cell of each merged area (<mergeCell ref="A5:A9"/>) the value of its top-left cell. */
function fillMerges(xml: string, rows: Map<number, ImportCell[]>): void {
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const [first, last] = [columnIndex(m[1]!) - 1, columnIndex(m[3]!) - 1];
    const [top, bottom] = [Number(m[2]), Number(m[4])];
    const value = rows.get(top)?.[first] ?? null;
    if (value === null) continue;
    for (let r = top; r <= bottom; r++) {
      const cells = rows.get(r);
      if (!cells) continue; // a row with nothing of its own stays blank, not a row holding only the merged value
      for (let c = first; c <= last; c++) {
        while (cells.length < c) cells.push(null);
        cells[c] = value;
      }
    }
  }
}
