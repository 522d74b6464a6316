import { indexed, integer, keyColumn, note, text } from './column-types';
import { defineList } from './define';
import { LIST_NAMES } from './lists';

/** One item per review × maturity row, once the meeting agrees it. */
export const bestFitsList = defineList({
  key: 'bestFits',
  displayName: LIST_NAMES.bestFits,
  description: 'Waypoint: the best fit agreed for each maturity row in a review.',
  why: 'One item per review × row: the agreed column, evidence and next steps.',
  columns: [
    keyColumn("'reviewId|rowId': at most one agreed best fit per row."),
    indexed(text('ReviewId', 'Review id', 'Filtered on: a review loads all its best fits in one query.')),
    text('RowId', 'Row', "The maturity row's own number, e.g. '2.3'.", 16),
    integer('AgreedColumn', 'Agreed column', 'Column 1–4 agreed as the best fit.', 1, 4),
    note('Evidence', 'Evidence', 'The evidence the meeting relied on.'),
    note('EvidenceLinks', 'Evidence links', 'JSON array of URLs; never queried.'),
    note('NextSteps', 'Next steps', 'What the institution will do next for this row.'),
    note('AgreedBy', 'Agreed by', 'JSON array of participant ids or names.'),
    text('AgreedAt', 'Agreed at', 'ISO date-time as text: kept exactly as the app wrote it.', 40),
  ],
});
