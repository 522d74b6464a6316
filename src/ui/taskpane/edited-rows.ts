import type { WorkbookChange, WorkbookGateway, WorkbookRead } from '../../provision-template/workbook-gateway';
import { parseCellAddress } from '../../provision-template/a1';
import { sheetNames } from '../../provision-template/sheets';

/** Past this many edited rows a whole read costs no more than reading them one by one. */
const MOST_ROWS = 50;

/**
 * The Activities table's body rows (0-based) that these changes edited in place, or undefined when only a whole read
 * will do: a change without an address (rows added or removed), on another sheet, on the header, past the end of the
 * table as last read, or across many rows (a paste).
 */
export function editedRows(changes: readonly WorkbookChange[], read: WorkbookRead): number[] | undefined {
  const rows = new Set<number>();
  for (const change of changes) {
    if (change.sheet !== sheetNames.activities || !change.address) return undefined;
    const [from, to = from] = change.address.split(':').map((a) => parseCellAddress(a));
    if (!from || !to) return undefined;
    for (let row = from.row; row <= to.row; row++) {
      // row is 0-based; the header is row headerRowNumber (1-based), so body index 0 is 0-based row headerRowNumber.
      const index = row - read.headerRowNumber;
      if (index < 0 || index >= read.activities.rows.length || rows.size >= MOST_ROWS) return undefined;
      rows.add(index);
    }
  }
  return rows.size > 0 ? [...rows].sort((a, b) => a - b) : undefined;
}

/**
 * The workbook after these changes, reading only the rows edited in place (one round trip), or undefined when a whole
 * read is needed. Rows added or removed always come with a change without an address, so the rows not read are where
 * they were; a row gone since (the table shrank meanwhile) fails the read, and its own change brings a whole read.
 */
export async function readEdited(
  gateway: Pick<WorkbookGateway, 'readActivityRows'>,
  before: WorkbookRead,
  changes: readonly WorkbookChange[],
): Promise<WorkbookRead | undefined> {
  const indexes = editedRows(changes, before);
  if (!indexes) return undefined;
  try {
    return patchRead(before, indexes, await gateway.readActivityRows(indexes));
  } catch {
    return undefined; // the table shrank since the last read: a row asked for is gone
  }
}

/** The last read with the edited rows replaced; every other row is the same object, so its reading is kept. */
export function patchRead(read: WorkbookRead, indexes: readonly number[], rows: WorkbookRead['activities']['rows']): WorkbookRead {
  const next = [...read.activities.rows];
  indexes.forEach((index, k) => (next[index] = rows[k]!));
  return { ...read, activities: { ...read.activities, rows: next } };
}
