import { useSyncExternalStore } from 'react';

import type { ReviewSession, SessionSnapshot } from './review-session';

export function useSessionSnapshot(session: ReviewSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}
