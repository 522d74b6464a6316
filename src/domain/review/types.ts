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
  /** Who marked the review agreed and when: present while it is agreed. */
  readonly agreement?: ReviewAgreement;
  /** Every time the agreed review was reopened, oldest first: kept for good. */
  readonly reopenings?: readonly ReviewReopening[];
}

/** Who agreed the review and the real time they did, kept apart from the meeting date. */
export interface ReviewAgreement {
  /** Participant id (or name) of the person who marked it agreed. */
  readonly by: string;
  /** ISO date-time. */
  readonly at: string;
}

/** An agreed review reopened by an editor, with the reason and the agreement it undid. */
export interface ReviewReopening {
  readonly by: string;
  /** ISO date-time. */
  readonly at: string;
  readonly reason: string;
  readonly agreement?: ReviewAgreement;
}

/** One participant's reflection on one row, made before the meeting. */
export interface Reflection {
  readonly reviewId: string;
  readonly rowId: string;
  readonly participantId: string;
  readonly choice: ReflectionChoice;
  readonly note: string;
}

/**
 * A note typed before a column is chosen: kept (and saved) so nothing typed is lost, but not yet a reflection —
 * it does not count in the spread or in progress until a column or "not sure" is chosen.
 */
export interface DraftReflection extends Omit<Reflection, 'choice'> {
  readonly choice?: undefined;
}

/** What a participant has saved on a row: a reflection, or a draft note without a choice. */
export type ReflectionEntry = Reflection | DraftReflection;

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
