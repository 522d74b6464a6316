import type { AuthHost } from '../auth/auth-host';

/**
 * The host seam: everything the UI may know about where it runs (Teams, or a plain browser) and the few
 * things it may ask of the host. Only `src/host/**` talks to teams-js; the UI gets a context and booleans.
 */

/** The three themes Teams offers; a plain browser maps the system's colour scheme onto them. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/**
 * Where the page is shown: a tab ('content', also a meeting's chat and details tabs), the tab's configuration
 * page ('settings'), its removal page ('remove'), the meeting side panel, or the meeting stage.
 */
export type HostFrame = 'content' | 'settings' | 'remove' | 'sidePanel' | 'meetingStage';

export interface HostUser {
  readonly id: string;
  readonly displayName?: string;
  readonly userPrincipalName?: string;
}

export interface HostContext {
  readonly kind: 'teams' | 'browser';
  readonly frame: HostFrame;
  readonly theme: HostTheme;
  /** BCP 47, e.g. "en-GB". */
  readonly locale: string;
  /** Teams' word for who is signed in; a hint only (it can be spoofed), never used for authorisation. */
  readonly user?: HostUser;
  /** The team's Microsoft 365 group: its SharePoint site holds the lists. */
  readonly teamGroupId?: string;
  readonly teamName?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly meetingId?: string;
  /** e.g. { domain: 'contoso.sharepoint.com', path: '/sites/careers' }. */
  readonly teamSite?: { readonly domain: string; readonly path: string };
}

/** What the host can do here and now. The UI offers a control only when its flag is true. */
export interface HostCapabilities {
  /** Configuration page: the Save button and the removal page are driven through the host. */
  readonly tabConfig: boolean;
  /** Meeting side panel with permission to put app content on the meeting stage. */
  readonly shareToStage: boolean;
  /** The host's people picker (the team's members). */
  readonly selectPeople: boolean;
}

/** What a configurable tab saves: the page to open and its name. */
export interface TabInstanceConfig {
  readonly contentUrl: string;
  readonly entityId: string;
  readonly suggestedDisplayName: string;
  readonly websiteUrl?: string;
}

export interface HostPerson {
  /** Microsoft Entra object id. */
  readonly id: string;
  readonly displayName: string;
  readonly email?: string;
}

export interface HostAdapter {
  readonly context: HostContext;
  readonly capabilities: HostCapabilities;
  /** What sign-in needs from the host (login hint, whether nested app authentication is recommended). */
  readonly auth: AuthHost;
  /** Follows the host's theme live; returns an unsubscribe function. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /** Tells the host the page has rendered (Teams hides its loading indicator). */
  notifyReady(): void;
  /** Enables or disables the host's Save button on the configuration page. */
  setConfigValid(valid: boolean): void;
  /** Runs when the user presses Save; the handler's config is stored, a rejection is shown by the host. */
  onConfigSave(handler: () => Promise<TabInstanceConfig>): void;
  /** Runs when the user removes the tab. */
  onConfigRemove(handler: () => Promise<void>): void;
  /** Shows `url` on the meeting stage for everyone in the meeting. */
  shareToStage(url: string): Promise<void>;
  /** Opens the host's people picker. */
  selectPeople(preselectedIds: readonly string[]): Promise<HostPerson[]>;
}

/** Thrown when a host feature is used where the host does not offer it (the UI should not have offered it). */
export class NotSupportedError extends Error {
  override readonly name = 'NotSupportedError';
  constructor(feature: string) {
    super(`${feature} is not available here.`);
  }
}

export function notSupported(feature: string): never {
  throw new NotSupportedError(feature);
}

