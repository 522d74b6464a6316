import type { BenchmarkNumber, ColumnNumber, StatutoryItemId, YearGroup } from '../catalogue/types';
import type { Institution } from '../institution';
import type { OverdueAction } from '../plan/overdue';
import type { PriorityCountAdvice } from '../plan/priorities';
import type { PlanRollup } from '../plan/rag';
import type { Coverage } from '../provision-map/coverage';
import type { KeyPhaseCompliance } from '../provision-map/pal';
import type { Finding } from '../findings';
import type { ReviewComparison, RowChange, RowComparison } from '../review/compare';
import type { ThemeDistribution } from '../review/distribution';
import type { StrengthsAndPriorities } from '../review/strengths';
import type { AgreedBestFit, Review } from '../review/types';
import type { DutyCheck } from '../statutory/types';

/** How a piece of evidence reads for governors: in place, a gap to ask about, or context. */
export type Tone = 'met' | 'gap' | 'info';

export interface BearingLine {
  readonly text: string;
  readonly tone: Tone;
  /** The line without the detail a table of the board paper already holds (who, where, when), for its questions. */
  readonly brief?: string;
}

/** One maturity row as the latest agreed review left it. */
export interface RowBearing {
  readonly rowId: string;
  readonly title: string;
  /** Agreed column; absent when the row has no agreed best fit. */
  readonly column?: ColumnNumber;
  readonly previous?: ColumnNumber;
  readonly change: RowChange;
  readonly evidence: string;
  readonly nextSteps: string;
  /** Plan actions that address the row. */
  readonly actions: number;
}

/** One year group's activities for a benchmark (or for parents and carers). */
export interface YearBearing {
  readonly yearGroup: YearGroup;
  /** "Year 8". */
  readonly label: string;
  /** Titles of the activities, "(targeted: group)" appended where they reach a targeted group only. */
  readonly activities: readonly string[];
  readonly tone: Tone;
}

/** The data that bears on one question, shown beside it. */
export type Bearing =
  | { readonly kind: 'rows'; readonly title: string; readonly rows: readonly RowBearing[]; readonly empty?: string }
  | {
      readonly kind: 'years';
      readonly title: string;
      readonly years: readonly YearBearing[];
      /** What the provision map's rules found about it (gaps and advice). */
      readonly findings: readonly BearingLine[];
    }
  | { readonly kind: 'lines'; readonly title: string; readonly lines: readonly BearingLine[] };

export interface ReportQuestion {
  readonly text: string;
  readonly bearings: readonly Bearing[];
}

export interface KeyQuestionGroup {
  readonly heading: string;
  readonly questions: readonly ReportQuestion[];
}

export interface BenchmarkQuestions {
  readonly benchmark: BenchmarkNumber;
  readonly name: string;
  readonly questions: readonly ReportQuestion[];
}

/** The maturity snapshot: the latest agreed review, and how it moved since the one before. */
export interface MaturitySnapshot {
  readonly current?: Review;
  readonly previous?: Review;
  /** A review not yet agreed, dated after the current one. */
  readonly inProgress?: Review;
  readonly distribution: readonly ThemeDistribution[];
  readonly highlights?: StrengthsAndPriorities;
  readonly comparison?: ReviewComparison;
  readonly changeCounts?: Readonly<Record<RowChange, number>>;
  /** Rows that went up or down, in model order. */
  readonly moved: readonly RowComparison[];
  /** Why there is no snapshot or no comparison, in plain words. */
  readonly message?: string;
}

export interface ProvisionSummary {
  readonly activityCount: number;
  readonly coverage: Coverage;
  readonly filledCells: number;
  readonly totalCells: number;
  readonly pal: readonly KeyPhaseCompliance[];
  readonly outcomes: { readonly addressed: number; readonly progressing: number; readonly total: number };
  /** Gaps first, then advice. */
  readonly findings: readonly Finding[];
}

export interface PlanProgress {
  readonly institutionVision: string;
  readonly careersVision: string;
  readonly priorityAdvice: PriorityCountAdvice;
  readonly rollup: PlanRollup;
  readonly overdue: readonly OverdueAction[];
  readonly totals: { readonly actions: number; readonly completed: number; readonly red: number; readonly amber: number; readonly green: number };
  /** Agreed next steps of the latest review that no action takes forward yet. */
  readonly nextStepsWithoutAction: readonly AgreedBestFit[];
}

