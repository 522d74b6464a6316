import { type AcademicYear, academicYearBounds } from '../academic-year';
import { statutoryItemLabel } from '../catalogue/statutory';
import type { InstitutionData } from '../institution-data';
import { plural } from '../provision-map/labels';
import { strategicEvidence } from '../statutory/strategic';
import type { YearRecord } from '../years/types';
import { dutiesNewlyMet, mapChange, planByYear, statutoryByYear, type StatutoryYear } from '../years/year-on-year';
import type { BearingLine } from './types';

/**
 * What changed between last academic year and the year the paper covers, in three lines: the statutory
 * responsibilities, the provision map and the plan, by the same rules as a single year. Each year is judged as at
 * its own end, or `today` for the year not yet over. Empty when last year holds nothing.
 */
export function sinceLastYear(data: InstitutionData, lastYear: YearRecord, today: string): BearingLine[] {
  const last = lastYear.academicYear;
  if (lastYear.provisionMap.activities.length === 0 && lastYear.plan.actions.length === 0 && lastYear.plan.priorities.length === 0) return [];
  const reviews = data.reviews.map((r) => r.review);
  const asAt = (year: AcademicYear | undefined): string => {
    const end = year ? academicYearBounds(year).end : today;
    return end < today ? end : today;
  };
  const judged = (year: AcademicYear | undefined, held: Pick<YearRecord, 'statutory' | 'provisionMap' | 'plan'>): StatutoryYear => {
    const date = asAt(year);
    const strategic = strategicEvidence(held.plan, reviews.filter((r) => r.date <= date));
    return statutoryByYear([{ record: held.statutory, map: held.provisionMap, strategic, today: date }])[0]!;
  };
  const before = judged(last, lastYear);
  const after = judged(data.academicYear, data);
  const newlyMet = dutiesNewlyMet(before, after).filter((c) => c.kind === 'responsibility');
  const lines: BearingLine[] = [
    {
      text:
        `Statutory responsibilities: ${after.met} of 5 met, against ${before.met} of 5 in ${last}` +
        (newlyMet.length ? `; newly met: ${newlyMet.map((c) => statutoryItemLabel(c.duty)).join(', ')}.` : '.'),
      tone: newlyMet.length ? 'met' : after.met < before.met ? 'gap' : 'info',
    },
  ];

  const map = mapChange(lastYear.provisionMap, data.provisionMap);
  const closed = map.resolved.filter((f) => f.severity === 'gap').length;
  const opened = map.raised.filter((f) => f.severity === 'gap').length;
  lines.push({
    text:
      `Provision map since ${last}: ${plural(map.added.length, 'activity', 'activities')} added, ${map.dropped.length} dropped, ` +
      `${map.moved.length} moved; ${plural(closed, 'gap', 'gaps')} closed, ${opened} new.`,
    tone: opened > closed ? 'gap' : closed > 0 ? 'met' : 'info',
  });

  const [planBefore, planAfter] = planByYear([lastYear.plan, data.plan]);
  if (planBefore && planAfter) {
    lines.push({
      text:
        `Strategic careers plan: ${planAfter.completed} of ${plural(planAfter.actions, 'action', 'actions')} completed so far, ` +
        `against ${planBefore.completed} of ${planBefore.actions} in ${last}; ${plural(planBefore.carriedForward, 'open action', 'open actions')} carried over.`,
      tone: 'info',
    });
  }
  return lines;
}
