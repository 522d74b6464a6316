import { preloadable } from '../common/preloadable';

/**
 * The view of rows changed on both sides. Conflicts come only from a Publish or a Refresh, so its code is fetched
 * when one starts (`useSync`), beside the site's reply, rather than with the pane.
 */
export const conflictView = preloadable(() => import('./conflict-view').then((m) => m.ConflictView));
