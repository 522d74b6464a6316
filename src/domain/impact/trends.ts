import type { StrategicPlan } from '../plan/types';
import { cohortKey } from './labels';
import {
  higherIsBetter,
  type ImpactMeasure,
  inEducationOrWork,
  type KeyMetricRef,
  measureKey,
  measureName,
  measureValue,
  type MeasureValue,
  type Unit,
  unitOf,
  yearsRecorded,
} from './measures';
import { type Audience, percentText } from './suppression';
import { type ImpactData, type LeaverCohort, stakeholderGroups } from './types';
import { learningOutcomeAreas } from '../catalogue/learning-outcomes';

/** Where the latest value stands against the school's own target. */
export type TargetStatus = 'met' | 'not-met' | 'no-target' | 'no-data' | 'withheld';

/** One measure over the academic years, oldest first: what a chart plots and its table lists. */
export interface Trend {
  readonly measure: ImpactMeasure;
  readonly key: string;
  readonly name: string;
  readonly unit: Unit;
  readonly higherIsBetter: boolean;
  /** One point per academic year with a value. */
  readonly points: readonly MeasureValue[];
  readonly target?: number;
  /** "8%", "100". */
  readonly targetText?: string;
  readonly status: TargetStatus;
}

export interface TrendOptions {
  readonly audience: Audience;
  /** The school's own targets (from its plan's key metrics). */
  readonly targets?: readonly KeyMetricRef[];
}

export const valueText = (unit: Unit, value: number): string => (unit === 'percent' ? percentText(value) : value.toLocaleString('en-GB'));

/** Whether `value` meets `target`: at least it when a rise is good news, at most it otherwise. */
export const meetsTarget = (m: ImpactMeasure, value: number, target: number): boolean => (higherIsBetter(m) ? value >= target : value <= target);

export function measureTrend(data: ImpactData, measure: ImpactMeasure, options: TrendOptions): Trend {
  const key = measureKey(measure);
  const points = yearsRecorded(data)
    .map((year) => measureValue(data, measure, year, options.audience))
    .filter((p): p is MeasureValue => p !== undefined);
  const target = options.targets?.find((t) => t.target !== undefined && measureKey(t.measure) === key)?.target;
  const latest = points.at(-1);
  const status: TargetStatus =
    target === undefined ? 'no-target'
    : !latest ? 'no-data'
    : latest.figure.suppressed ? 'withheld'
    : meetsTarget(measure, latest.value, target) ? 'met'
    : 'not-met';
  return {
    measure,
    key,
    name: measureName(measure),
    unit: unitOf(measure),
    higherIsBetter: higherIsBetter(measure),
    points,
    ...(target !== undefined ? { target, targetText: valueText(unitOf(measure), target) } : {}),
    status,
  };
}

/** The key metrics of the plan's objectives that point at a measure. */
export function planMetrics(plan: StrategicPlan): { readonly objectiveId: string; readonly ref: KeyMetricRef }[] {
  return plan.priorities.flatMap((p) => p.objectives.flatMap((o) => (o.keyMetricRef ? [{ objectiveId: o.id, ref: o.keyMetricRef }] : [])));
}

/** The distinct leaver cohorts recorded, in order of first appearance. */
export function cohortsRecorded(data: ImpactData): LeaverCohort[] {
  const seen = new Map<string, LeaverCohort>();
  for (const r of data.destinations) if (!seen.has(cohortKey(r.cohort))) seen.set(cohortKey(r.cohort), r.cohort);
  return [...seen.values()];
}

/** The measures worth following in what is recorded: destinations, group gaps, perception, NEET risk and voice. */
export function standardMeasures(data: ImpactData): ImpactMeasure[] {
  const out: ImpactMeasure[] = [];
  for (const cohort of cohortsRecorded(data)) {
    const mine = data.destinations.filter((r) => cohortKey(r.cohort) === cohortKey(cohort));
    for (const d of ['neet', 'not-known', 'apprenticeship'] as const) out.push({ kind: 'destinations', cohort, destinations: [d] });
    const groups = [...new Set(mine.filter((r) => !r.sustained).flatMap((r) => r.groups.map((g) => g.group)))];
    for (const group of groups) out.push({ kind: 'destinations', cohort, destinations: ['neet'], group });
    if (mine.some((r) => r.sustained)) out.push({ kind: 'destinations', cohort, destinations: inEducationOrWork, sustained: true });
  }
  const rounds = [...new Map(data.perception.map((r) => [`${r.survey}|${r.yearGroup}`, r])).values()];
  for (const r of rounds) {
    out.push({ kind: 'responses', yearGroup: r.yearGroup, survey: r.survey });
    for (const area of learningOutcomeAreas) {
      if (data.perception.some((p) => p.survey === r.survey && p.yearGroup === r.yearGroup && p.areas.some((a) => a.area === area))) {
        out.push({ kind: 'perception', yearGroup: r.yearGroup, area, survey: r.survey });
      }
    }
  }
  for (const yearGroup of [...new Set(data.neetRisk.map((r) => r.yearGroup))]) out.push({ kind: 'neet-risk', yearGroup });
  for (const group of stakeholderGroups) if (data.voice.some((v) => v.group === group)) out.push({ kind: 'voice', group });
  return out;
}

/** Trends for every standard measure and every measure the school has set a target for, without repeats. */
export function impactTrends(data: ImpactData, options: TrendOptions): Trend[] {
  const measures = [...standardMeasures(data), ...(options.targets ?? []).map((t) => t.measure)];
  const unique = [...new Map(measures.map((m) => [measureKey(m), m])).values()];
  return unique.map((m) => measureTrend(data, m, options));
}

/** The two latest points a trend has, for "rose from … to …". */
export function lastTwo(trend: Trend): readonly [MeasureValue, MeasureValue] | undefined {
  const [previous, latest] = trend.points.slice(-2);
  return previous && latest ? [previous, latest] : undefined;
}

/** A plan objective's key metric and how it stands: first and latest values against the target. */
export interface MetricProgress {
  readonly name: string;
  readonly unit: Unit;
  readonly first?: MeasureValue;
  readonly latest?: MeasureValue;
  readonly target?: number;
  readonly status: TargetStatus;
  /** "4% in 2025/26 (6% in 2023/24); target 8%". */
  readonly summary: string;
}

export function metricProgress(data: ImpactData, ref: KeyMetricRef, audience: Audience): MetricProgress {
  const trend = measureTrend(data, ref.measure, { audience, targets: [ref] });
  const first = trend.points[0];
  const latest = trend.points.at(-1);
  const at = (p: MeasureValue): string => `${p.figure.text} in ${p.academicYear}`;
  const parts = [
    latest ? at(latest) : 'No figures recorded yet',
    ...(first && latest && first !== latest ? [`(${at(first)})`] : []),
  ].join(' ');
  const summary = trend.targetText ? `${parts}; target ${trend.targetText}` : parts;
  return {
    name: trend.name,
    unit: trend.unit,
    ...(first ? { first } : {}),
    ...(latest ? { latest } : {}),
    ...(trend.target !== undefined ? { target: trend.target } : {}),
    status: trend.status,
    summary,
  };
}
