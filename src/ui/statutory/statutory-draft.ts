import type { ProviderAccessPolicy, StatutoryRecord, TrainingStatus } from '../../domain/statutory/types';
import { type YearFields, yearFieldsOf } from '../../domain/years/types';

/** The statutory record form as typed: every field a string or a tick. */
export interface StatutoryDraft {
  readonly leaderName: string;
  readonly leaderEmail: string;
  readonly leaderTraining: TrainingStatus | '';
  readonly seniorLeader: string;
  readonly linkGovernor: string;
  readonly policyUrl: string;
  readonly policyPublished: boolean;
  readonly infoUrl: string;
  readonly infoContact: boolean;
  readonly infoSummary: boolean;
  readonly infoImpact: boolean;
  readonly infoNextReview: string;
  readonly guidanceProvided: boolean;
  readonly adviser: string;
  readonly destinations: boolean;
  /** Not yet edited in this form (the board paper round adds the fields): carried so a save keeps them. */
  readonly carried: Pick<StatutoryRecord, 'explicitBacking'> & Pick<ProviderAccessPolicy, 'contents' | 'signOff'>;
  /** The record's academic year, kept as it was. */
  readonly year?: YearFields;
}

export function statutoryDraft(record: StatutoryRecord): StatutoryDraft {
  const info = record.publishedInformation;
  return {
    leaderName: record.careersLeader?.name ?? '',
    leaderEmail: record.careersLeader?.email ?? '',
    leaderTraining: record.careersLeader?.training ?? '',
    seniorLeader: record.seniorLeader?.name ?? '',
    linkGovernor: record.linkGovernor?.name ?? '',
    policyUrl: record.providerAccessPolicy?.url ?? '',
    policyPublished: record.providerAccessPolicy?.published ?? false,
    infoUrl: info.url ?? '',
    infoContact: info.careersLeaderContact,
    infoSummary: info.programmeSummary,
    infoImpact: info.impactMeasurement,
    infoNextReview: info.nextReviewDate?.slice(0, 10) ?? '',
    guidanceProvided: record.impartialGuidance.provided,
    adviser: record.impartialGuidance.adviser ?? '',
    destinations: record.destinationsCollected,
    carried: {
      ...(record.explicitBacking ? { explicitBacking: record.explicitBacking } : {}),
      ...(record.providerAccessPolicy?.contents ? { contents: record.providerAccessPolicy.contents } : {}),
      ...(record.providerAccessPolicy?.signOff ? { signOff: record.providerAccessPolicy.signOff } : {}),
    },
    year: yearFieldsOf(record),
  };
}

const filled = (...values: string[]): boolean => values.some((v) => v.trim() !== '');

/**
 * The draft as input for `validateStatutoryRecord`. A person or policy left wholly blank is left out (so the
 * checklist says it is missing); one partly filled is sent, so validation says what else it needs.
 */
export function statutoryInput(draft: StatutoryDraft, institutionId: string): Record<string, unknown> {
  return {
    institutionId,
    ...(filled(draft.leaderName, draft.leaderEmail, draft.leaderTraining)
      ? { careersLeader: { name: draft.leaderName, email: draft.leaderEmail, training: draft.leaderTraining } }
      : {}),
    ...(filled(draft.seniorLeader) ? { seniorLeader: { name: draft.seniorLeader } } : {}),
    ...(filled(draft.linkGovernor) ? { linkGovernor: { name: draft.linkGovernor } } : {}),
    ...(draft.carried.explicitBacking ? { explicitBacking: draft.carried.explicitBacking } : {}),
    ...(filled(draft.policyUrl) || draft.policyPublished
      ? { providerAccessPolicy: { url: draft.policyUrl, published: draft.policyPublished, contents: draft.carried.contents, signOff: draft.carried.signOff } }
      : {}),
    publishedInformation: {
      url: draft.infoUrl,
      careersLeaderContact: draft.infoContact,
      programmeSummary: draft.infoSummary,
      impactMeasurement: draft.infoImpact,
      nextReviewDate: draft.infoNextReview,
    },
    impartialGuidance: { provided: draft.guidanceProvided, adviser: draft.adviser },
    destinationsCollected: draft.destinations,
    ...draft.year,
  };
}

export function emptyStatutoryRecord(institutionId: string): StatutoryRecord {
  return {
    institutionId,
    publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false },
    impartialGuidance: { provided: false },
    destinationsCollected: false,
  };
}
