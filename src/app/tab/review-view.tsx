import type { ReactNode } from 'react';

import { tabSettingsFrom } from '../../ui/config/tab-settings';
import { ReviewArea } from '../../ui/review/review-area';

/** The review view with the model chosen when the tab was set up (for new reviews). */
export default function ReviewView(): ReactNode {
  return <ReviewArea defaultVariant={tabSettingsFrom(window.location.search).variant} />;
}
