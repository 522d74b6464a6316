import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for teams-js that records calls, so the adapter's guard ladder can be checked without a host. */
const teams = vi.hoisted(() => {
  const state = {
    frameContext: 'settings',
    themeHandler: undefined as undefined | ((theme: string) => void),
    saveHandler: undefined as undefined | ((event: unknown) => void),
    calls: [] as [string, ...unknown[]][],
    shareAllowed: true,
  };
  const record = (name: string) => (...args: unknown[]) => {
    state.calls.push([name, ...args]);
  };
  const teamsJs = {
    app: {
      initialize: vi.fn(() => Promise.resolve()),
      getContext: vi.fn(() =>
        Promise.resolve({ app: { locale: 'en-GB', theme: 'default' }, page: { id: 'p', frameContext: state.frameContext } }),
      ),
      registerOnThemeChangeHandler: (h: (theme: string) => void) => {
        state.themeHandler = h;
      },
      notifySuccess: vi.fn(() => Promise.resolve()),
    },
    pages: {
      config: {
        isSupported: () => true,
        setValidityState: record('setValidityState'),
        setConfig: (config: unknown) => {
          state.calls.push(['setConfig', config]);
          return Promise.resolve();
        },
        registerOnSaveHandler: (h: (event: unknown) => void) => {
          state.saveHandler = h;
        },
        registerOnRemoveHandler: record('registerOnRemoveHandler'),
      },
    },
    people: { isSupported: () => false, selectPeople: vi.fn() },
    nestedAppAuth: { isNAAChannelRecommended: () => true },
    meeting: {
      getAppContentStageSharingCapabilities: (cb: (e: unknown, c: unknown) => void) =>
        cb(null, { doesAppHaveSharePermission: state.shareAllowed }),
      shareAppContentToStage: (cb: (e: unknown, ok: boolean) => void, url: string) => {
        state.calls.push(['shareAppContentToStage', url]);
        cb(null, true);
      },
    },
  };
  return { state, teamsJs };
});
vi.mock('@microsoft/teams-js', () => teams.teamsJs);

const { connectTeamsHost } = await import('../../../src/host/teams/teams-host');
const { NotSupportedError } = await import('../../../src/host/host-types');

beforeEach(() => {
  teams.state.calls = [];
  teams.state.shareAllowed = true;
});

describe('the Teams host', () => {
  it('initialises teams-js once, however often it connects', async () => {
    await connectTeamsHost();
    await connectTeamsHost();
    expect(teams.teamsJs.app.initialize).toHaveBeenCalledTimes(1);
  });

  it('on the configuration page: enables Save and stores the chosen config, then tells Teams it worked', async () => {
    teams.state.frameContext = 'settings';
    const host = await connectTeamsHost();
    expect(host.capabilities.tabConfig).toBe(true);
    host.setConfigValid(true);
    const config = { contentUrl: 'https://w.example/tab.html?view=plan', entityId: 'waypoint-plan', suggestedDisplayName: 'Careers plan' };
    host.onConfigSave(() => Promise.resolve(config));
    const event = { notifySuccess: vi.fn(), notifyFailure: vi.fn() };
    teams.state.saveHandler!(event);
    await vi.waitFor(() => expect(event.notifySuccess).toHaveBeenCalled());
    expect(teams.state.calls).toEqual([
      ['setValidityState', true],
      ['setConfig', config],
    ]);
  });

  it('passes a failed save back to Teams with its words', async () => {
    teams.state.frameContext = 'settings';
    const host = await connectTeamsHost();
    host.onConfigSave(() => Promise.reject(new Error('Choose a model first.')));
    const event = { notifySuccess: vi.fn(), notifyFailure: vi.fn() };
    teams.state.saveHandler!(event);
    await vi.waitFor(() => expect(event.notifyFailure).toHaveBeenCalledWith('Choose a model first.'));
  });

  it('does not offer tab settings in the tab itself', async () => {
    teams.state.frameContext = 'content';
    const host = await connectTeamsHost();
    expect(host.capabilities).toEqual({ tabConfig: false, shareToStage: false, selectPeople: false });
    expect(() => host.setConfigValid(true)).toThrow(NotSupportedError);
  });

  it('offers sharing to the stage from the meeting side panel only when the host allows it', async () => {
    teams.state.frameContext = 'sidePanel';
    const allowed = await connectTeamsHost();
    expect(allowed.capabilities.shareToStage).toBe(true);
    await allowed.shareToStage('https://w.example/tab.html?stage=1');
    expect(teams.state.calls).toContainEqual(['shareAppContentToStage', 'https://w.example/tab.html?stage=1']);

    teams.state.shareAllowed = false;
    const refused = await connectTeamsHost();
    expect(refused.capabilities.shareToStage).toBe(false);
    await expect(refused.shareToStage('https://w.example/')).rejects.toBeInstanceOf(NotSupportedError);
  });

  it('fans the single teams-js theme handler out to every listener', async () => {
    teams.state.frameContext = 'content';
    const host = await connectTeamsHost();
    const a: string[] = [];
    const b: string[] = [];
    host.onThemeChange((t) => a.push(t));
    const stopB = host.onThemeChange((t) => b.push(t));
    teams.state.themeHandler!('dark');
    stopB();
    teams.state.themeHandler!('contrast');
    expect(a).toEqual(['dark', 'contrast']);
    expect(b).toEqual(['dark']);
  });
});
