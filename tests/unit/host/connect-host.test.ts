import { afterEach, describe, expect, it, vi } from 'vitest';

const connectTeamsHost = vi.fn();
vi.mock('../../../src/host/teams/teams-host', () => ({ connectTeamsHost }));

const { connectHost, createBrowserHost } = await import('../../../src/host/host');
const { NotSupportedError } = await import('../../../src/host/host-types');

interface FakeQuery {
  matches: boolean;
  listeners: Set<() => void>;
  addEventListener(type: string, l: () => void): void;
  removeEventListener(type: string, l: () => void): void;
}

function fakeWindow(options: { framed?: boolean; dark?: boolean; forced?: boolean } = {}) {
  const queries = new Map<string, FakeQuery>();
  const query = (_media: string, matches: boolean): FakeQuery => ({
    matches,
    listeners: new Set(),
    addEventListener(_t, l) {
      this.listeners.add(l);
    },
    removeEventListener(_t, l) {
      this.listeners.delete(l);
    },
  });
  queries.set('(forced-colors: active)', query('forced', options.forced ?? false));
  queries.set('(prefers-color-scheme: dark)', query('dark', options.dark ?? false));
  const win: Record<string, unknown> = {
    opener: null,
    navigator: { language: 'en-GB' },
    matchMedia: (media: string) => queries.get(media)!,
  };
  win.parent = options.framed ? {} : win;
  return { win: win as unknown as Window, queries };
}

afterEach(() => {
  vi.unstubAllGlobals();
  connectTeamsHost.mockReset();
});

describe('connectHost', () => {
  it('knows at once that a top-level page with no opener has no host, without loading teams-js', async () => {
    vi.stubGlobal('window', fakeWindow().win);
    const started = Date.now();
    const host = await connectHost(10_000);
    expect(host.context.kind).toBe('browser');
    expect(Date.now() - started).toBeLessThan(100);
    expect(connectTeamsHost).not.toHaveBeenCalled();
  });

  it('gives up on a parent that never answers after its short timeout, not teams-js’s 60 s', async () => {
    vi.stubGlobal('window', fakeWindow({ framed: true }).win);
    connectTeamsHost.mockReturnValue(new Promise(() => undefined));
    const started = Date.now();
    const host = await connectHost(50);
    expect(host.context.kind).toBe('browser');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('uses Teams when the parent answers', async () => {
    vi.stubGlobal('window', fakeWindow({ framed: true }).win);
    const teams = { context: { kind: 'teams' } };
    connectTeamsHost.mockResolvedValue(teams);
    await expect(connectHost(1000)).resolves.toBe(teams);
  });
});

describe('the plain-browser host', () => {
  it('follows the system colour scheme and forced colours, live', () => {
    const { win, queries } = fakeWindow({ dark: true });
    const host = createBrowserHost(win);
    expect(host.context.theme).toBe('dark');
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    const forced = queries.get('(forced-colors: active)')!;
    forced.matches = true;
    for (const l of forced.listeners) l();
    stop();
    expect(seen).toEqual(['contrast']);
    expect(forced.listeners.size).toBe(0);
  });

  it('offers no host features, and says so if asked', async () => {
    const host = createBrowserHost(fakeWindow().win);
    expect(host.capabilities).toEqual({ tabConfig: false, shareToStage: false, selectPeople: false });
    expect(() => host.setConfigValid(true)).toThrow(NotSupportedError);
    await expect(host.shareToStage('https://example.org')).rejects.toBeInstanceOf(NotSupportedError);
    await expect(host.selectPeople([])).rejects.toBeInstanceOf(NotSupportedError);
  });
});
