/** A1-style addresses, shared by the workbook gateway and the .xlsx builder so both draw the same cells. */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1;
}

/** Row and column are 0-based; the address is Excel's 1-based "B3". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A rectangle from its top-left cell (0-based) and size: "B3:D7" (or "B3" for one cell). */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const start = cellAddress(row, column);
  if (rowCount <= 1 && columnCount <= 1) return start;
  return `${start}:${cellAddress(row + Math.max(rowCount, 1) - 1, column + Math.max(columnCount, 1) - 1)}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** "Sheet1!$B$3" or "B3" → { row: 2, column: 1 } (the first cell of a range). */
export function parseCellAddress(address: string): CellPosition | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local);
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
}

/** A sheet-qualified absolute reference for formulas: "'Lists'!$A$2:$C$9". */
export function absoluteRef(sheet: string, row: number, column: number, rowCount: number, columnCount = 1): string {
  const start = `$${columnLetter(column)}$${row + 1}`;
  const end = `$${columnLetter(column + columnCount - 1)}$${row + rowCount}`;
  return `'${sheet.replace(/'/g, "''")}'!${start}:${end}`;
}
