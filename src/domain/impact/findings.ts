import type { YearGroup } from '../catalogue/types';
import type { SourceRef } from '../findings';
import { daysBetween, formatDate } from '../validation/dates';
import { academicYearOf, byYear, previousYear, startOf } from './academic-year';
import { cohortName, learnerGroupAdjectives, stakeholderGroupNames, surveyLabel } from './labels';
import { type ImpactMeasure, type KeyMetricRef, latestBy } from './measures';
import { type Audience, countFigure, FEWER_THAN, isSmall, percentText, shareFigure } from './suppression';
import { impactTrends, lastTwo, type Trend } from './trends';
import { type ImpactData, type LeaverCohort, type StakeholderGroup, stakeholderGroups } from './types';

export type ImpactFindingKind =
  | 'measure-worse'
  | 'measure-better'
  | 'target-not-met'
  | 'target-met'
  | 'group-gap'
  | 'no-recent-voice'
  | 'no-latest-destinations'
  | 'no-sustained-destinations'
  | 'neet-risk-unsupported'
  | 'low-response-rate'
  | 'no-recent-perception';

/** Something the impact data says, in plain words, with the maturity rows it bears on. */
export interface ImpactFinding {
  readonly kind: ImpactFindingKind;
  /** A gap to act on, advice, or good news. */
  readonly severity: 'gap' | 'advice' | 'info';
  readonly message: string;
  readonly rowIds: readonly string[];
  readonly source: SourceRef;
}

export interface FindingOptions {
  /** yyyy-mm-dd. */
  readonly today: string;
  readonly audience: Audience;
  readonly targets?: readonly KeyMetricRef[];
  /** The institution's year groups: Year 13 leavers are expected only with a sixth form. */
  readonly yearGroups: readonly YearGroup[];
}

/**
 * The smallest change worth a sentence (the product's judgement): a percentage point for destinations and NEET risk,
 * where a point is several learners; five points for survey results, which move with who answered; a tenth for counts.
 */
const MIN_POINTS_CHANGE = 1;
const MIN_SURVEY_POINTS_CHANGE = 5;
const MIN_COUNT_CHANGE = 0.1;
/** A group's NEET share this many points above the whole cohort's is a gap to ask about. */
const GROUP_GAP_POINTS = 3;
/** Below this share of the year group answering, a survey round says little about the year group. */
const LOW_RESPONSE_RATE = 50;
/** Stakeholder voice older than this is not "recent". */
const RECENT_DAYS = 365;

const activity3: SourceRef = { document: '000', section: 'Activity 3: making effective use of data' };
const row = (id: string): SourceRef => ({ document: '002', section: `row ${id}` });
const destinationsGuide: SourceRef = { document: '003', section: 'Tracking learner Destinations' };

const rowsOf = (m: ImpactMeasure): string[] => (m.kind === 'destinations' || m.kind === 'neet-risk' ? ['2.4'] : m.kind === 'voice' ? ['2.6'] : ['2.5']);
const sourceOf = (m: ImpactMeasure): SourceRef => (m.kind === 'destinations' ? destinationsGuide : activity3);
const withheldNote = `the figures are not shown because they involve ${FEWER_THAN} learners`;

function isMeaningful(trend: Trend, previous: number, latest: number): boolean {
  if (trend.unit === 'count') return previous > 0 && Math.abs(latest - previous) / previous >= MIN_COUNT_CHANGE;
  const minimum = trend.measure.kind === 'perception' ? MIN_SURVEY_POINTS_CHANGE : MIN_POINTS_CHANGE;
  return Math.abs(Math.round(latest) - Math.round(previous)) >= minimum;
}

/** "NEET among Year 11 leavers rose from 2% in 2024/25 to 5% in 2025/26." */
function changeFinding(trend: Trend): ImpactFinding | undefined {
  const pair = lastTwo(trend);
  if (!pair) return undefined;
  const [previous, latest] = pair;
  if (!isMeaningful(trend, previous.value, latest.value)) return undefined;
  const rose = latest.value > previous.value;
  const verb = rose ? 'rose' : 'fell';
  const message =
    previous.figure.suppressed || latest.figure.suppressed
      ? `${trend.name} ${verb} between ${previous.academicYear} and ${latest.academicYear}; ${withheldNote}.`
      : `${trend.name} ${verb} from ${previous.figure.text} in ${previous.academicYear} to ${latest.figure.text} in ${latest.academicYear}.`;
  const better = rose === trend.higherIsBetter;
  return { kind: better ? 'measure-better' : 'measure-worse', severity: better ? 'info' : 'gap', message, rowIds: rowsOf(trend.measure), source: sourceOf(trend.measure) };
}

