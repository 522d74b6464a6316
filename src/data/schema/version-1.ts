import type { ColumnSpec, ListSpec } from './column-types';
import { note } from './column-types';
import { activitiesList } from './activities';
import { waypointSchema, type WaypointSchema } from './index';

/**
 * Schema 1 (until 2026-12): no academic year, and an activity's categories, learning outcomes and
 * benchmarks as JSON arrays in multi-line text. Kept so the upgrade knows where the old values
 * are, and so tests can build a site as schools have it today.
 */
export const LEGACY_MULTI_VALUE_COLUMNS = {
  Categories: 'CategoryChoices',
  LearningOutcomes: 'OutcomeChoices',
  Benchmarks: 'BenchmarkChoices',
} as const satisfies Readonly<Record<string, (typeof activitiesList.columns)[number]['name']>>;
export type LegacyMultiValueColumn = keyof typeof LEGACY_MULTI_VALUE_COLUMNS;

const SCHEMA_2_COLUMNS = new Set(['AcademicYear', 'ToConfirm', 'CarriedFrom', ...Object.values(LEGACY_MULTI_VALUE_COLUMNS)]);

const legacyColumns: readonly ColumnSpec[] = [
  note('Categories', 'Categories', 'JSON array of category ids.'),
  note('LearningOutcomes', 'Learning outcomes', 'JSON array of learning-outcome ids served.'),
  note('Benchmarks', 'Gatsby Benchmarks', 'JSON array of benchmark numbers 1–8 evidenced.'),
];

export const schemaVersion1: WaypointSchema = {
  version: 1,
  lists: waypointSchema.lists.map(
    (list): ListSpec => ({
      ...list,
      columns: [...list.columns.filter((c) => !SCHEMA_2_COLUMNS.has(c.name)), ...(list.key === 'activities' ? legacyColumns : [])],
    }),
  ),
};
