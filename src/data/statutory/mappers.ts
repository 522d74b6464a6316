import { type AcademicYear, isAcademicYear } from '../../domain/academic-year';
import type { StatutoryRecord } from '../../domain/statutory/types';
import type { Fields } from '../../graph/list-items';
import { readFields, selectOf, writeFields } from '../fields';
import { statutoryList } from '../schema';
import { trainingValues } from '../schema/statutory';

/** One record per academic year: `statutory|2026/27` (schema 1 had one per site, keyed `statutory`). */
export const STATUTORY_RECORD_KEY = 'statutory';
export const statutoryRecordKey = (year: AcademicYear): string => `${STATUTORY_RECORD_KEY}|${year}`;
export const STATUTORY_SELECT = selectOf(statutoryList);

export const isStatutoryRecord = (fields: Fields): boolean => readFields(statutoryList, fields).text('WaypointKey').startsWith(STATUTORY_RECORD_KEY);

/** `year`: the academic year, for a record that does not carry its own. */
export function statutoryToFields(record: StatutoryRecord, year: AcademicYear): Fields {
  const info = record.publishedInformation;
  const academicYear = record.academicYear ?? year;
  return writeFields(statutoryList, {
    WaypointKey: statutoryRecordKey(academicYear),
    Title: `Statutory record ${academicYear}`,
    AcademicYear: academicYear,
    CareersLeaderName: record.careersLeader?.name ?? null,
    CareersLeaderEmail: record.careersLeader?.email ?? null,
    // Training is always set when a Careers Leader is named, so it marks their presence.
    CareersLeaderTraining: record.careersLeader?.training ?? null,
    SeniorLeaderName: record.seniorLeader?.name ?? null,
    LinkGovernorName: record.linkGovernor?.name ?? null,
    ProviderAccessPolicyUrl: record.providerAccessPolicy?.url ?? null,
    ProviderAccessPolicyPublished: record.providerAccessPolicy?.published ?? false,
    PublishedInfoUrl: info.url ?? null,
    PublishedCareersLeaderContact: info.careersLeaderContact,
    PublishedProgrammeSummary: info.programmeSummary,
    PublishedImpactMeasurement: info.impactMeasurement,
    PublishedNextReviewDate: info.nextReviewDate ?? null,
    ImpartialGuidanceProvided: record.impartialGuidance.provided,
    ImpartialGuidanceAdviser: record.impartialGuidance.adviser ?? null,
    DestinationsCollected: record.destinationsCollected,
  });
}

export function statutoryFromFields(fields: Fields, institutionId: string): StatutoryRecord {
  const f = readFields(statutoryList, fields);
  const training = f.oneOf('CareersLeaderTraining', trainingValues);
  const seniorLeader = f.optionalText('SeniorLeaderName');
  const linkGovernor = f.optionalText('LinkGovernorName');
  const policyUrl = f.optionalText('ProviderAccessPolicyUrl');
  const policyPublished = f.boolean('ProviderAccessPolicyPublished');
  const infoUrl = f.optionalText('PublishedInfoUrl');
  const nextReviewDate = f.optionalText('PublishedNextReviewDate');
  const adviser = f.optionalText('ImpartialGuidanceAdviser');
  const academicYear = f.text('AcademicYear');
  return {
    institutionId,
    ...(isAcademicYear(academicYear) ? { academicYear } : {}),
    ...(training ? { careersLeader: { name: f.text('CareersLeaderName'), email: f.text('CareersLeaderEmail'), training } } : {}),
    ...(seniorLeader ? { seniorLeader: { name: seniorLeader } } : {}),
    ...(linkGovernor ? { linkGovernor: { name: linkGovernor } } : {}),
    ...(policyUrl || policyPublished ? { providerAccessPolicy: { url: policyUrl ?? '', published: policyPublished } } : {}),
    publishedInformation: {
      ...(infoUrl ? { url: infoUrl } : {}),
      careersLeaderContact: f.boolean('PublishedCareersLeaderContact'),
      programmeSummary: f.boolean('PublishedProgrammeSummary'),
      impactMeasurement: f.boolean('PublishedImpactMeasurement'),
      ...(nextReviewDate ? { nextReviewDate } : {}),
    },
    impartialGuidance: { provided: f.boolean('ImpartialGuidanceProvided'), ...(adviser ? { adviser } : {}) },
    destinationsCollected: f.boolean('DestinationsCollected'),
  };
}
