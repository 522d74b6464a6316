import type { app } from '@microsoft/teams-js';
import type { HostContext, HostFrame, HostTheme } from '../host-types';


/** Teams' theme names onto ours; anything new (e.g. "glass") falls back to the default theme. */
export function hostThemeOf(theme: string | undefined): HostTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

const frames: Readonly<Record<string, HostFrame>> = {
  content: 'content',
  settings: 'settings',
  remove: 'remove',
  sidePanel: 'sidePanel',
  meetingStage: 'meetingStage',
};

/** Frame contexts we do not design for (task modules, stage views) render as an ordinary tab. */
export function hostFrameOf(frameContext: string | undefined): HostFrame {
  return (frameContext && frames[frameContext]) || 'content';
}

/** The parts of the Teams context Waypoint uses: who, which team (and so which site), channel, meeting, locale. */
export function hostContextFromTeams(context: app.Context): HostContext {
  const { user, team, channel, meeting, sharePointSite } = context;
  return {
    kind: 'teams',
    frame: hostFrameOf(context.page.frameContext),
    theme: hostThemeOf(context.app.theme),
    locale: context.app.locale || 'en-GB',
    ...(user?.id || user?.userPrincipalName
      ? {
          user: {
            id: user.id,
            ...(user.displayName ? { displayName: user.displayName } : {}),
            ...(user.userPrincipalName ? { userPrincipalName: user.userPrincipalName } : {}),
          },
        }
      : {}),
    ...(team?.groupId ? { teamGroupId: team.groupId } : {}),
    ...(team?.displayName ? { teamName: team.displayName } : {}),
    ...(channel?.id ? { channelId: channel.id } : {}),
    ...(channel?.displayName ? { channelName: channel.displayName } : {}),
    ...(meeting?.id ? { meetingId: meeting.id } : {}),
    ...(sharePointSite?.teamSiteDomain && sharePointSite.teamSitePath
      ? { teamSite: { domain: sharePointSite.teamSiteDomain, path: sharePointSite.teamSitePath } }
      : {}),
  };
}
