import type { AcademicYear } from '../academic-year';
import type { ProviderAccessPolicyContentId, StatutoryItemId } from '../catalogue/types';

export type TrainingStatus = 'trained' | 'in-training' | 'not-trained';

/** Who agreed something on the governing body's behalf, and when (yyyy-mm-dd). */
export interface SignOff {
  readonly by: string;
  readonly date: string;
}

/** The provider access policy statement as recorded (seed 003: published, four contents, signed off). */
export interface ProviderAccessPolicy {
  readonly url: string;
  readonly published: boolean;
  /** Which of the four required contents the statement includes; absent when not yet checked. */
  readonly contents?: readonly ProviderAccessPolicyContentId[];
  /** "signed off in agreement with the governing body": who signed it off for the governing body, and when. */
  readonly signOff?: SignOff;
}

/** What the school records against its statutory responsibilities and the guide's recommendations (seeds/003). */
export interface StatutoryRecord {
  readonly institutionId: string;
  /** The academic year the record describes: one record per year. */
  readonly academicYear?: AcademicYear;
  readonly careersLeader?: { readonly name: string; readonly email: string; readonly training: TrainingStatus };
  /** The senior leader responsible for careers (a key strategic question asks who it is). */
  readonly seniorLeader?: { readonly name: string };
  /**
   * How leaders and governors gave the careers provision their explicit backing, in the school's words (e.g.
   * "Careers strategy endorsed by the headteacher and the full governing body"), and when (yyyy-mm-dd).
   */
  readonly explicitBacking?: { readonly how: string; readonly date?: string };
  readonly linkGovernor?: { readonly name: string };
  readonly providerAccessPolicy?: ProviderAccessPolicy;
  readonly publishedInformation: {
    /** Where the careers information is published on the school's website. */
    readonly url?: string;
    /** When the school published it there (yyyy-mm-dd): with the address, what marks the page as published. */
    readonly publishedOn?: string;
    readonly careersLeaderContact: boolean;
    readonly programmeSummary: boolean;
    readonly impactMeasurement: boolean;
    /** ISO date of the next review of the published information. */
    readonly nextReviewDate?: string;
  };
  readonly impartialGuidance: { readonly provided: boolean; readonly adviser?: string };
  readonly destinationsCollected: boolean;
}

export type DutyStatus = 'met' | 'partly-met' | 'not-met';

/** A statutory responsibility (one of the guide's five) or a recommendation (a "should"), as checked. */
export interface DutyCheck {
  readonly duty: StatutoryItemId;
  readonly kind: 'responsibility' | 'recommendation';
  readonly status: DutyStatus;
  /** Plain-English statements of what is missing; empty when met. */
  readonly missing: readonly string[];
  /** Worth knowing but not part of what the guide's words ask (so not counted against the status). */
  readonly notes: readonly string[];
}
