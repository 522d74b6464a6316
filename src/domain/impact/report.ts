import { benchmarks, keyStrategicQuestionGroups } from '../catalogue/benchmarks';
import type { ResponsivenessDataSourceId } from '../catalogue/responsiveness';
import type { BenchmarkNumber } from '../catalogue/types';
import type { BearingLine } from '../report/types';
import { byYear } from './academic-year';
import { sourceLines } from './evidence';
import { type FindingOptions, type ImpactFinding, impactFindings } from './findings';
import { cohortKey, cohortName, destinationNames, sourceNames } from './labels';
import { breakdownFigures, type Figure, SMALL_NUMBER } from './suppression';
import { cohortsRecorded, impactTrends, type Trend } from './trends';
import { type DestinationId, destinationIds, type ImpactData, type LeaverCohort } from './types';

/** One cohort's destinations year by year, as governors see them (small numbers suppressed). */
export interface DestinationsTable {
  readonly cohort: LeaverCohort;
  /** "Year 11 leavers", "Year 11 leavers (sustained)". */
  readonly name: string;
  readonly sustained: boolean;
  /** Oldest first: the table's columns. */
  readonly years: readonly { readonly academicYear: string; readonly source: string; readonly leavers: Figure }[];
  /** One row per destination; one cell per year, in the order of `years`. */
  readonly rows: readonly {
    readonly destination: DestinationId;
    readonly name: string;
    readonly cells: readonly { readonly count: Figure; readonly share: Figure }[];
  }[];
}

/** A governors' question (seed 003) and the recorded figures that bear on it. */
export interface ImpactQuestion {
  /** "Key strategic questions: Quality assurance", "Benchmark 3 – Addressing the needs of each young person". */
  readonly where: string;
  readonly text: string;
  readonly lines: readonly BearingLine[];
}

/** The impact part of the governors' report: what the report round renders. */
export interface ImpactReport {
  readonly destinations: readonly DestinationsTable[];
  /** Destinations trends and every measure with a target, for governors. */
  readonly trends: readonly Trend[];
  readonly questions: readonly ImpactQuestion[];
  readonly findings: readonly ImpactFinding[];
  /** The small-number rule, said once in the report. */
  readonly suppressionNote: string;
}

type QuestionRef =
  | { readonly group: string; readonly question: number; readonly sources: readonly ResponsivenessDataSourceId[] }
  | { readonly benchmark: BenchmarkNumber; readonly question: number; readonly sources: readonly ResponsivenessDataSourceId[] };

const allSources: readonly ResponsivenessDataSourceId[] = ['destinations', 'learner-perception', 'stakeholder-voice', 'risk-of-neet'];

/**
 * The governors' questions on impact (seed 003) and which data sources bear on each, by their place in the
 * catalogue (a unit test checks each still points at the question it means).
 */
export const impactQuestionRefs: readonly QuestionRef[] = [
  // "How is the effectiveness of the school's careers provision evaluated, and what evidence supports this?"
  { group: 'Quality assurance', question: 0, sources: allSources },
  // "Does the careers provision meet the needs of all learners, including vulnerable or disadvantaged students, …"
  { group: 'Quality assurance', question: 1, sources: ['destinations', 'risk-of-neet'] },
  // "To what extent is the strategic plan for stakeholder feedback and parental engagement … linked …"
  { benchmark: 1, question: 2, sources: ['stakeholder-voice'] },
  // "How effectively is the school measuring learner careers readiness … Future Skills Questionnaire …"
  { benchmark: 3, question: 0, sources: ['learner-perception'] },
  // "How effectively is the school collecting, analysing and improving destinations data (including sustained …)?"
  { benchmark: 3, question: 1, sources: ['destinations', 'risk-of-neet'] },
];

export function questionText(ref: QuestionRef): { readonly where: string; readonly text: string } {
  if ('group' in ref) {
    const group = keyStrategicQuestionGroups.find((g) => g.heading === ref.group);
    return { where: `Key strategic questions: ${ref.group}`, text: group?.questions[ref.question] ?? '' };
  }
  const b = benchmarks.find((x) => x.number === ref.benchmark);
  return { where: `Benchmark ${ref.benchmark} – ${b?.name ?? ''}`, text: b?.promptQuestions[ref.question] ?? '' };
}

function destinationsTables(data: ImpactData): DestinationsTable[] {
  return cohortsRecorded(data).flatMap((cohort) =>
    [false, true].flatMap((sustained): DestinationsTable[] => {
      const records = data.destinations
        .filter((r) => cohortKey(r.cohort) === cohortKey(cohort) && r.sustained === sustained)
        .sort((a, b) => byYear(a.academicYear, b.academicYear) || a.source.localeCompare(b.source));
      if (records.length === 0) return [];
      const figures = records.map((r) => breakdownFigures(r.all.counts, r.all.cohort, 'governors'));
      return [
        {
          cohort,
          name: `${cohortName(cohort)}${sustained ? ' (sustained)' : ''}`,
          sustained,
          years: records.map((r, i) => ({ academicYear: r.academicYear, source: sourceNames[r.source], leavers: figures[i]!.total })),
          rows: destinationIds.map((destination) => ({
            destination,
            name: destinationNames[destination],
            cells: figures.map((f) => ({ count: f.counts[destination], share: f.shares[destination] })),
          })),
        },
      ];
    }),
  );
}

/**
 * The governors' report's destinations trend and the evidence behind its questions on impact. Every figure is
 * suppressed by the small-number rule: governors' papers are often circulated beyond the meeting.
 */
export function impactReport(data: ImpactData, options: Omit<FindingOptions, 'audience'>): ImpactReport {
  const governors = { ...options, audience: 'governors' as const };
  const trends = impactTrends(data, governors).filter((t) => t.measure.kind === 'destinations' || t.target !== undefined);
  return {
    destinations: destinationsTables(data),
    trends,
    questions: impactQuestionRefs.map((ref) => ({
      ...questionText(ref),
      lines: ref.sources.flatMap((s) => sourceLines(s, data, options.today, 'governors')),
    })),
    findings: impactFindings(data, governors),
    suppressionNote:
      `To protect individual learners, a count of 1 to ${SMALL_NUMBER - 1} is shown as “fewer than ${SMALL_NUMBER}” and its ` +
      `percentage is withheld; so is every figure for a group of fewer than ${SMALL_NUMBER}, and one more figure where ` +
      'the hidden one could otherwise be worked out.',
  };
}
