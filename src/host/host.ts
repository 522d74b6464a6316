import { browserAuthHost } from '../auth/auth-host';
import { type HostAdapter, type HostTheme, NotSupportedError, notSupported } from './host-types';

/** Connects a page to its host (Teams, or a plain browser); the seam's types are in `host-types.ts`. */

/** How long an iframed page waits for a Teams host before carrying on as a plain page (teams-js waits 60 s). */
export const HOST_TIMEOUT_MS = 4000;

/**
 * Finds the host once per page. A top-level window with no opener has no host, so it never loads teams-js;
 * an iframe (or a window someone opened) tries Teams and gives up after `timeoutMs`.
 */
export async function connectHost(timeoutMs: number = HOST_TIMEOUT_MS): Promise<HostAdapter> {
  if (window.parent === window && !window.opener) return createBrowserHost();
  try {
    // Loaded only when there may be a host, so a plain page never downloads teams-js.
    const { connectTeamsHost } = await import('./teams/teams-host');
    return await withTimeout(connectTeamsHost(), timeoutMs);
  } catch {
    return createBrowserHost();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The host did not answer in time.')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

const forcedColours = '(forced-colors: active)';
const darkScheme = '(prefers-color-scheme: dark)';

/** The plain-browser host: no host features; the theme follows the system's colour scheme and contrast mode. */
export function createBrowserHost(win: Window = window): HostAdapter {
  const themeNow = (): HostTheme =>
    win.matchMedia?.(forcedColours).matches ? 'contrast' : win.matchMedia?.(darkScheme).matches ? 'dark' : 'default';
  return {
    context: { kind: 'browser', frame: 'content', theme: themeNow(), locale: win.navigator.language || 'en-GB' },
    capabilities: { tabConfig: false, shareToStage: false, selectPeople: false },
    auth: browserAuthHost,
    onThemeChange(listener) {
      const queries = [forcedColours, darkScheme].flatMap((q) => (win.matchMedia ? [win.matchMedia(q)] : []));
      const onChange = (): void => listener(themeNow());
      for (const q of queries) q.addEventListener('change', onChange);
      return () => {
        for (const q of queries) q.removeEventListener('change', onChange);
      };
    },
    notifyReady() {},
    setConfigValid: () => notSupported('Tab settings'),
    onConfigSave: () => notSupported('Tab settings'),
    onConfigRemove: () => notSupported('Tab settings'),
    shareToStage: () => Promise.reject(new NotSupportedError('Sharing to the meeting stage')),
    selectPeople: () => Promise.reject(new NotSupportedError('Choosing people from the team')),
  };
}
