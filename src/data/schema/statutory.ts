import type { TrainingStatus } from '../../domain/statutory/types';
import { URL_MAX } from '../../domain/validation/limits';
import { academicYearColumn, bool, choice, keyColumn, text } from './column-types';
import { allOf, defineList } from './define';

export const trainingValues = allOf<TrainingStatus>()(['trained', 'in-training', 'not-trained']);

/** One item per academic year (key 'statutory|2026/27'): what the institution records against its statutory duties. */
export const statutoryList = defineList({
  key: 'statutory',
  displayName: 'Waypoint Statutory Record',
  description: 'Waypoint: the statutory duties record for governors.',
  why: 'One item: the named Careers Leader, Link Governor, provider access policy, published information, guidance and destinations.',
  columns: [
    keyColumn("'statutory|year', e.g. 'statutory|2026/27': one record per academic year."),
    text('CareersLeaderName', 'Careers Leader', 'The named Careers Leader.'),
    text('CareersLeaderEmail', 'Careers Leader e-mail', 'Contact published with the careers information.'),
    choice('CareersLeaderTraining', 'Careers Leader training', trainingValues, 'Trained, in training, or not trained; empty when no Careers Leader is named.'),
    text('SeniorLeaderName', 'Senior leader', 'The senior leader responsible for careers.'),
    text('LinkGovernorName', 'Link Governor', 'The governor linked to careers.'),
    text('ProviderAccessPolicyUrl', 'Provider access policy', 'Where the provider access policy statement is published.', URL_MAX),
    bool('ProviderAccessPolicyPublished', 'Policy published', 'Whether the policy statement is published.'),
    text('PublishedInfoUrl', 'Careers information page', 'Where the careers information is published.', URL_MAX),
    bool('PublishedCareersLeaderContact', 'Publishes Careers Leader contact', 'Published information includes the Careers Leader’s name and contact.'),
    bool('PublishedProgrammeSummary', 'Publishes programme summary', 'Published information includes a summary of the programme.'),
    bool('PublishedImpactMeasurement', 'Publishes impact measurement', 'Published information says how impact is measured.'),
    text('PublishedNextReviewDate', 'Next review of published information', 'ISO date (yyyy-mm-dd) as text.', 10),
    bool('ImpartialGuidanceProvided', 'Impartial guidance', 'Whether impartial careers guidance is provided.'),
    text('ImpartialGuidanceAdviser', 'Careers Adviser', 'Who provides it.'),
    bool('DestinationsCollected', 'Destinations collected', 'Whether destinations data is collected.'),
    academicYearColumn(),
  ],
});
