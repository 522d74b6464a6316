import { type ColumnId, templateColumns } from './columns';
import { isBlank, type RawCell } from './raw-cell';

export type ColumnMap = Readonly<Record<ColumnId, number>>;

export type HeaderCheck = { readonly ok: true; readonly columns: ColumnMap } | { readonly ok: false; readonly messages: readonly string[] };

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

const headerText = (cell: RawCell | undefined): string =>
  !cell || isBlank(cell) ? '' : cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : '';

/**
 * Finds each template column by its header (any order, any case). A missing header stops the whole read: without
 * it every row would be misread. A header the template does not know is named as the likely renamed one.
 */
export function matchHeaders(headers: readonly RawCell[]): HeaderCheck {
  const found = headers.map(headerText);
  const index = new Map<string, number>();
  const messages: string[] = [];
  found.forEach((text, i) => {
    const key = normalise(text);
    if (!key) return;
    if (index.has(key)) messages.push(`The header “${text.trim()}” appears twice: keep one column of it.`);
    else index.set(key, i);
  });
  const known = new Set(templateColumns.map((c) => normalise(c.header)));
  const strangers = found.filter((t) => normalise(t) && !known.has(normalise(t))).map((t) => t.trim());
  const columns: Partial<Record<ColumnId, number>> = {};
  for (const column of templateColumns) {
    const at = index.get(normalise(column.header));
    if (at !== undefined) {
      columns[column.id] = at;
      continue;
    }
    const hint = strangers.length > 0 ? ` The sheet has ${strangers.map((s) => `“${s}”`).join(', ')}: if one of them is it, rename it back.` : '';
    messages.push(`The “${column.header}” column is missing from the Activities sheet.${hint}`);
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, columns: columns as ColumnMap };
}
