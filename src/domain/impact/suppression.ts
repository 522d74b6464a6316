/**
 * Small-number suppression: Waypoint's rule for figures governors see (docs/data-protection.md explains it and how it
 * relates to the DfE's and ONS's practice). The careers team sees its own figures as recorded.
 *
 *  1. A count of 1 to 4 learners is shown as "fewer than 5", and any percentage made from it is withheld.
 *  2. A cohort (or group, or survey round) of fewer than 5 learners has all its figures withheld.
 *  3. In a breakdown that adds up to a total, when only one count is suppressed the next smallest non-zero count is
 *     withheld too, so the hidden one cannot be worked out by subtraction.
 * Zero is shown as 0: it identifies no one.
 */
export const SMALL_NUMBER = 5;

/** Who the figures are for: the careers team sees them as recorded; governors see them suppressed. */
export type Audience = 'team' | 'governors';

/** A figure ready to show. `value` is null whenever the figure is not shown, so nothing downstream can leak it. */
export interface Figure {
  readonly value: number | null;
  readonly text: string;
  readonly suppressed: boolean;
}

export const FEWER_THAN = `fewer than ${SMALL_NUMBER}`;
const WITHHELD = 'withheld';

const shown = (value: number, text: string): Figure => ({ value, text, suppressed: false });
const hidden = (text: string): Figure => ({ value: null, text, suppressed: true });

export const isSmall = (n: number): boolean => n > 0 && n < SMALL_NUMBER;

/** "5%", "<1%" for a share above nought that rounds to it. */
export function percentText(value: number): string {
  const rounded = Math.round(value);
  return rounded === 0 && value > 0 ? '<1%' : `${rounded}%`;
}

export function countFigure(n: number, audience: Audience): Figure {
  return audience === 'governors' && isSmall(n) ? hidden(FEWER_THAN) : shown(n, n.toLocaleString('en-GB'));
}

/** `part` as a percentage of `whole`; withheld for governors when either is small. Null value when whole is 0. */
export function shareFigure(part: number, whole: number, audience: Audience): Figure {
  if (whole <= 0) return hidden('no learners');
  if (audience === 'governors' && (isSmall(part) || isSmall(whole))) return hidden(WITHHELD);
  const value = (part / whole) * 100;
  return shown(value, percentText(value));
}

/** A percentage measured over `base` learners (a survey result over its responses). */
export function percentFigure(value: number, base: number, audience: Audience): Figure {
  if (base <= 0) return hidden('no responses');
  if (audience === 'governors' && isSmall(base)) return hidden(WITHHELD);
  return shown(value, percentText(value));
}

export interface BreakdownFigures<K extends string> {
  readonly total: Figure;
  readonly counts: Readonly<Record<K, Figure>>;
  readonly shares: Readonly<Record<K, Figure>>;
}

/** A total and the counts that add up to it, with rules 1–3 applied for governors. */
export function breakdownFigures<K extends string>(counts: Readonly<Record<K, number>>, total: number, audience: Audience): BreakdownFigures<K> {
  const keys = Object.keys(counts) as K[];
  const withheld = new Set<K>();
  if (audience === 'governors') {
    if (isSmall(total)) keys.forEach((k) => withheld.add(k));
    else keys.filter((k) => isSmall(counts[k])).forEach((k) => withheld.add(k));
    if (withheld.size === 1) {
      const next = keys.filter((k) => !withheld.has(k) && counts[k] > 0).sort((a, b) => counts[a] - counts[b])[0];
      if (next !== undefined) withheld.add(next);
    }
  }
  const countOf = {} as Record<K, Figure>;
  const shareOf = {} as Record<K, Figure>;
  for (const k of keys) {
    const n = counts[k];
    countOf[k] = withheld.has(k) ? hidden(isSmall(n) ? FEWER_THAN : WITHHELD) : shown(n, n.toLocaleString('en-GB'));
    shareOf[k] = withheld.has(k) ? hidden(WITHHELD) : shareFigure(n, total, 'team');
  }
  return { total: countFigure(total, audience), counts: countOf, shares: shareOf };
}
