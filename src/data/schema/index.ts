import { activitiesList } from './activities';
import { bestFitsList } from './best-fits';
import { destinationsList } from './destinations';
import { learnerPerceptionList } from './learner-perception';
import { neetRiskList } from './neet-risk';
import type { ListKey, ListSpec } from './column-types';
import { planActionsList } from './plan-actions';
import { planPrioritiesList } from './plan-priorities';
import { reflectionsList } from './reflections';
import { reviewsList } from './reviews';
import { settingsList } from './settings';
import { stageOutcomesList } from './stage-outcomes';
import { stakeholderVoiceList } from './stakeholder-voice';
import { statutoryList } from './statutory';

/**
 * The app's lists on the team site. Bump SCHEMA_VERSION whenever a list or column is added:
 * provisioning compares it with the version recorded in Waypoint Settings and adds what is
 * missing. (Removing or retyping a column is not an upgrade provisioning performs.)
 *
 * Version 2: the academic year (indexed AcademicYear on every per-year list, PER_YEAR_LISTS), the
 * activity's categories, outcomes and benchmarks as multi-select choice columns, ToConfirm and
 * CarriedFrom; the review's agreement and reopenings; the statutory record's explicit backing and
 * provider access policy contents and sign-off; the four impact-evidence lists. Its data upgrade (src/data/years/upgrade-to-v2.ts) fills them in on older items.
 *
 * Version 3: the statutory record's PublishedInfoDate (when the careers information page was published). A new
 * optional column: provisioning adds it, and no item needs changing.
 */
export const SCHEMA_VERSION = 3;

/** Lists whose items belong to one academic year (AcademicYear column); Waypoint loads them a year at a time. */
export const PER_YEAR_LISTS = ['activities', 'stageOutcomes', 'planPriorities', 'planActions', 'statutory'] as const satisfies readonly ListKey[];
export type PerYearList = (typeof PER_YEAR_LISTS)[number];

export interface WaypointSchema {
  readonly version: number;
  readonly lists: readonly ListSpec[];
}

export const waypointSchema: WaypointSchema = {
  version: SCHEMA_VERSION,
  // Settings first: its schema record is written last, once everything else exists.
  lists: [
    settingsList,
    reviewsList,
    reflectionsList,
    bestFitsList,
    activitiesList,
    stageOutcomesList,
    planPrioritiesList,
    planActionsList,
    statutoryList,
    destinationsList,
    learnerPerceptionList,
    stakeholderVoiceList,
    neetRiskList,
  ],
};

export type { ColumnName, ColumnSpec, ListKey, ListSpec } from './column-types';
export {
  activitiesList,
  bestFitsList,
  destinationsList,
  learnerPerceptionList,
  neetRiskList,
  stakeholderVoiceList,
  planActionsList,
  planPrioritiesList,
  reflectionsList,
  reviewsList,
  settingsList,
  stageOutcomesList,
  statutoryList,
};
