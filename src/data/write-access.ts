import { listRef, type DataContext } from './data-context';
import { itemPath } from '../graph/list-items';
import { schemaVersionFields } from './settings/mappers';

/** What the team's site lets the signed-in person do with Waypoint's list items. */
export type WriteAccess = 'write' | 'read' | 'unknown';

/**
 * An eTag no item carries: SharePoint's are `"{item guid},version"` and versions start at 1. Sent as If-Match,
 * it makes any write that is allowed fail its precondition, so the probe never changes anything.
 */
export const NEVER_MATCHES = '"{00000000-0000-0000-0000-000000000000},0"';

/**
 * Asks the site, in one request, whether this person may change list items. Microsoft Graph has no call that
 * reports a user's permissions on a list (SharePoint REST's EffectiveBasePermissions has no Graph
 * counterpart, and a driveItem's permissions list sharing links, not group membership), so the probe is a
 * write that cannot land: a PATCH of the settings list's schema record, with its own value, guarded by an
 * If-Match no item matches. Graph documents 412 Precondition Failed for a mismatched If-Match (someone who
 * may write; nothing written) and 403 accessDenied for a caller without permission (a site visitor). That the
 * permission check comes first is how SharePoint behaves and what docs/permissions.md asks a school to
 * confirm (U6). Anything else (offline, throttled past its retries) is 'unknown': the views then offer
 * editing and a refused save explains itself, as before.
 */
export async function probeWriteAccess(ctx: DataContext, schemaItemId: string, schemaVersion: number): Promise<WriteAccess> {
  try {
    const { status } = await ctx.graph.send({
      method: 'PATCH',
      url: `${itemPath(listRef(ctx, 'settings'), schemaItemId)}/fields`,
      body: schemaVersionFields(schemaVersion),
      headers: { 'If-Match': NEVER_MATCHES },
      // It cannot change anything, so the middleware may repeat it after a dropped connection.
      idempotent: true,
      acceptStatuses: [403, 412],
    });
    // 2xx only from a service that ignored If-Match, and then it wrote the value the record already held.
    return status === 403 ? 'read' : 'write';
  } catch {
    return 'unknown';
  }
}

/**
 * The probe's answer, kept for the browser tab's session (sessionStorage) under `key` (the site and the
 * person), so a reload or a second view costs no request. An 'unknown' answer is not kept: the next page asks
 * again.
 */
export async function cachedWriteAccess(storage: Pick<Storage, 'getItem' | 'setItem'>, key: string, probe: () => Promise<WriteAccess>): Promise<WriteAccess> {
  const stored = storage.getItem(key);
  if (stored === 'write' || stored === 'read') return stored;
  const answer = await probe();
  if (answer !== 'unknown') storage.setItem(key, answer);
  return answer;
}
