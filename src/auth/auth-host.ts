/**
 * What sign-in needs from the host, and nothing more. The host seam (src/host/**) implements it;
 * src/auth never imports teams-js or touches the Office globals itself.
 *
 * Contract: by the time a provider is created the host has finished initialising — TeamsJS
 * `app.initialize()` resolved in Teams, `Office.onReady()` resolved in Excel — because MSAL's
 * nested app authentication bridge only exists after that.
 */
export interface AuthHost {
  readonly kind: 'teams' | 'excel' | 'browser';
  /**
   * The signed-in user's principal name as the host knows it (Teams context `user.loginHint`,
   * Office `auth.getAuthContext().userPrincipalName`); undefined when unknown. Used only as a
   * hint, never for authorisation.
   */
  loginHint(): Promise<string | undefined>;
  /** TeamsJS `nestedAppAuth.isNAAChannelRecommended()`, Office `NestedAppAuth 1.1`; false in a browser. */
  naaRecommended(): boolean;
  /**
   * Opens `url` (our auth-dialog page) in a host dialog that is a top-level window, not an
   * iframe, and resolves with the one message that page sends back: an encoded
   * `AuthDialogMessage` (see auth-dialog-protocol.ts) carrying a token or an error code. When
   * the user closes the dialog or it cannot open, resolves with an encoded error message.
   */
  openAuthDialog?(url: string): Promise<string>;
}

/** The host for a plain browser tab: no host features at all. */
export const browserAuthHost: AuthHost = {
  kind: 'browser',
  loginHint: () => Promise.resolve(undefined),
  naaRecommended: () => false,
};
