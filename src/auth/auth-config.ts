/**
 * MSAL configuration for Waypoint, kept apart from the token flow (msal-token-provider.ts) and
 * from request shaping (token-request.ts).
 *
 * Decisions:
 * - Least privilege: the default scope is delegated `Sites.Selected` (see docs/permissions.md);
 *   scopes come from the runtime configuration so a school can choose the broader alternative.
 * - Authority: the school's tenant (or 'organizations'); personal Microsoft accounts and B2C are
 *   not supported (NAA supports neither B2C nor, for our data, personal accounts).
 * - Cache: sessionStorage, never localStorage: tokens die with the tab or window. (The Office
 *   dialog's redirect flow needs storage that survives one navigation, so memory is not enough
 *   there; one rule for all pages keeps it simple.)
 * - Logging: warnings and errors only, PII logging off, and every line passes through
 *   `redactSecrets` before it reaches our logger.
 * - Redirect URI: the redirect bridge page (MSAL v5 delivers popup and silent-iframe responses
 *   through it, and the Office dialog's redirect flow returns through it).
 */
import { type Configuration, LogLevel } from '@azure/msal-browser';

import type { TenantRuntimeConfig } from '../config/runtime-config';

export const LOGIN_HOST = 'https://login.microsoftonline.com';

/** Page paths, relative to the configured origin. */
export const AUTH_REDIRECT_PATH = '/auth-redirect.html';
export const AUTH_DIALOG_PATH = '/auth-dialog.html';

export const TOKEN_CACHE_LOCATION = 'sessionStorage';

/** One line of sign-in diagnostics. Implementations must not add anything secret either. */
export interface AuthLogger {
  warn(message: string): void;
  error(message: string): void;
  info?(message: string): void;
}

/** Warnings and errors to the console; already redacted by the caller. */
export const consoleAuthLogger: AuthLogger = {
  warn: (message) => console.warn(`[waypoint auth] ${message}`),
  error: (message) => console.error(`[waypoint auth] ${message}`),
};

export function authorityFor(tenantId: string): string {
  return `${LOGIN_HOST}/${tenantId}`;
}

export function redirectUriFor(origin: string): string {
  return `${origin}${AUTH_REDIRECT_PATH}`;
}

export function authDialogPageFor(origin: string): string {
  return `${origin}${AUTH_DIALOG_PATH}`;
}

const JWT = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi;
const TOKEN_PARAM = /\b(access_token|id_token|refresh_token|code|client_info|client_secret|assertion)=([^&\s"']+)/gi;
const TOKEN_FIELD = /("(?:accessToken|idToken|refreshToken|access_token|id_token|refresh_token|secret)"\s*:\s*")[^"]*(")/gi;

/** Replaces anything that looks like a token, a bearer header or an OAuth secret parameter. */
export function redactSecrets(text: string): string {
  return text
    .replace(JWT, '[redacted-token]')
    .replace(BEARER, 'Bearer [redacted]')
    .replace(TOKEN_PARAM, '$1=[redacted]')
    .replace(TOKEN_FIELD, '$1[redacted]$2');
}

export interface MsalConfigurationOptions {
  readonly logger?: AuthLogger;
}

export function buildMsalConfiguration(config: TenantRuntimeConfig, options: MsalConfigurationOptions = {}): Configuration {
  const logger = options.logger ?? consoleAuthLogger;
  const redirectUri = redirectUriFor(config.origin);
  return {
    auth: {
      clientId: config.clientId,
      authority: authorityFor(config.tenantId),
      redirectUri,
      postLogoutRedirectUri: redirectUri,
    },
    cache: { cacheLocation: TOKEN_CACHE_LOCATION },
    system: {
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (containsPii) return;
          const line = `msal: ${redactSecrets(message)}`;
          if (level === LogLevel.Error) logger.error(line);
          else if (level === LogLevel.Warning) logger.warn(line);
        },
      },
    },
  };
}
