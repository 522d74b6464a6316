import { GraphError } from './errors';
import { stableGuid } from './util';

/**
 * Development tokens: `Bearer dev:<upn>` may read and write, `Bearer dev-readonly:<upn>`
 * may only read (as a SharePoint visitor). Anything else is rejected the way Graph rejects
 * a bad token, so client code exercises its 401 path.
 */
export interface Caller {
  upn: string;
  readOnly: boolean;
}

export interface IdentitySet {
  user: { email: string; displayName: string; id: string };
}

const USER_NAMESPACE = 'waypoint-local-graph-user';

export function authenticate(header: string | undefined): Caller {
  const wwwAuth = { 'WWW-Authenticate': 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' };
  if (!header || !header.trim()) {
    throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', undefined, wwwAuth);
  }
  const match = /^Bearer\s+(dev|dev-readonly):(\S+@\S+)$/i.exec(header.trim());
  if (!match) {
    throw new GraphError(401, 'InvalidAuthenticationToken', 'IDX14100: JWT is not well formed.', undefined, wwwAuth);
  }
  return { upn: match[2]!.toLowerCase(), readOnly: match[1]!.toLowerCase() === 'dev-readonly' };
}

/** SharePoint answers a visitor's write with 403 accessDenied and changes nothing. */
export function assertCanWrite(caller: Caller): void {
  if (caller.readOnly) {
    throw new GraphError(403, 'accessDenied', 'Access denied. You do not have permission to perform this action or access this resource.');
  }
}

/** "alex.smith@school.org" → "Alex Smith". */
export function displayNameFor(upn: string): string {
  const local = upn.split('@')[0] ?? upn;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

const userIds = new Map<string, string>();

export function userIdFor(upn: string): string {
  const key = upn.toLowerCase();
  let id = userIds.get(key);
  if (id === undefined) {
    id = stableGuid(USER_NAMESPACE, key);
    userIds.set(key, id); // hashing per rendered item shows up in bulk loads
  }
  return id;
}

/**
 * SharePoint's site-user id (AuthorLookupId / EditorLookupId). Real ids are small
 * per-site counters; a stable number derived from the UPN keeps this server stateless
 * about users, and client code must not interpret the value anyway.
 */
export function userLookupIdFor(upn: string): number {
  return 7 + (parseInt(userIdFor(upn).slice(0, 6), 16) % 90000);
}

export function identitySet(upn: string): IdentitySet {
  return { user: { email: upn, displayName: displayNameFor(upn), id: userIdFor(upn) } };
}
