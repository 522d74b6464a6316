/**
 * What the Office auth-dialog page does, as a function of its collaborators so it is testable:
 *
 *   first load   (fragment carries scopes + login hint) → acquireTokenRedirect to Entra ID
 *   return trip  (the redirect bridge brought the response back) → handleRedirectPromise →
 *                send the token to the task pane
 *
 * The dialog is a top-level window, so the ordinary redirect flow works here where the task
 * pane's iframe popup did not. Errors are reported as codes only.
 */
import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';

import { errorMessage, tokenMessage } from '../../auth/auth-dialog-protocol';
import { type AuthDialogParams, parseAuthDialogParams, redirectRequest } from '../../auth/token-request';

export type DialogClient = Pick<IPublicClientApplication, 'handleRedirectPromise' | 'acquireTokenRedirect'>;

export interface AuthDialogDeps {
  readonly client: DialogClient;
  /** The page's fragment, e.g. `#scopes=…&login_hint=…`. */
  readonly hash: string;
  readonly redirectUri: string;
  /** Delivers the one result message to the opener. */
  send(message: string): Promise<unknown>;
}

export type AuthDialogOutcome = 'sent-token' | 'sent-error' | 'redirecting';

export async function runAuthDialog(deps: AuthDialogDeps): Promise<AuthDialogOutcome> {
  let result: AuthenticationResult | null;
  try {
    result = await deps.client.handleRedirectPromise();
  } catch (error) {
    await deps.send(errorMessage(codeOf(error)));
    return 'sent-error';
  }

  if (result) {
    if (!result.accessToken) {
      await deps.send(errorMessage('empty_response'));
      return 'sent-error';
    }
    const expiresOn = result.expiresOn?.getTime() ?? Date.now() + 5 * 60 * 1000;
    await deps.send(tokenMessage(result.accessToken, expiresOn, result.scopes));
    return 'sent-token';
  }

  const params: AuthDialogParams | undefined = parseAuthDialogParams(deps.hash);
  if (!params) {
    await deps.send(errorMessage('bad_dialog_request'));
    return 'sent-error';
  }
  try {
    await deps.client.acquireTokenRedirect(redirectRequest(params.scopes, params.loginHint, deps.redirectUri));
    return 'redirecting';
  } catch (error) {
    await deps.send(errorMessage(codeOf(error)));
    return 'sent-error';
  }
}

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errorCode' in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    if (typeof code === 'string' && code) return code;
  }
  return 'sign_in_failed';
}
