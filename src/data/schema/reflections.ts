import type { ReflectionChoice } from '../../domain/review/types';
import { choice, indexed, keyColumn, note, text } from './column-types';
import { allOf, defineList } from './define';
import { LIST_NAMES } from './lists';

export const reflectionChoices = allOf<`${Exclude<ReflectionChoice, 'not-sure'>}` | 'not-sure'>()(['1', '2', '3', '4', 'not-sure']);

/** One item per review × participant × maturity row. */
export const reflectionsList = defineList({
  key: 'reflections',
  displayName: LIST_NAMES.reflections,
  description: "Waypoint: each participant's reflection on each maturity row before the review meeting.",
  why: 'One item per review × participant × row, so each person saves only their own items and never collides with others.',
  columns: [
    keyColumn("'reviewId|rowId|participantId': one item per person and row, so a repeated save cannot duplicate it."),
    indexed(text('ReviewId', 'Review id', 'Filtered on: a review loads all its reflections in one query.')),
    text('RowId', 'Row', "The maturity row's own number, e.g. '2.3'.", 16),
    text('ParticipantId', 'Participant', 'User principal name (or generated id) of the person reflecting.'),
    choice('Choice', 'Column chosen', reflectionChoices, 'Column 1–4, or not sure.'),
    note('Note', 'Note', "The participant's note on the row."),
  ],
});
