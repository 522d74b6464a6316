/**
 * The one message the auth-dialog page sends to the page that opened it (Office
 * `messageParent`), and what the host seam sends when the dialog closes or fails to open.
 * Errors carry codes only, never MSAL's text, so nothing personal crosses over.
 */
export const AUTH_DIALOG_PROTOCOL_VERSION = 1;

export type AuthDialogMessage =
  | {
      readonly v: typeof AUTH_DIALOG_PROTOCOL_VERSION;
      readonly kind: 'token';
      readonly accessToken: string;
      /** Epoch milliseconds. */
      readonly expiresOn: number;
      readonly scopes: readonly string[];
    }
  | {
      readonly v: typeof AUTH_DIALOG_PROTOCOL_VERSION;
      readonly kind: 'error';
      /** e.g. 'user_cancelled', 'dialog_closed', 'dialog_unavailable', or an MSAL errorCode. */
      readonly code: string;
    };

/** Error codes the host seam uses. */
export const DIALOG_CLOSED = 'dialog_closed';
export const DIALOG_UNAVAILABLE = 'dialog_unavailable';

export function tokenMessage(accessToken: string, expiresOn: number, scopes: readonly string[]): string {
  return JSON.stringify({ v: AUTH_DIALOG_PROTOCOL_VERSION, kind: 'token', accessToken, expiresOn, scopes });
}

export function errorMessage(code: string): string {
  return JSON.stringify({ v: AUTH_DIALOG_PROTOCOL_VERSION, kind: 'error', code: safeCode(code) });
}

/** Parses a message; anything malformed becomes an error message rather than an exception. */
export function decodeAuthDialogMessage(raw: string): AuthDialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { v: AUTH_DIALOG_PROTOCOL_VERSION, kind: 'error', code: 'malformed_message' };
  }
  if (typeof value !== 'object' || value === null) return malformed();
  const m = value as Record<string, unknown>;
  if (m.v !== AUTH_DIALOG_PROTOCOL_VERSION) return malformed();
  if (m.kind === 'error' && typeof m.code === 'string') {
    return { v: AUTH_DIALOG_PROTOCOL_VERSION, kind: 'error', code: safeCode(m.code) };
  }
  if (
    m.kind === 'token' &&
    typeof m.accessToken === 'string' &&
    m.accessToken.length > 0 &&
    typeof m.expiresOn === 'number' &&
    Number.isFinite(m.expiresOn) &&
    Array.isArray(m.scopes) &&
    m.scopes.every((s) => typeof s === 'string')
  ) {
    return {
      v: AUTH_DIALOG_PROTOCOL_VERSION,
      kind: 'token',
      accessToken: m.accessToken,
      expiresOn: m.expiresOn,
      scopes: m.scopes as string[],
    };
  }
  return malformed();
}

function malformed(): AuthDialogMessage {
  return { v: AUTH_DIALOG_PROTOCOL_VERSION, kind: 'error', code: 'malformed_message' };
}

/** Codes are identifiers; anything else (e.g. a message with a user name) is replaced. */
function safeCode(code: string): string {
  return /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : 'unknown_error';
}
