import { columnName } from '../../../domain/catalogue/columns';
import type { MaturityRow, MaturityTheme } from '../../../domain/catalogue/types';
import type { ReflectionChoice, ReviewStatus } from '../../../domain/review/types';

export { COLUMNS, columnName } from '../../../domain/catalogue/columns';

export function choiceName(choice: ReflectionChoice): string {
  return choice === 'not-sure' ? 'Not sure' : columnName(choice);
}

/** "2.3 Effective use of recording systems". */
export function rowName(row: MaturityRow): string {
  return `${row.id} ${row.title}`;
}

/** "Theme 2: Systems for monitoring, evaluation and improvement". */
export function themeName(theme: MaturityTheme): string {
  return `Theme ${theme.id}: ${theme.title}`;
}

export function benchmarksOf(theme: MaturityTheme): string {
  const list = theme.benchmarks;
  if (list.length === 0) return '';
  return `${list.length === 1 ? 'Gatsby Benchmark' : 'Gatsby Benchmarks'} ${list.join(', ')}`;
}

export const statusNames: Readonly<Record<ReviewStatus, string>> = {
  preparing: 'Reflecting beforehand',
  meeting: 'In the meeting',
  agreed: 'Agreed',
};

/** "12 November 2026 at 14:05" in the reader's time zone. */
export function dateTime(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const date = when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${date} at ${time}`;
}

const britishList = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "Ann, Ben and Cat". */
export function listOfNames(names: readonly string[]): string {
  return britishList.format(names);
}
