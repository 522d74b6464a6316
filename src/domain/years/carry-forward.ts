import { type AcademicYear, academicYearBounds, compareAcademicYears, isInAcademicYear } from '../academic-year';
import type { StageId } from '../catalogue/types';
import type { PlanAction, Priority } from '../plan/types';
import type { Activity, ProvisionMap } from '../provision-map/types';
import type { StatutoryRecord } from '../statutory/types';
import { carriedKey } from './keys';
import { formatDate } from '../validation/dates';

/**
 * "Start the next year": what carrying one year's map and open actions into another would write,
 * computed before anything is written so people can see it first. Pure: the data layer reads the
 * two years, asks for this plan, shows it, and writes `toWrite` only when someone confirms.
 */
export interface YearContent {
  readonly academicYear: AcademicYear;
  readonly map: Pick<ProvisionMap, 'activities' | 'stageOutcomes'>;
  readonly priorities: readonly Priority[];
  readonly actions: readonly PlanAction[];
  /** The year's statutory duties record, when it has one. */
  readonly statutory?: StatutoryRecord;
}

/** What the target year already holds, by key. */
export interface TargetContent {
  readonly activityIds: ReadonlySet<string>;
  /** Stages whose outcomes the target year already has. */
  readonly stagesWithOutcomes: ReadonlySet<StageId>;
  readonly priorityIds: ReadonlySet<string>;
  readonly actionIds: ReadonlySet<string>;
  /** Whether the target year has its own statutory record (never overwritten). */
  readonly hasStatutory: boolean;
}

export type CarryForwardMode = 'new-year' | 'merge';

export interface CarryForwardPlan {
  readonly from: AcademicYear;
  readonly to: AcademicYear;
  /** 'merge' when the target year already has a map: only what is missing is written. */
  readonly mode: CarryForwardMode;
  /** Activities already in the target year (by carried key or because people added them there). */
  readonly targetActivityCount: number;
  readonly toWrite: {
    readonly activities: readonly Activity[];
    readonly stageOutcomes: readonly { readonly stage: StageId; readonly learningOutcomes: readonly string[] }[];
    readonly priorities: readonly Priority[];
    readonly actions: readonly PlanAction[];
    /** The statutory record carried into `to`, when the source year has one and `to` has none. */
    readonly statutory?: StatutoryRecord;
  };
  /** Already carried (a second run, or a merge): counted, not written again. */
  readonly alreadyCarried: { readonly activities: number; readonly priorities: number; readonly actions: number };
  /** Completed actions, which stay in their own year. */
  readonly completedStaying: number;
  /** One sentence per line of the preview, in plain words. */
  readonly summary: readonly string[];
}

export class CarryForwardError extends Error {
  override readonly name = 'CarryForwardError';
}

/**
 * Copies `source` into `to`: every activity (marked "to confirm", evidence link cleared: last
 * year's evidence is not this year's), each stage's outcomes, and every open action with the
 * priority it serves (completed actions stay). Keys are derived from the source key and `to`, so
 * whatever `target` already holds is skipped rather than doubled.
 */
export function planCarryForward(source: YearContent, to: AcademicYear, target: TargetContent): CarryForwardPlan {
  if (compareAcademicYears(to, source.academicYear) <= 0) {
    throw new CarryForwardError(`A map is carried forward into a later year: ${to} is not after ${source.academicYear}.`);
  }
  const copies = source.map.activities.map((a) => carryActivity(a, to));
  const activities = copies.filter((a) => !target.activityIds.has(a.id));

  const stageOutcomes = (Object.entries(source.map.stageOutcomes) as [StageId, readonly string[]][])
    .filter(([stage, outcomes]) => outcomes.length > 0 && !target.stagesWithOutcomes.has(stage))
    .map(([stage, learningOutcomes]) => ({ stage, learningOutcomes }));

  const open = source.actions.filter((a) => !a.completed);
  const carriedPriorityIds = new Set(open.map((a) => a.priorityId));
  const priorityCopies = source.priorities.filter((p) => carriedPriorityIds.has(p.id)).map((p) => carryPriority(p, to));
  const actionCopies = open.map((a) => carryAction(a, to));
  const priorities = priorityCopies.filter((p) => !target.priorityIds.has(p.id));
  const actions = actionCopies.filter((a) => !target.actionIds.has(a.id));

  const statutory = source.statutory && !target.hasStatutory ? carryStatutory(source.statutory, to) : undefined;

  const mode: CarryForwardMode = target.activityIds.size > 0 ? 'merge' : 'new-year';
  const alreadyCarried = {
    activities: copies.length - activities.length,
    priorities: priorityCopies.length - priorities.length,
    actions: actionCopies.length - actions.length,
  };
  const completedStaying = source.actions.length - open.length;
  const toWrite = { activities, stageOutcomes, priorities, actions, ...(statutory ? { statutory } : {}) };
  return {
    from: source.academicYear,
    to,
    mode,
    targetActivityCount: target.activityIds.size,
    toWrite,
    alreadyCarried,
    completedStaying,
    summary: summarise(source, to, mode, target, toWrite, alreadyCarried, completedStaying),
  };
}

