import type { ColumnNumber, ModelVariant } from '../catalogue/types';

/** A participant's choice for one maturity row: a column, or "not sure". */
export type ReflectionChoice = ColumnNumber | 'not-sure';

export type ReviewStatus = 'preparing' | 'meeting' | 'agreed';

export interface Participant {
  /** User principal name in a tenant; a generated id for typed names in a plain browser. */
  readonly id: string;
  readonly displayName: string;
  /** e.g. "Careers Leader", "Headteacher", "Link Governor". */
  readonly role?: string;
}

/** A dated internal leadership review of one institution against one model variant. */
export interface Review {
  readonly id: string;
  readonly institutionId: string;
  readonly variant: ModelVariant;
  readonly title: string;
  /** ISO date (yyyy-mm-dd) of the meeting. */
  readonly date: string;
  readonly status: ReviewStatus;
  readonly participants: readonly Participant[];
}

/** One participant's reflection on one row, made before the meeting. */
export interface Reflection {
  readonly reviewId: string;
  readonly rowId: string;
  readonly participantId: string;
  readonly choice: ReflectionChoice;
  readonly note: string;
}

/** The group's agreed best fit for one row. */
export interface AgreedBestFit {
  readonly reviewId: string;
  readonly rowId: string;
  readonly column: ColumnNumber;
  readonly evidence: string;
  readonly evidenceLinks: readonly string[];
  readonly nextSteps: string;
  /** Participant ids (or names) of those who agreed. */
  readonly agreedBy: readonly string[];
  /** ISO date-time. */
  readonly agreedAt: string;
}
