import type { ReactNode } from 'react';

import { MeetingStageView } from '../../ui/review/meeting-stage/meeting-stage-view';
import { ViewQueries } from './view-queries';

/** The meeting stage's shared row, reading through the page's query cache like the review itself. */
export default function ReviewStage(props: { reviewId: string | null; rowId: string | null }): ReactNode {
  return (
    <ViewQueries>
      <MeetingStageView {...props} />
    </ViewQueries>
  );
}