export function carryActivity(activity: Activity, to: AcademicYear): Activity {
  const { evidenceLink: _evidence, ...rest } = activity;
  return { ...rest, id: carriedKey(activity.id, to), academicYear: to, toConfirm: true };
}

/** A carried activity confirmed for its year by a person: the same activity without the "to confirm" mark. */
export function confirmActivity(activity: Activity): Activity {
  const { toConfirm: _mark, ...confirmed } = activity;
  return confirmed;
}

/**
 * The statutory record continues into `to` as it stands — the people named, the explicit backing, the provider
 * access policy statement with its sign-off, the published information and impartial guidance remain true until
 * someone changes them, and their dates say when they were given — except whether destinations were collected,
 * which each year's leavers need afresh.
 */
export function carryStatutory(record: StatutoryRecord, to: AcademicYear): StatutoryRecord {
  return { ...record, academicYear: to, destinationsCollected: false };
}

function carryPriority(priority: Priority, to: AcademicYear): Priority {
  return { ...priority, id: carriedKey(priority.id, to), academicYear: to };
}

/**
 * An open action continues in `to` under its carried priority, linked to where it came from. An
 * end point from the year before would make it overdue on its first day, so it is dropped: the
 * half term (now of the new year) says when it is due until someone sets a new end point.
 */
function carryAction(action: PlanAction, to: AcademicYear): PlanAction {
  const { endPoint, ...rest } = action;
  const keepEndPoint = endPoint !== undefined && isInAcademicYear(endPoint, to);
  return {
    ...rest,
    id: carriedKey(action.id, to),
    priorityId: carriedKey(action.priorityId, to),
    ...(action.objectiveId ? { objectiveId: action.objectiveId } : {}),
    ...(keepEndPoint ? { endPoint } : {}),
    academicYear: to,
    carriedFrom: action.id,
  };
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function summarise(
  source: YearContent,
  to: AcademicYear,
  mode: CarryForwardMode,
  target: TargetContent,
  write: CarryForwardPlan['toWrite'],
  already: CarryForwardPlan['alreadyCarried'],
  completedStaying: number,
): string[] {
  const from = source.academicYear;
  const targetActivities = target.activityIds.size;
  const { start } = academicYearBounds(to);
  const lines: string[] = [];
  if (mode === 'merge') {
    lines.push(
      `${to} already has a provision map (${count(targetActivities, 'activity', 'activities')}). Merging adds only what is missing from ${from}; nothing is copied twice. Or cancel and leave ${to} as it is.`,
    );
  }
  lines.push(
    `${count(write.activities.length, 'activity', 'activities')} will be copied from ${from} into ${to} (starting ${formatDate(start)}), each marked “To confirm”, without last year’s evidence links.`,
  );
  if (write.stageOutcomes.length) lines.push(`The learning outcomes chosen for ${count(write.stageOutcomes.length, 'stage', 'stages')} will be copied.`);
  lines.push(
    `${count(write.actions.length, 'open action', 'open actions')} (under ${count(write.priorities.length, 'priority', 'priorities')}) will continue in ${to}; ${count(completedStaying, 'completed action stays', 'completed actions stay')} in ${from}.`,
  );
  if (write.statutory) {
    lines.push(
      `The statutory duties record will continue in ${to} as it stands in ${from} (the Careers Leader, Link Governor, provider access policy statement, published information and impartial guidance), except whether destinations were collected: that is recorded afresh for each year’s leavers.`,
    );
  } else if (source.statutory) {
    lines.push(`${to} already has its own statutory duties record, which is left as it is.`);
  }
  const skipped = already.activities + already.priorities + already.actions;
  if (skipped) lines.push(`${count(skipped, 'item was', 'items were')} carried forward before and will not be copied again.`);
  return lines;
}
