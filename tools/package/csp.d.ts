export declare const OFFICE_JS_URL: string;
export declare const OFFICE_JS_ORIGIN: string;
export declare const LOGIN_ORIGIN: string;
export declare const DEFAULT_GRAPH_ORIGIN: string;
export declare const TEAMS_VALID_DOMAINS_URL: string;

export interface FrameAncestor {
  /** The CSP source expression. */
  readonly source: string;
  /** Which Microsoft 365 host frames the pages from there. */
  readonly host: string;
  /** Where the requirement comes from. */
  readonly why: string;
}

export declare const FRAME_ANCESTORS: readonly FrameAncestor[];

export interface ContentSecurityPolicyOptions {
  readonly target: 'local' | 'tenant';
  /** True for a <meta> tag: leaves out frame-ancestors, which browsers ignore there. */
  readonly meta?: boolean;
  /** Graph (tenant) or the local Graph server (local); only its origin is used. */
  readonly graphBaseUrl?: string;
  /** Narrows `https://*.sharepoint.com` to the school's own SharePoint host, e.g. contoso.sharepoint.com. */
  readonly sharePointHost?: string;
}

export declare function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string;
