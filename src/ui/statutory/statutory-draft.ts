import type { ProviderAccessPolicyContentId } from '../../domain/catalogue/types';
import type { StatutoryRecord, TrainingStatus } from '../../domain/statutory/types';
import { type YearFields, yearFieldsOf } from '../../domain/years/types';

/** The statutory record form as typed: every field a string or a tick. */
export interface StatutoryDraft {
  readonly leaderName: string;
  readonly leaderEmail: string;
  readonly leaderTraining: TrainingStatus | '';
  readonly seniorLeader: string;
  readonly backingHow: string;
  readonly backingDate: string;
  readonly linkGovernor: string;
  readonly policyUrl: string;
  readonly policyPublished: boolean;
  /** Which of the statement's four required contents it includes. */
  readonly policyContents: readonly ProviderAccessPolicyContentId[];
  readonly signedOffBy: string;
  readonly signedOffDate: string;
  readonly infoUrl: string;
  readonly infoPublishedOn: string;
  readonly infoContact: boolean;
  readonly infoSummary: boolean;
  readonly infoImpact: boolean;
  readonly infoNextReview: string;
  readonly guidanceProvided: boolean;
  readonly adviser: string;
  readonly destinations: boolean;
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
    backingHow: record.explicitBacking?.how ?? '',
    backingDate: record.explicitBacking?.date?.slice(0, 10) ?? '',
    linkGovernor: record.linkGovernor?.name ?? '',
    policyUrl: record.providerAccessPolicy?.url ?? '',
    policyPublished: record.providerAccessPolicy?.published ?? false,
    policyContents: record.providerAccessPolicy?.contents ?? [],
    signedOffBy: record.providerAccessPolicy?.signOff?.by ?? '',
    signedOffDate: record.providerAccessPolicy?.signOff?.date.slice(0, 10) ?? '',
    infoUrl: info.url ?? '',
    infoPublishedOn: info.publishedOn?.slice(0, 10) ?? '',
    infoContact: info.careersLeaderContact,
    infoSummary: info.programmeSummary,
    infoImpact: info.impactMeasurement,
    infoNextReview: info.nextReviewDate?.slice(0, 10) ?? '',
    guidanceProvided: record.impartialGuidance.provided,
    adviser: record.impartialGuidance.adviser ?? '',
    destinations: record.destinationsCollected,
    year: yearFieldsOf(record),
  };
}

const filled = (...values: string[]): boolean => values.some((v) => v.trim() !== '');

/**
 * The draft as input for `validateStatutoryRecord`. A person, the backing, the policy or its sign-off left wholly
 * blank is left out (so the checklist says it is missing); one partly filled is sent, so validation says what else
 * it needs (a ticked content with no web address is never dropped without a word).
 */
export function statutoryInput(draft: StatutoryDraft, institutionId: string): Record<string, unknown> {
  return {
    institutionId,
    ...(filled(draft.leaderName, draft.leaderEmail, draft.leaderTraining)
      ? { careersLeader: { name: draft.leaderName, email: draft.leaderEmail, training: draft.leaderTraining } }
      : {}),
    ...(filled(draft.seniorLeader) ? { seniorLeader: { name: draft.seniorLeader } } : {}),
    ...(filled(draft.linkGovernor) ? { linkGovernor: { name: draft.linkGovernor } } : {}),
    ...(filled(draft.backingHow, draft.backingDate) ? { explicitBacking: { how: draft.backingHow, date: draft.backingDate } } : {}),
    ...(filled(draft.policyUrl, draft.signedOffBy, draft.signedOffDate) || draft.policyPublished || draft.policyContents.length > 0
      ? {
          providerAccessPolicy: {
            url: draft.policyUrl,
            published: draft.policyPublished,
            contents: draft.policyContents,
            ...(filled(draft.signedOffBy, draft.signedOffDate) ? { signOff: { by: draft.signedOffBy, date: draft.signedOffDate } } : {}),
          },
        }
      : {}),
    publishedInformation: {
      url: draft.infoUrl,
      publishedOn: draft.infoPublishedOn,
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
