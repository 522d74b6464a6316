/**
 * Shapes of the catalogue: the fixed reference material transcribed from the source
 * documents in `../shared/seeds`. Text fields hold the documents' words verbatim
 * (white space re-flowed only); the tests in `tests/unit/domain/catalogue/` check that.
 */

export type ModelVariant = 'schools' | 'colleges';

/** The four columns of the maturity model, 1 occasional → 4 embedded and sustained. */
export type ColumnNumber = 1 | 2 | 3 | 4;

export type BenchmarkNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The eight benchmarks' numbers, without their text (which is large and only some views need). */
export const BENCHMARK_NUMBERS: readonly BenchmarkNumber[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** The catalogue's activity category ids, in its order, without their text (the list schema offers them as choices). */
export const ACTIVITY_CATEGORY_IDS: readonly string[] = [
  'work-experience',
  'employer-encounter',
  'assembly',
  'personal-guidance',
  'provider-access',
  'careers-in-curriculum',
  'fe-he-encounter',
  'other',
];

/** The universal learning outcomes' ids, in the catalogue's order, without their text (the list schema offers them as choices). */
export const UNIVERSAL_OUTCOME_IDS: readonly string[] = [
  ...[1, 2, 3].map((n) => `SA${n}`),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `CK${n}`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `RW${n}`),
];

/** One block of a column descriptor: a paragraph, or a bulleted list (bullets stay lists). */
export type DescriptorBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export type Descriptor = readonly DescriptorBlock[];

/**
 * A maturity row as the model's outline gives it: its number and heading. Its column descriptors and purpose are
 * its `MaturityRowText`, kept apart because only the views that show them need them.
 */
export interface MaturityRow {
  /** The document's own number, e.g. "2.3" (the two models share numbers, hence `variant`). */
  readonly id: string;
  readonly themeId: number;
  /** e.g. "Effective use of recording systems" (without the number). */
  readonly title: string;
  /** The model the row belongs to, so its text is looked up in that model's. */
  readonly variant: ModelVariant;
}

/** What a maturity row says beyond its heading: its four column descriptors and the purpose of the row. */
export interface MaturityRowText {
  /** Column 1 to 4, in order. */
  readonly descriptors: readonly [Descriptor, Descriptor, Descriptor, Descriptor];
  /**
   * What the row is for, from the change log (Appendix 1 of the schools model). The colleges model has no change
   * log: `rowPurpose` lends a colleges row the schools row's, marked as borrowed.
   */
  readonly purpose?: string;
}

/** A maturity model's row text, by row id. */
export type MaturityModelText = Readonly<Record<string, MaturityRowText>>;

export interface MaturityTheme {
  readonly id: number;
  readonly title: string;
  /** The Gatsby Benchmarks the theme serves, as named in its heading. */
  readonly benchmarks: readonly BenchmarkNumber[];
  readonly rows: readonly MaturityRow[];
}

/** A maturity model's outline: its themes and rows, without the rows' text (`MaturityModelText`). */
export interface MaturityModel {
  readonly variant: ModelVariant;
  readonly name: string;
  readonly themes: readonly MaturityTheme[];
}

export interface ColumnLabel {
  readonly column: ColumnNumber;
  /** Short label: "Occasional", "Regular and planned", … */
  readonly label: string;
  /** The model's own sentence for the column ("Practice is occasional and …"). */
  readonly description: string;
}

export interface GatsbyBenchmark {
  readonly number: BenchmarkNumber;
  /** e.g. "A stable careers programme". */
  readonly name: string;
  /** The benchmark's statement from the governors' guide. */
  readonly statement: string;
  /** The Link Governor's prompt questions for this benchmark. */
  readonly promptQuestions: readonly string[];
}

export type LearningOutcomeArea =
  | 'Self-awareness'
  | 'Career knowledge and decision-making'
  | 'Recruitment and workplace readiness';

export interface LearningOutcome {
  /** Stable id: "SA1"…"SA3", "CK1"…"CK9", "RW1"…"RW6" for the universal outcomes; the school's own get "OWN-…". */
  readonly id: string;
  readonly area: LearningOutcomeArea;
  readonly text: string;
  /** False for outcomes a school adds itself. */
  readonly universal: boolean;
}

export type StageId = 'introduce-inspire' | 'investigate-explore' | 'apply-demonstrate';

export interface Stage {
  readonly id: StageId;
  /** "Introduce and Inspire", "Investigate and Explore", "Apply and Demonstrate". */
  readonly name: string;
  /** What the stage is for, in the document's words. */
  readonly intent: string;
}

/** Year groups 7–13 for schools; colleges name their own programme years. */
export type YearGroup = string;

export interface ActivityCategory {
  readonly id: string;
  readonly name: string;
  /** What the category means, in the documents' words where they give it. */
  readonly description: string;
  /** Benchmarks an activity of this category typically evidences. */
  readonly benchmarks: readonly BenchmarkNumber[];
  /** Maturity rows (schools ids) this kind of activity supports. */
  readonly maturityRows: readonly string[];
}

export type ActionPeriod = 'Autumn 1' | 'Autumn 2' | 'Spring 1' | 'Spring 2' | 'Summer 1' | 'Summer 2';

export type KeyPhaseId = 'first' | 'second' | 'third';

/** The Provider Access Legislation rule for one key phase. */
export interface PalKeyPhase {
  readonly id: KeyPhaseId;
  readonly yearGroups: readonly YearGroup[];
  readonly encountersRequired: number;
  /** True where pupils must attend; false where the school must put them on but attendance is optional. */
  readonly mandatoryToAttend: boolean;
  /** The document's sentence for this key phase. */
  readonly text: string;
}

/** The five statutory responsibilities, as the governors' guide numbers them (seed 003). */
export type StatutoryResponsibilityId =
  | 'careers-leader'
  | 'provider-access'
  | 'published-information'
  | 'impartial-guidance'
  | 'strategic-approach';

/** What the guide says a school "should" do beyond the five responsibilities. */
export type StatutoryRecommendationId = 'explicit-backing' | 'link-governor' | 'destinations';

export type StatutoryItemId = StatutoryResponsibilityId | StatutoryRecommendationId;

export interface StatutoryResponsibility {
  readonly id: StatutoryResponsibilityId;
  readonly number: 1 | 2 | 3 | 4 | 5;
  /** The numbered item, quoted from the guide. */
  readonly text: string;
  /** Our short name for tables. */
  readonly name: string;
  /** The guide's sentence that says what the responsibility asks, quoted. */
  readonly quote: string;
}

export interface StatutoryRecommendation {
  readonly id: StatutoryRecommendationId;
  /** Our short name. */
  readonly name: string;
  /** The guide's "should" sentence, quoted. */
  readonly quote: string;
}

export type ProviderAccessPolicyContentId = 'encounters' | 'procedure' | 'grounds' | 'premises';

/** One of the four things the provider access policy statement must include. */
export interface ProviderAccessPolicyContent {
  readonly id: ProviderAccessPolicyContentId;
  /** Our short label for a checklist. */
  readonly label: string;
  /** The guide's bullet, quoted. */
  readonly text: string;
}

export interface OpportunityCheck {
  readonly question: string;
  readonly why?: string;
}

export interface LeaversProfileHeading {
  readonly id: 'knowledge' | 'skills' | 'behaviours';
  readonly name: string;
}