/** "Apprenticeship among Year 11 leavers was 4% in 2025/26, against the school's target of 8%." */
function targetFinding(trend: Trend): ImpactFinding | undefined {
  const latest = trend.points.at(-1);
  if (!latest || trend.targetText === undefined || (trend.status !== 'met' && trend.status !== 'not-met')) return undefined;
  const met = trend.status === 'met';
  const message = `${trend.name} was ${latest.figure.text} in ${latest.academicYear}, ${met ? 'meeting' : 'against'} the school’s target of ${trend.targetText}.`;
  return { kind: met ? 'target-met' : 'target-not-met', severity: met ? 'info' : 'gap', message, rowIds: rowsOf(trend.measure), source: sourceOf(trend.measure) };
}

/** Groups whose NEET share in the latest year is well above the whole cohort's. */
function groupGaps(data: ImpactData, audience: Audience): ImpactFinding[] {
  const latestByCohort = new Map<string, (typeof data.destinations)[number]>();
  for (const r of data.destinations.filter((d) => !d.sustained && d.groups.length > 0)) {
    const key = cohortName(r.cohort);
    const current = latestByCohort.get(key);
    if (!current || byYear(r.academicYear, current.academicYear) > 0) latestByCohort.set(key, r);
  }
  const out: ImpactFinding[] = [];
  for (const r of latestByCohort.values()) {
    const all = shareFigure(r.all.counts.neet, r.all.cohort, audience);
    for (const g of r.groups) {
      const share = (g.counts.neet / g.cohort) * 100;
      if (share - (r.all.counts.neet / r.all.cohort) * 100 < GROUP_GAP_POINTS) continue;
      const figure = shareFigure(g.counts.neet, g.cohort, audience);
      const who = `${learnerGroupAdjectives[g.group]} ${cohortName(r.cohort)}`;
      const message =
        figure.suppressed || all.suppressed
          ? `NEET among ${who} was higher than among all ${cohortName(r.cohort)} in ${r.academicYear}; ${withheldNote}.`
          : `NEET among ${who} was ${figure.text} in ${r.academicYear}, against ${all.text} for all ${cohortName(r.cohort)}.`;
      out.push({ kind: 'group-gap', severity: 'gap', message, rowIds: ['2.4'], source: destinationsGuide });
    }
  }
  return out;
}

/** Every group whose voice has not been heard in the last twelve months. Providers are advice: not every setting asks them. */
function voiceGaps(data: ImpactData, today: string): ImpactFinding[] {
  return stakeholderGroups.flatMap((group: StakeholderGroup): ImpactFinding[] => {
    const dates = data.voice.filter((v) => v.group === group && v.date <= today).map((v) => v.date).sort();
    const latest = dates.at(-1);
    if (latest && daysBetween(latest, today) <= RECENT_DAYS) return [];
    const name = stakeholderGroupNames[group];
    const message = latest
      ? `No stakeholder voice from ${name} in the last 12 months (the latest is from ${formatDate(latest)}).`
      : `No stakeholder voice from ${name} has been recorded.`;
    return [{ kind: 'no-recent-voice', severity: group === 'providers' ? 'advice' : 'gap', message, rowIds: ['2.6'], source: row('2.6') }];
  });
}

/**
 * Destinations of last year's leavers, expected once the autumn term is under way (from 1 November): Year 11 always,
 * Year 13 where there is a sixth form. Colleges name their own programmes, so nothing is expected of them here.
 */
function missingDestinations(data: ImpactData, options: FindingOptions): ImpactFinding[] {
  const current = academicYearOf(options.today);
  if (options.today < `${startOf(current)}-11-01`) return [];
  const last = previousYear(current);
  const expected: LeaverCohort[] = [
    ...(options.yearGroups.includes('11') ? [{ kind: 'year-11' } as const] : []),
    ...(options.yearGroups.includes('13') ? [{ kind: 'year-13' } as const] : []),
  ];
  return expected
    .filter((c) => !data.destinations.some((r) => r.academicYear === last && r.cohort.kind === c.kind))
    .map((c) => ({
      kind: 'no-latest-destinations',
      severity: 'gap',
      message: `No destinations recorded yet for ${cohortName(c)} of ${last}.`,
      rowIds: ['2.4'],
      source: destinationsGuide,
    }));
}

