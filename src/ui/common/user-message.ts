import { isAbortError, isGraphError, isThrottled, NOT_PROVISIONED, PROVISIONING_FORBIDDEN } from '../../shared/service-error';

/** Plain words for people, never codes or request ids in the sentence itself. */
export function userMessage(e: unknown): string {
  if (isAbortError(e)) return 'Cancelled.';
  if (!isGraphError(e)) return 'Something went wrong. Try again, and if it keeps happening tell your IT team.';
  switch (true) {
    case e.code === PROVISIONING_FORBIDDEN:
      return e.message;
    case e.code === NOT_PROVISIONED:
      return "Waypoint isn't set up on this team's site yet. A team owner needs to open Waypoint once to set it up.";
    case e.status === 403:
      return "You can view this, but you don't have permission to change it. Ask the team owner to give you edit access to the team's site.";
    case e.status === 401:
      return 'Your sign-in has expired. Sign in again, then try once more.';
    case e.status === 404:
      return "We couldn't find this. Someone may have deleted it; refresh to see the latest.";
    case e.status === 412:
      return 'Someone else changed this while you were working on it. Compare the two versions and choose what to keep.';
    case e.status === 409:
      return 'This already exists. Refresh to see the latest.';
    case isThrottled(e):
      return "SharePoint is busy at the moment, so this hasn't been saved yet. Wait a minute and try again.";
    case e.status === 0:
      return "We couldn't reach SharePoint. Check your connection and try again.";
    default:
      return `SharePoint couldn't do this (error ${e.status}). Try again; if it keeps happening, tell your IT team${
        e.requestId ? ` and quote reference ${e.requestId}` : ''
      }.`;
  }
}

