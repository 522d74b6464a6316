import type { AcademicYear } from '../academic-year';
import type { StatutoryDutyId } from '../catalogue/types';

export type TrainingStatus = 'trained' | 'in-training' | 'not-trained';

/** What the school records against its statutory duties (seeds/003). */
export interface StatutoryRecord {
  readonly institutionId: string;
  /** The academic year the record describes: one record per year. */
  readonly academicYear?: AcademicYear;
  readonly careersLeader?: { readonly name: string; readonly email: string; readonly training: TrainingStatus };
  readonly seniorLeader?: { readonly name: string };
  readonly linkGovernor?: { readonly name: string };
  readonly providerAccessPolicy?: { readonly url: string; readonly published: boolean };
  readonly publishedInformation: {
    readonly url?: string;
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

export interface DutyCheck {
  readonly duty: StatutoryDutyId;
  readonly status: DutyStatus;
  /** Plain-English statements of what is missing; empty when met. */
  readonly missing: readonly string[];
}