function noSustained(data: ImpactData): ImpactFinding[] {
  if (data.destinations.length === 0 || data.destinations.some((r) => r.sustained)) return [];
  return [
    {
      kind: 'no-sustained-destinations',
      severity: 'advice',
      message:
        'No sustained destinations recorded: row 2.4 looks for intended, actual, sustained and publicly available longer-term destinations data.',
      rowIds: ['2.4'],
      source: row('2.4'),
    },
  ];
}

/** The latest NEET-risk count of each year group, where some flagged learners have no support recorded. */
function unsupported(data: ImpactData, audience: Audience): ImpactFinding[] {
  return latestBy(data.neetRisk, (r) => r.yearGroup)
    .filter((r) => r.supported < r.flagged)
    .map((r) => {
      const without = r.flagged - r.supported;
      const hidden = audience === 'governors' && (isSmall(without) || isSmall(r.flagged));
      const message = hidden
        ? `Some Year ${r.yearGroup} learners flagged at risk of NEET have no support recorded (as at ${formatDate(r.date)}); ${withheldNote}.`
        : `${countFigure(without, audience).text} of ${r.flagged} Year ${r.yearGroup} learners flagged at risk of NEET have no support recorded (as at ${formatDate(r.date)}).`;
      return { kind: 'neet-risk-unsupported', severity: 'gap', message, rowIds: ['2.4'], source: activity3 } satisfies ImpactFinding;
    });
}

/** The latest round of each survey and year group, where fewer than half the year group answered. */
function lowResponse(data: ImpactData, audience: Audience): ImpactFinding[] {
  return latestBy(data.perception, (r) => `${r.survey}|${r.yearGroup}`).flatMap((r): ImpactFinding[] => {
    if (r.yearGroupSize === undefined || r.yearGroupSize === 0) return [];
    const rate = (r.responses / r.yearGroupSize) * 100;
    if (rate >= LOW_RESPONSE_RATE) return [];
    const survey = surveyLabel(r);
    const shown = shareFigure(r.responses, r.yearGroupSize, audience);
    const figures = shown.suppressed ? withheldNote : `${r.responses} of ${r.yearGroupSize}`;
    const message = `Only ${shown.suppressed ? 'a few' : percentText(rate)} of Year ${r.yearGroup} answered the ${survey} in ${r.academicYear} (${figures}).`;
    return [{ kind: 'low-response-rate', severity: 'gap', message, rowIds: ['2.5'], source: row('2.5') }];
  });
}

function noRecentPerception(data: ImpactData, today: string): ImpactFinding[] {
  const current = academicYearOf(today);
  const recent = data.perception.some((r) => byYear(current, r.academicYear) <= 1);
  if (recent) return [];
  return [
    {
      kind: 'no-recent-perception',
      severity: 'gap',
      message: 'No learner perception results (Future Skills Questionnaire or the school’s own survey) recorded this year or last.',
      rowIds: ['2.5'],
      source: row('2.5'),
    },
  ];
}

/**
 * What the impact data says, gaps first: changes between the two latest years, targets, group gaps, missing data and
 * unsupported learners. For governors every figure is suppressed by the small-number rule.
 */
export function impactFindings(data: ImpactData, options: FindingOptions): ImpactFinding[] {
  const trends = impactTrends(data, options);
  const all = [
    ...missingDestinations(data, options),
    // How many took part in stakeholder voice is context, not impact: its changes are not findings.
    ...trends.filter((t) => t.measure.kind !== 'voice').map(changeFinding),
    ...trends.map(targetFinding),
    ...groupGaps(data, options.audience),
    ...unsupported(data, options.audience),
    ...noSustained(data),
    ...lowResponse(data, options.audience),
    ...noRecentPerception(data, options.today),
    ...voiceGaps(data, options.today),
  ].filter((f): f is ImpactFinding => f !== undefined);
  const order = { gap: 0, advice: 1, info: 2 } as const;
  return all.sort((a, b) => order[a.severity] - order[b.severity]);
}

