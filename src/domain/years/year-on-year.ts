import type { AcademicYear } from '../academic-year';
import { stages as catalogueStages } from '../catalogue/provision';
import type { StageId, YearGroup } from '../catalogue/types';
import type { Finding } from '../findings';
import { type PlanRollup, ragRollup } from '../plan/rag';
import type { Rag, StrategicPlan } from '../plan/types';
import { coverage } from '../provision-map/coverage';
import { type ProvisionFindingOptions, provisionFindings } from '../provision-map/findings';
import type { Activity, ProvisionMap } from '../provision-map/types';
import { type StatutoryInputs, statutoryChecklist } from '../statutory/checklist';
import type { DutyCheck } from '../statutory/types';
import { baseKey } from './keys';

/**
 * Year on year: how one academic year's map, plan and statutory record compare with another's,
 * using the same rules as a single year (coverage, findings, RAG roll-up, the statutory checklist).
 */

/**
 * An activity of the later year is the same activity as one of the earlier year when it was
 * carried forward from it (same base key), or failing that when it has the same title (people
 * re-create activities by hand). It has **moved** when its stage, year group or term changed.
 */
export interface MovedActivity {
  readonly before: Activity;
  readonly after: Activity;
  readonly changed: readonly ('stage' | 'yearGroup' | 'term')[];
}

export interface CellChange {
  readonly stage: StageId;
  readonly yearGroup: YearGroup;
  readonly before: number;
  readonly after: number;
  /** Gap findings touching this cell, before and after. */
  readonly gapsBefore: number;
  readonly gapsAfter: number;
}

export interface MapChange {
  readonly from: AcademicYear | undefined;
  readonly to: AcademicYear | undefined;
  readonly added: readonly Activity[];
  readonly dropped: readonly Activity[];
  readonly moved: readonly MovedActivity[];
  /** Matched and in the same place. */
  readonly kept: number;
  /** One per stage × year group of the later map, in order. */
  readonly cells: readonly CellChange[];
  /** Findings (by message) only the earlier year had: gaps closed or advice acted on. */
  readonly resolved: readonly Finding[];
  /** Findings only the later year has. */
  readonly raised: readonly Finding[];
}

const normalTitle = (a: Activity): string => a.title.trim().toLowerCase().replace(/\s+/g, ' ');

export function mapChange(before: ProvisionMap, after: ProvisionMap, options: ProvisionFindingOptions = {}): MapChange {
  const unmatched = new Map(before.activities.map((a) => [a.id, a]));
  const byBase = new Map(before.activities.map((a) => [baseKey(a.id), a]));
  const pairs: { before: Activity; after: Activity }[] = [];
  const added: Activity[] = [];
  const rest: Activity[] = [];
  for (const a of after.activities) {
    const match = byBase.get(baseKey(a.id));
    if (match && unmatched.has(match.id)) {
      unmatched.delete(match.id);
      pairs.push({ before: match, after: a });
    } else rest.push(a);
  }
  // By title once, not a scan of the year before per activity (5,000 new activities × its map was a second's freeze).
  const byTitle = new Map<string, Activity[]>();
  for (const b of unmatched.values()) byTitle.set(normalTitle(b), [...(byTitle.get(normalTitle(b)) ?? []), b]);
  for (const a of rest) {
    const match = byTitle.get(normalTitle(a))?.find((b) => unmatched.has(b.id));
    if (match) {
      unmatched.delete(match.id);
      pairs.push({ before: match, after: a });
    } else added.push(a);
  }
  const moved: MovedActivity[] = [];
  for (const { before: b, after: a } of pairs) {
    const changed = (['stage', 'yearGroup', 'term'] as const).filter((k) => b[k] !== a[k]);
    if (changed.length) moved.push({ before: b, after: a, changed });
  }

  const stages = options.stages ?? catalogueStages;
  const findingsBefore = provisionFindings(before, options);
  const findingsAfter = provisionFindings(after, options);
  const gapsIn = (findings: readonly Finding[], stage: StageId, yearGroup: YearGroup): number =>
    findings.filter((f) => f.severity === 'gap' && f.cells.some((c) => c.stage === stage && c.yearGroup === yearGroup)).length;
  const countsBefore = new Map(coverage(before, stages).stages.flatMap((s) => s.cells).map((c) => [`${c.stage}|${c.yearGroup}`, c.count]));
  const cells = coverage(after, stages).stages.flatMap((s) =>
    s.cells.map((c) => ({
      stage: c.stage,
      yearGroup: c.yearGroup,
      before: countsBefore.get(`${c.stage}|${c.yearGroup}`) ?? 0,
      after: c.count,
      gapsBefore: gapsIn(findingsBefore, c.stage, c.yearGroup),
      gapsAfter: gapsIn(findingsAfter, c.stage, c.yearGroup),
    })),
  );
  const messages = (fs: readonly Finding[]): Set<string> => new Set(fs.map((f) => f.message));
  const beforeMessages = messages(findingsBefore);
  const afterMessages = messages(findingsAfter);
  return {
    from: before.academicYear,
    to: after.academicYear,
    added,
    dropped: [...unmatched.values()],
    moved,
    kept: pairs.length - moved.length,
    cells,
    resolved: findingsBefore.filter((f) => !afterMessages.has(f.message)),
    raised: findingsAfter.filter((f) => !beforeMessages.has(f.message)),
  };
}

