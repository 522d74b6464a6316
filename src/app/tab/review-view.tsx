import { lazy, type ReactNode } from 'react';

import { ProvideFeatureSlots } from '../../ui/common/feature-slots';
import { tabSettingsFrom } from '../../ui/config/tab-settings';
import { ReviewArea } from '../../ui/review/review-area';
import { ViewQueries } from './view-queries';

const slots = { rowEvidence: lazy(() => import('./impact-row-slot')) };

/** The review view with the model chosen when the tab was set up (for new reviews), and the impact figures beside rows 2.4–2.7. */
export default function ReviewView(): ReactNode {
  return (
    <ViewQueries>
      <ProvideFeatureSlots slots={slots}>
        <ReviewArea defaultVariant={tabSettingsFrom(window.location.search).variant} />
      </ProvideFeatureSlots>
    </ViewQueries>
  );
}