export interface StatutorySummary {
  /** The five responsibilities in the guide's order, then the recommendations (`kind` tells them apart). */
  readonly checks: readonly DutyCheck[];
  /** Over the five statutory responsibilities only. */
  readonly counts: Readonly<Record<DutyCheck['status'], number>>;
  /** Over the recommendations. */
  readonly recommendationCounts: Readonly<Record<DutyCheck['status'], number>>;
  /** Who or what the record names against each item ("Hannah Whitfield, …, in training"). */
  readonly details: Readonly<Partial<Record<StatutoryItemId, string>>>;
  /** Web addresses recorded (the policy statement, the published information). */
  readonly links: Readonly<Partial<Record<StatutoryItemId, string>>>;
  /** Ofsted's expectation (quoted from the guide), present when the provider access legislation is not fully met. */
  readonly ofsted?: string;
}

export interface GovernorsReport {
  readonly institution: Institution;
  /** The date the report was assembled for (yyyy-mm-dd). */
  readonly asOf: string;
  readonly snapshot: MaturitySnapshot;
  readonly provision: ProvisionSummary;
  readonly plan: PlanProgress;
  readonly statutory: StatutorySummary;
  readonly keyQuestions: readonly KeyQuestionGroup[];
  readonly benchmarkQuestions: readonly BenchmarkQuestions[];
}

/** The sections of the board paper, so a line can refer to the one table that holds its detail. */
export type BoardPaperSectionId = 'statutory' | 'maturity' | 'provision' | 'plan';

/** One maturity row in the board paper's single maturity table. */
export interface MaturityTableRow {
  readonly rowId: string;
  readonly title: string;
  readonly themeId: number;
  readonly column?: ColumnNumber;
  readonly previous?: ColumnNumber;
  readonly change: RowChange;
}

/** One of the provider access policy statement's four required contents, as recorded. */
export interface PolicyContentLine {
  readonly id: string;
  /** Our short label. */
  readonly label: string;
  /** The guide's words. */
  readonly text: string;
  readonly included: boolean;
}

/** A benchmark prompt question (the guide's words) with the evidence bearing on it, in a line or two. */
export interface BoardPaperQuestion {
  readonly text: string;
  /** At most two lines: a gap first where there is one. */
  readonly evidence: readonly BearingLine[];
  /** The sections whose tables hold the detail. */
  readonly refersTo: readonly BoardPaperSectionId[];
}

/**
 * The governors' report as a board paper: a cover, a one-page summary, one section per theme with each table once,
 * and the eight benchmarks' prompt questions with their evidence in brief. Pure content; the UI lays it out.
 */
export interface BoardPaper {
  readonly cover: {
    readonly institutionName: string;
    readonly title: string;
    /** yyyy-mm-dd: the date of the paper. */
    readonly date: string;
    /** The period the paper covers: from the previous agreed review (or the latest, when it is the first) to the date. */
    readonly period: { readonly from?: string; readonly to: string; readonly label: string };
  };
  readonly summary: {
    readonly whereWeAre: readonly BearingLine[];
    readonly sinceLastReview: readonly BearingLine[];
    /** Change since the academic year before the paper's; absent when that year holds nothing. */
    readonly sinceLastYear?: readonly BearingLine[];
    readonly atRisk: readonly BearingLine[];
    /** Prompt questions (the guide's words) whose evidence shows a gap, for governors to ask first. */
    readonly toAsk: readonly string[];
  };
  readonly statutory: {
    readonly summary: StatutorySummary;
    readonly policyContents: readonly PolicyContentLine[];
    readonly signOff?: { readonly by: string; readonly date: string };
  };
  readonly maturity: { readonly snapshot: MaturitySnapshot; readonly table: readonly MaturityTableRow[] };
  readonly provision: ProvisionSummary;
  readonly plan: PlanProgress;
  /** The guide's key strategic questions under its four sub-headings, each with its evidence in brief. */
  readonly keyQuestions: readonly { readonly heading: string; readonly questions: readonly BoardPaperQuestion[] }[];
  readonly benchmarks: readonly {
    readonly benchmark: BenchmarkNumber;
    readonly name: string;
    readonly questions: readonly BoardPaperQuestion[];
  }[];
}
