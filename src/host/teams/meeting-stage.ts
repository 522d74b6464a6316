import { meeting } from '@microsoft/teams-js';
import type { HostFrame } from '../host-types';


/** How long to wait for the host to say whether we may share to the stage before assuming we may not. */
const CAPABILITY_TIMEOUT_MS = 2000;

/**
 * Sharing to the meeting stage is offered only from the meeting side panel (teams-js allows the call there and
 * on the stage itself, which already shows the content) and only when the host grants permission — it does so
 * when the app's manifest lists the meetingStage context and the user may share.
 */
export function canShareToStage(frame: HostFrame): Promise<boolean> {
  if (frame !== 'sidePanel') return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), CAPABILITY_TIMEOUT_MS);
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) => {
        clearTimeout(timer);
        resolve(!error && capabilities?.doesAppHaveSharePermission === true);
      });
    } catch {
      clearTimeout(timer);
      resolve(false);
    }
  });
}

export function shareAppContentToStage(url: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    meeting.shareAppContentToStage((error, shared) => {
      if (error || !shared) reject(new Error(error?.message ?? 'The meeting did not accept the shared content.'));
      else resolve();
    }, url);
  });
}
