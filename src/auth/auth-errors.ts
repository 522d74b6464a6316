/**
 * What sign-in failures look like to the rest of the app. Each has a stable `code` the UI maps
 * to a message; messages never carry a token, a user name or MSAL's raw error text.
 */
export type SignInErrorCode =
  | 'configuration'
  | 'cancelled'
  | 'popup_blocked'
  | 'consent_required'
  | 'not_supported'
  | 'failed';

export class SignInError extends Error {
  override readonly name: string = 'SignInError';
  constructor(
    readonly code: SignInErrorCode,
    message: string,
    /** MSAL's `errorCode` or the dialog's error code, when there was one: safe to log. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** A configuration value is missing or malformed; names every one. Nothing was sent anywhere. */
export class AuthConfigurationError extends SignInError {
  override readonly name = 'AuthConfigurationError';
  constructor(readonly problems: readonly string[]) {
    super('configuration', `Sign-in is not configured: ${problems.join('; ')}`);
  }
}

export function isSignInError(error: unknown): error is SignInError {
  return error instanceof SignInError;
}
