import {
  type AcademicYear,
  compareAcademicYears,
  isAcademicYear,
  nextAcademicYear,
  previousAcademicYear,
} from '../../domain/academic-year';
import { executeBatch, MAX_BATCH_PARTS } from '../../graph/batch';
import { type ItemsPage, itemsUrl, KEY_COLUMN } from '../../graph/list-items';
import { type CallOptions, type DataContext, listRef } from '../data-context';
import type { PerYearList } from '../schema';
import { inYear, yearOf } from '../year-scope';

/**
 * The lists whose items make a year "hold data": its provision map, its plan (priorities, and actions whose
 * priority was removed) and its statutory record. Stage outcomes never come without activities.
 */
const PROBED: readonly PerYearList[] = ['activities', 'planPriorities', 'planActions', 'statutory'];
/** Years asked about per round trip: every probe of a window fits one $batch envelope. */
const WINDOW = Math.floor(MAX_BATCH_PARTS / PROBED.length);

/**
 * The academic years that hold anything (a map, a plan or a statutory record), latest first: what a year picker
 * offers, beside the year we are in. Graph has no "distinct" and its `$orderby` on list items is reported as
 * ignored (PLATFORM-NOTES), so each year is asked for one item of each list on the indexed AcademicYear column
 * (`$top=1`; nothing else is read, whatever the lists hold). The first round asks about `around` (default: the
 * year we are in), the year after it and the three before, in one $batch; while the earliest (or latest) year
 * asked about holds data, the next five further out are asked about too, so a school's whole history is found
 * however long it is, and a school with three years costs one round trip.
 */
export async function yearsWithData(ctx: DataContext, around: AcademicYear = yearOf({}), options: CallOptions = {}): Promise<AcademicYear[]> {
  const found = new Set<AcademicYear>();
  const ask = async (years: readonly AcademicYear[]): Promise<void> => {
    const parts = years.flatMap((year) =>
      PROBED.map((list) => ({ method: 'GET' as const, url: itemsUrl(listRef(ctx, list), { select: [KEY_COLUMN], filter: inYear(year), top: 1 }) })),
    );
    const answers = await executeBatch(ctx.graph, parts, options);
    answers.forEach((answer, i) => {
      if (!answer.ok) throw answer.error;
      if (((answer.body ?? {}) as ItemsPage).value?.length) found.add(years[Math.floor(i / PROBED.length)]!);
    });
  };

  // Outwards from the first window for as long as its edge year holds data.
  const extend = async (edge: AcademicYear, step: Step): Promise<void> => {
    for (let at = edge; found.has(at) && isAcademicYear(step(at)); ) {
      const years = yearsFrom(step(at), step);
      await ask(years);
      at = years.at(-1)!;
    }
  };
  const first = yearsFrom(nextAcademicYear(around), previousAcademicYear);
  await ask(first);
  await extend(first.at(-1)!, previousAcademicYear);
  await extend(first[0]!, nextAcademicYear);
  return [...found].sort(compareAcademicYears).reverse();
}

type Step = (year: AcademicYear) => AcademicYear;

/** Up to WINDOW years from `first` on, one `step` at a time, within the years Waypoint records (1990/91 to 2099/00). */
function yearsFrom(first: AcademicYear, step: Step): AcademicYear[] {
  const years = [first];
  while (years.length < WINDOW && isAcademicYear(step(years.at(-1)!))) years.push(step(years.at(-1)!));
  return years;
}
