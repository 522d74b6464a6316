import type { ListKey } from './column-types';

/**
 * What a page needs to find the app's lists on the team site and to tell whether the site is up to date: each
 * list's name and the schema version. The columns live in each list's own module (the mappers use them); the full
 * schema (./index) only provisioning and its upgrades load.
 *
 * Bump SCHEMA_VERSION whenever a list or column is added: provisioning compares it with the version recorded in
 * Waypoint Settings and adds what is missing. (Removing or retyping a column is not an upgrade provisioning
 * performs.)
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

/** Each list's name on the site: how the app finds it again (a rename is a schema change: don't). */
export const LIST_NAMES = {
  settings: 'Waypoint Settings',
  reviews: 'Waypoint Reviews',
  reflections: 'Waypoint Reflections',
  bestFits: 'Waypoint Best Fits',
  activities: 'Waypoint Activities',
  stageOutcomes: 'Waypoint Stage Outcomes',
  planPriorities: 'Waypoint Plan Priorities',
  planActions: 'Waypoint Plan Actions',
  statutory: 'Waypoint Statutory Record',
  destinations: 'Waypoint Destinations',
  learnerPerception: 'Waypoint Learner Perception',
  stakeholderVoice: 'Waypoint Stakeholder Voice',
  neetRisk: 'Waypoint NEET Risk',
} as const satisfies Readonly<Record<ListKey, string>>;

/** Lists whose items belong to one academic year (AcademicYear column); Waypoint loads them a year at a time. */
export const PER_YEAR_LISTS = ['activities', 'stageOutcomes', 'planPriorities', 'planActions', 'statutory'] as const satisfies readonly ListKey[];
export type PerYearList = (typeof PER_YEAR_LISTS)[number];
