import type { TrainingStatus } from '../../domain/statutory/types';
import { URL_MAX } from '../../domain/validation/limits';
import { academicYearColumn, bool, choice, keyColumn, text } from './column-types';
import { allOf, defineList } from './define';
import { LIST_NAMES } from './lists';

export const trainingValues = allOf<TrainingStatus>()(['trained', 'in-training', 'not-trained']);

/** One item per academic year (key 'statutory|2026/27'): what the institution records against its statutory duties. */
export const statutoryList = defineList({
  key: 'statutory',
  displayName: LIST_NAMES.statutory,
  description: 'Waypoint: the statutory duties record for governors.',
  why: 'One item: the named Careers Leader, Link Governor, provider access policy, published information, guidance and destinations.',
  columns: [
    keyColumn("'statutory|year', e.g. 'statutory|2026/27': one record per academic year."),
    text('CareersLeaderName', 'Careers Leader', 'The named Careers Leader.'),
    text('CareersLeaderEmail', 'Careers Leader e-mail', 'Contact published with the careers information.'),
    choice('CareersLeaderTraining', 'Careers Leader training', trainingValues, 'Trained, in training, or not trained; empty when no Careers Leader is named.'),
    text('SeniorLeaderName', 'Senior leader', 'The senior leader responsible for careers.'),
    text('ExplicitBacking', 'Explicit backing', 'How leaders and governors gave the careers provision their explicit backing.'),
    text('ExplicitBackingDate', 'Explicit backing date', 'ISO date (yyyy-mm-dd) as text.', 10),
    text('LinkGovernorName', 'Link Governor', 'The governor linked to careers.'),
    text('ProviderAccessPolicyUrl', 'Provider access policy', 'Where the provider access policy statement is published.', URL_MAX),
    bool('ProviderAccessPolicyPublished', 'Policy published', 'Whether the policy statement is published.'),
    bool('PolicyIncludesEncounters', 'Policy: six encounters and times', 'The statement explains how the six encounters are put on, and when.'),
    bool('PolicyIncludesProcedure', 'Policy: how to request access', 'The statement gives the procedure and point of contact for requests.'),
    bool('PolicyIncludesGrounds', 'Policy: grounds for access', 'The statement gives grounds for granting and refusing access, with the safeguarding policy.'),
    bool('PolicyIncludesPremises', 'Policy: premises and facilities', 'The statement details the premises or facilities for a visit.'),
    text('PolicySignedOffBy', 'Policy signed off by', 'Who signed the statement off in agreement with the governing body.'),
    text('PolicySignedOffDate', 'Policy signed off on', 'ISO date (yyyy-mm-dd) as text.', 10),
    text('PublishedInfoUrl', 'Careers information page', 'Where the careers information is published.', URL_MAX),
    text('PublishedInfoDate', 'Careers information published on', 'ISO date (yyyy-mm-dd) as text: when the page was published there.', 10),
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
