/**
 * Entry "auth-dialog" (auth-dialog.html): the Office dialog-API sign-in fallback page. Opened by
 * src/host/office/auth-dialog.ts when the task pane cannot sign in with nested app
 * authentication or a popup. Loads Office.js (tenant build) only to talk back to the task pane.
 */
import { createStandardPublicClientApplication } from '@azure/msal-browser';

import { buildMsalConfiguration, redirectUriFor } from '../../auth/auth-config';
import { errorMessage } from '../../auth/auth-dialog-protocol';
import { loadRuntimeConfig, RuntimeConfigError } from '../../config/runtime-config';
import { sendToOfficeParent } from '../../host/office/auth-dialog-page';
import { runAuthDialog } from './dialog-flow';

// Office.js replaces history.replaceState/pushState with null; MSAL tidies the address bar with
// them, so put the browser's own methods back.
for (const method of ['replaceState', 'pushState'] as const) {
  if (typeof window.history[method] !== 'function') {
    Object.defineProperty(window.history, method, { value: History.prototype[method], configurable: true, writable: true });
  }
}

function show(text: string): void {
  document.title = 'Waypoint — sign in';
  const root = document.getElementById('root') ?? document.body;
  root.textContent = text;
}

async function main(): Promise<void> {
  show('Signing you in…');
  const send = async (message: string): Promise<void> => {
    const delivered = await sendToOfficeParent(message, window.location.origin);
    show(delivered ? 'Signed in. This window will close.' : 'This page only works inside Excel’s sign-in window. You can close it.');
  };

  let config;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    await send(errorMessage(error instanceof RuntimeConfigError ? 'configuration' : 'config_unavailable'));
    return;
  }
  if (config.mode !== 'tenant') {
    await send(errorMessage('not_tenant_mode'));
    return;
  }
  const client = await createStandardPublicClientApplication(buildMsalConfiguration(config));
  await runAuthDialog({ client, hash: window.location.hash, redirectUri: redirectUriFor(config.origin), send });
}

void main();
