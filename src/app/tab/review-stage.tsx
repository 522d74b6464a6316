import type { ReactNode } from 'react';

import { preloadMaturityRowText } from '../../ui/common/maturity-model';
import { MeetingStageView } from '../../ui/review/meeting-stage/meeting-stage-view';
import { ViewQueries } from './view-queries';

// The stage shows its row in full (descriptors, purpose), and the row's model is known only once the review is read:
// both models' row text is fetched now, beside the review, not after it.
preloadMaturityRowText('schools');
preloadMaturityRowText('colleges');

/** The meeting stage's shared row, reading through the page's query cache like the review itself. */
export default function ReviewStage(props: { reviewId: string | null; rowId: string | null }): ReactNode {
  return (
    <ViewQueries>
      <MeetingStageView {...props} />
    </ViewQueries>
  );
}
