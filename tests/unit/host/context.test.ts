import type { app } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';

import { hostContextFromTeams, hostFrameOf, hostThemeOf } from '../../../src/host/teams/context';

const teamsContext = {
  app: { locale: 'en-GB', theme: 'dark', sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
  page: { id: 'waypoint-review', frameContext: 'sidePanel' },
  user: { id: 'u-1', displayName: 'Careers Leader', userPrincipalName: 'careers.leader@contoso.onmicrosoft.com' },
  team: { internalId: '19:t', displayName: 'Careers', groupId: '7b1d2f1e-9c4a-4c1e-8f3e-2a6d5b9c0e11' },
  channel: { id: '19:c', displayName: 'General' },
  meeting: { id: 'm-1' },
  sharePointSite: { teamSiteDomain: 'contoso.sharepoint.com', teamSitePath: '/sites/careers' },
} as unknown as app.Context;

describe('Teams context', () => {
  it('keeps the user, the team group (for its site), channel, meeting, locale, theme and frame', () => {
    expect(hostContextFromTeams(teamsContext)).toEqual({
      kind: 'teams',
      frame: 'sidePanel',
      theme: 'dark',
      locale: 'en-GB',
      user: { id: 'u-1', displayName: 'Careers Leader', userPrincipalName: 'careers.leader@contoso.onmicrosoft.com' },
      teamGroupId: '7b1d2f1e-9c4a-4c1e-8f3e-2a6d5b9c0e11',
      teamName: 'Careers',
      channelId: '19:c',
      channelName: 'General',
      meetingId: 'm-1',
      teamSite: { domain: 'contoso.sharepoint.com', path: '/sites/careers' },
    });
  });

  it('leaves out what a chat or a personal app does not have', () => {
    const bare = { app: { locale: '', theme: 'default' }, page: { id: 'p', frameContext: 'content' } } as unknown as app.Context;
    expect(hostContextFromTeams(bare)).toEqual({ kind: 'teams', frame: 'content', theme: 'default', locale: 'en-GB' });
  });

  it('maps themes and frames it does not design for onto safe defaults', () => {
    expect(hostThemeOf('contrast')).toBe('contrast');
    expect(hostThemeOf('glass')).toBe('default');
    expect(hostThemeOf(undefined)).toBe('default');
    expect(hostFrameOf('meetingStage')).toBe('meetingStage');
    expect(hostFrameOf('task')).toBe('content');
  });
});
