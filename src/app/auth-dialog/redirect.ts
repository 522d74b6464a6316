/**
 * Entry "auth-redirect" (auth-redirect.html): MSAL v5's redirect bridge, the redirect URI of
 * every standard (non-nested) sign-in. Popup and silent-iframe responses are broadcast to the
 * page that asked; the Office dialog's redirect response is handed back to auth-dialog.html.
 *
 * Serve this page from our own origin, with `Cache-Control: no-store` and without a
 * Cross-Origin-Opener-Policy header, and without Office.js. It runs no other MSAL API.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'errorCode' in error ? String((error as { errorCode: unknown }).errorCode) : 'unknown';
  console.warn(`[waypoint auth] redirect bridge: ${code}`);
  const root = document.getElementById('root') ?? document.body;
  root.textContent = 'Sign-in could not be completed here. Close this window and try again.';
});
