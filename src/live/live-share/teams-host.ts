import { LiveShareHost } from '@microsoft/teams-js';
import type { JoinOptions } from './join';

/**
 * In a Teams meeting (side panel or stage, after app.initialize()), Teams supplies the Fluid tenant, tokens,
 * the meeting's container and each client's meeting roles. teams-js is already in the tab's bundle.
 */
export function teamsLiveShare(): Pick<JoinOptions, 'host'> {
  return { host: LiveShareHost.create() };
}
