/**
 * A cell as a decoder hands it over: text, a number, a yes/no, or nothing. Dates arrive as ISO text (yyyy-mm-dd).
 * Formulas arrive as the text they show, so a value the school typed is never run.
 */
export type ImportCell = string | number | boolean | null | undefined;

/** The cell as one line of text, white space collapsed; '' when blank. */
export function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return squash(String(cell));
}

/** The cell's text with its line breaks kept (they separate values in a list cell), each line's spaces collapsed. */
export function cellLines(cell: ImportCell): string {
  if (typeof cell !== 'string') return cellText(cell);
  return cell
    .split(/\r\n?|\n/)
    .map(squash)
    .filter(Boolean)
    .join('\n');
}

/** Nothing but white space (asked of every known cell of every row, so without building the cell's text). */
export const isBlankCell = (cell: ImportCell): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * For comparing words, not for showing them: lower case, curly quotes and dashes made plain, "&" and "+" read as
 * "and", other punctuation dropped. "Introduce & Inspire" and "introduce and inspire." compare equal.
 */
export function loose(text: string): string {
  // Most cells are plain ASCII: skip the Unicode work for them (the import reads tens of thousands of cells).
  const plain = /^[\x20-\x7e]*$/.test(text)
    ? text
    : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[‘’`]/g, "'").replace(/[‐-―−]/g, '-');
  return squash(
    plain
      .toLowerCase()
      .replace(/[&+]/g, ' and ')
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9/\- ]+/g, ' '),
  );
}

/** A word's singular, near enough for matching category names ("assemblies" → "assembly"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** "a, b or c". */
export function orList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** “text”, shortened when long, for messages. */
export function quoted(text: string): string {
  return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
}
