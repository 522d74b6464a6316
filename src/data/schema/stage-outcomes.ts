import { academicYearColumn, choice, keyColumn, note } from './column-types';
import { defineList } from './define';
import { LIST_NAMES } from './lists';
import { stageIds } from './activities';

/** One item per stage and academic year: the learning outcomes chosen for it. */
export const stageOutcomesList = defineList({
  key: 'stageOutcomes',
  displayName: LIST_NAMES.stageOutcomes,
  description: 'Waypoint: the learning outcomes chosen for each stage of the provision map.',
  why: 'One item per stage: up to five learning outcomes chosen for it.',
  columns: [
    keyColumn("'stage|year', e.g. 'introduce-inspire|2026/27': one item per stage and academic year."),
    choice('Stage', 'Stage', stageIds, 'The stage.'),
    note('LearningOutcomes', 'Learning outcomes', 'JSON array of up to five learning-outcome ids, in order.'),
    academicYearColumn(),
  ],
});