/** A plan's RAG and completion for one year, whole-plan totals beside the per-priority roll-up. */
export interface PlanYear {
  readonly academicYear: AcademicYear | undefined;
  readonly rollup: PlanRollup;
  readonly counts: Readonly<Record<Rag, number>>;
  readonly actions: number;
  readonly completed: number;
  /** completed / actions; 0 for a plan without actions. */
  readonly shareComplete: number;
  /** Open actions that continued into the next year (carried forward). */
  readonly carriedForward: number;
}

/** One entry per plan, in the order given (earliest year first, say). `later` plans reveal what was carried on. */
export function planByYear(plans: readonly StrategicPlan[]): PlanYear[] {
  const carriedIds = new Set(plans.flatMap((p) => p.actions.flatMap((a) => (a.carriedFrom ? [a.carriedFrom] : []))));
  return plans.map((plan) => {
    const counts: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
    for (const a of plan.actions) counts[a.rag] += 1;
    const completed = plan.actions.filter((a) => a.completed).length;
    return {
      academicYear: plan.academicYear,
      rollup: ragRollup(plan),
      counts,
      actions: plan.actions.length,
      completed,
      shareComplete: plan.actions.length ? completed / plan.actions.length : 0,
      carriedForward: plan.actions.filter((a) => carriedIds.has(a.id)).length,
    };
  });
}

export interface StatutoryYear {
  readonly academicYear: AcademicYear | undefined;
  readonly checks: readonly DutyCheck[];
  readonly met: number;
}

/**
 * The statutory checklist for each year, judged as at that year's end (or `today` for a year not
 * yet over), so a published-information review date is not called missed years later.
 */
export function statutoryByYear(years: readonly StatutoryInputs[]): StatutoryYear[] {
  return years.map((inputs) => {
    const checks = statutoryChecklist(inputs);
    const responsibilities = checks.filter((c) => c.kind === 'responsibility');
    return { academicYear: inputs.record.academicYear, checks, met: responsibilities.filter((c) => c.status === 'met').length };
  });
}

/** Duties met in the later year that were not met in the earlier one. */
export function dutiesNewlyMet(before: StatutoryYear, after: StatutoryYear): DutyCheck[] {
  const metBefore = new Set(before.checks.filter((c) => c.status === 'met').map((c) => c.duty));
  return after.checks.filter((c) => c.status === 'met' && !metBefore.has(c.duty));
}
