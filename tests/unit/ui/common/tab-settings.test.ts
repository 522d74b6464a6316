import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';

import { messageOf } from '../../../../src/ui/common/error-bar';
import { UserFacingError } from '../../../../src/ui/common/user-facing-error';
import { loadFluentTheme } from '../../../../src/ui/common/theme';
import { tabInstanceConfig, tabSettingsFrom } from '../../../../src/ui/config/tab-settings';
import { GraphError } from '../../../../src/shared/service-error';
import { NotSupportedError } from '../../../../src/host/host-types';

describe('the tab’s settings', () => {
  it('travel in the contentUrl Teams stores', () => {
    expect(tabInstanceConfig('https://w.example', { variant: 'colleges', opensOn: 'report' })).toEqual({
      contentUrl: 'https://w.example/tab.html?variant=colleges&view=report',
      websiteUrl: 'https://w.example/tab.html?variant=colleges&view=report',
      entityId: 'waypoint-report',
      suggestedDisplayName: "Governors' report",
    });
    expect(tabSettingsFrom('?variant=colleges&view=report')).toEqual({ variant: 'colleges', opensOn: 'report' });
  });

  it('fall back to the review of a school when the address says nothing usable', () => {
    expect(tabSettingsFrom('?variant=nursery&view=map')).toEqual({ variant: 'schools', opensOn: 'review' });
  });
});

describe('the shell', () => {
  it('maps Teams’ themes onto Fluent’s', async () => {
    expect(await loadFluentTheme('default')).toBe(webLightTheme);
    expect(await loadFluentTheme('dark')).toBe(webDarkTheme);
    expect(await loadFluentTheme('contrast')).toBe(teamsHighContrastTheme);
  });

  it('shows Graph’s plain words, our own messages, and never a raw exception', () => {
    expect(messageOf(new GraphError({ status: 403 }))).toMatch(/don't have permission/);
    expect(messageOf(new UserFacingError('Choose two reviews.'))).toBe('Choose two reviews.');
    expect(messageOf(new NotSupportedError('Sharing to the meeting stage'))).toBe('Sharing to the meeting stage is not available here.');
    expect(messageOf(new TypeError("Cannot read properties of undefined (reading 'x')"))).toMatch(/^Something went wrong/);
  });
});
