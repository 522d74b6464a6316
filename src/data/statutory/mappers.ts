import type { ProviderAccessPolicyContentId } from '../../domain/catalogue/types';
import { type AcademicYear, isAcademicYear } from '../../domain/academic-year';
import type { StatutoryRecord } from '../../domain/statutory/types';
import type { Fields } from '../../graph/list-items';
import { readFields, selectOf, writeFields } from '../fields';
import { statutoryList, trainingValues } from '../schema/statutory';

/** One record per academic year: `statutory|2026/27` (schema 1 had one per site, keyed `statutory`). */
export const STATUTORY_RECORD_KEY = 'statutory';
export const statutoryRecordKey = (year: AcademicYear): string => `${STATUTORY_RECORD_KEY}|${year}`;
export const STATUTORY_SELECT = selectOf(statutoryList);

export const isStatutoryRecord = (fields: Fields): boolean => readFields(statutoryList, fields).text('WaypointKey').startsWith(STATUTORY_RECORD_KEY);

/** `year`: the academic year, for a record that does not carry its own. */
export function statutoryToFields(record: StatutoryRecord, year: AcademicYear): Fields {
  const info = record.publishedInformation;
  const contents = new Set(record.providerAccessPolicy?.contents ?? []);
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
    ExplicitBacking: record.explicitBacking?.how ?? null,
    ExplicitBackingDate: record.explicitBacking?.date ?? null,
    LinkGovernorName: record.linkGovernor?.name ?? null,
    ProviderAccessPolicyUrl: record.providerAccessPolicy?.url ?? null,
    ProviderAccessPolicyPublished: record.providerAccessPolicy?.published ?? false,
    PolicyIncludesEncounters: contents.has('encounters'),
    PolicyIncludesProcedure: contents.has('procedure'),
    PolicyIncludesGrounds: contents.has('grounds'),
    PolicyIncludesPremises: contents.has('premises'),
    PolicySignedOffBy: record.providerAccessPolicy?.signOff?.by ?? null,
    PolicySignedOffDate: record.providerAccessPolicy?.signOff?.date ?? null,
    PublishedInfoUrl: info.url ?? null,
    PublishedInfoDate: info.publishedOn ?? null,
    PublishedCareersLeaderContact: info.careersLeaderContact,
    PublishedProgrammeSummary: info.programmeSummary,
    PublishedImpactMeasurement: info.impactMeasurement,
    PublishedNextReviewDate: info.nextReviewDate ?? null,
    ImpartialGuidanceProvided: record.impartialGuidance.provided,
    ImpartialGuidanceAdviser: record.impartialGuidance.adviser ?? null,
    DestinationsCollected: record.destinationsCollected,
  });
}

const contentColumns = {
  encounters: 'PolicyIncludesEncounters',
  procedure: 'PolicyIncludesProcedure',
  grounds: 'PolicyIncludesGrounds',
  premises: 'PolicyIncludesPremises',
} as const satisfies Record<ProviderAccessPolicyContentId, string>;

export function statutoryFromFields(fields: Fields, institutionId: string): StatutoryRecord {
  const f = readFields(statutoryList, fields);
  const training = f.oneOf('CareersLeaderTraining', trainingValues);
  const seniorLeader = f.optionalText('SeniorLeaderName');
  const linkGovernor = f.optionalText('LinkGovernorName');
  const policyUrl = f.optionalText('ProviderAccessPolicyUrl');
  const policyPublished = f.boolean('ProviderAccessPolicyPublished');
  const contents = (Object.keys(contentColumns) as ProviderAccessPolicyContentId[]).filter((id) => f.boolean(contentColumns[id]));
  const signedOffBy = f.optionalText('PolicySignedOffBy');
  const signedOffDate = f.optionalText('PolicySignedOffDate');
  const backing = f.optionalText('ExplicitBacking');
  const backingDate = f.optionalText('ExplicitBackingDate');
  const infoUrl = f.optionalText('PublishedInfoUrl');
  const publishedOn = f.optionalText('PublishedInfoDate');
  const nextReviewDate = f.optionalText('PublishedNextReviewDate');
  const adviser = f.optionalText('ImpartialGuidanceAdviser');
  const academicYear = f.text('AcademicYear');
  return {
    institutionId,
    ...(isAcademicYear(academicYear) ? { academicYear } : {}),
    ...(training ? { careersLeader: { name: f.text('CareersLeaderName'), email: f.text('CareersLeaderEmail'), training } } : {}),
    ...(seniorLeader ? { seniorLeader: { name: seniorLeader } } : {}),
    ...(backing ? { explicitBacking: { how: backing, ...(backingDate ? { date: backingDate } : {}) } } : {}),
    ...(linkGovernor ? { linkGovernor: { name: linkGovernor } } : {}),
    ...(policyUrl || policyPublished || contents.length > 0 || signedOffBy
      ? {
          providerAccessPolicy: {
            url: policyUrl ?? '',
            published: policyPublished,
            ...(contents.length > 0 ? { contents } : {}),
            ...(signedOffBy && signedOffDate ? { signOff: { by: signedOffBy, date: signedOffDate } } : {}),
          },
        }
      : {}),
    publishedInformation: {
      ...(infoUrl ? { url: infoUrl } : {}),
      ...(publishedOn ? { publishedOn } : {}),
      careersLeaderContact: f.boolean('PublishedCareersLeaderContact'),
      programmeSummary: f.boolean('PublishedProgrammeSummary'),
      impactMeasurement: f.boolean('PublishedImpactMeasurement'),
      ...(nextReviewDate ? { nextReviewDate } : {}),
    },
    impartialGuidance: { provided: f.boolean('ImpartialGuidanceProvided'), ...(adviser ? { adviser } : {}) },
    destinationsCollected: f.boolean('DestinationsCollected'),
  };
}
