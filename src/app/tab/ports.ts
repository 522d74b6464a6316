import type { RuntimeConfig } from '../../config/runtime-config';
import type { DataContext } from '../../data/data-context';
import type { HostContext } from '../../host/host-types';
import { createReviewData, type ReviewData } from '../../ui/review/data/adapter';
import { createJoinMeeting, type MeetingLiveSetting } from '../../ui/review/data/live';
import type { TabPorts } from './tab-ports';

/**
 * The review's ports over the team site's lists (or the one whose first reads are already under way) and the
 * meeting's live layer (loaded after first paint, with the data layer).
 */
export function createTabPorts(ctx: DataContext, config: RuntimeConfig, host: HostContext, reviews: ReviewData = createReviewData(ctx)): TabPorts {
  return { reviews, joinMeeting: createJoinMeeting(meetingLiveSetting(config, host)), site: ctx };
}

/** Live Share in a Teams meeting's side panel or on its stage; locally, the local Fluid service when one is configured. */
export function meetingLiveSetting(config: RuntimeConfig, host: HostContext): MeetingLiveSetting {
  if (host.frame === 'sidePanel' || host.frame === 'meetingStage') return { kind: 'teams-meeting' };
  if (config.mode === 'local' && config.fluid) return { kind: 'local', ...config.fluid };
  return { kind: 'none' };
}
