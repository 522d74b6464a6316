/**
 * A test page's script: runs Waypoint's tenant-mode token provider in a plain browser (the
 * standard PublicClientApplication path) and writes the outcome into #root[data-result]. Never
 * shipped; bundled by tests/package/sign-in.e2e.test.ts.
 */
import { type AuthHost, browserAuthHost } from '../../../src/auth/auth-host';
import { createTokenProvider } from '../../../src/auth/create-token-provider';
import { loadRuntimeConfig } from '../../../src/config/runtime-config';

const root = document.getElementById('root');
const scopes = ['https://graph.microsoft.com/Sites.Selected'];

/** `?host=teams` plays a Teams tab whose host offers nested app authentication. */
const host: AuthHost =
  new URLSearchParams(window.location.search).get('host') === 'teams'
    ? { kind: 'teams', loginHint: () => Promise.resolve('careers.leader@school.example'), naaRecommended: () => true }
    : browserAuthHost;

async function run(): Promise<string> {
  const provider = createTokenProvider(await loadRuntimeConfig(), host);
  const first = await provider.getToken(scopes);
  const second = await provider.getToken(scopes);
  return JSON.stringify({ first, second, sessionEntries: sessionStorage.length, localEntries: localStorage.length });
}

document.getElementById('go')?.addEventListener('click', () => {
  run().then(
    (result) => root?.setAttribute('data-result', result),
    (error: unknown) => root?.setAttribute('data-result', JSON.stringify({ error: (error as { code?: string }).code, detail: (error as { detail?: string }).detail })),
  );
});
