import { activitiesList } from './activities';
import { bestFitsList } from './best-fits';
import { destinationsList } from './destinations';
import { learnerPerceptionList } from './learner-perception';
import { neetRiskList } from './neet-risk';
import type { ListSpec } from './column-types';
import { planActionsList } from './plan-actions';
import { planPrioritiesList } from './plan-priorities';
import { reflectionsList } from './reflections';
import { reviewsList } from './reviews';
import { settingsList } from './settings';
import { stageOutcomesList } from './stage-outcomes';
import { stakeholderVoiceList } from './stakeholder-voice';
import { statutoryList } from './statutory';
import { SCHEMA_VERSION } from './lists';

/**
 * The full schema: every list with its columns, in the order provisioning creates them. Only provisioning and its
 * upgrades load it (src/data/provision-lists.ts, fetched when a site is behind); a page finds its lists by name and
 * checks the version with ./lists, and a mapper imports its own list's module.
 */
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
export { LIST_NAMES, PER_YEAR_LISTS, type PerYearList, SCHEMA_VERSION } from './lists';
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
