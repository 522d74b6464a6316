/**
 * Picks the TokenProvider for the runtime configuration: the dev provider for the local Graph
 * server, MSAL (nested app authentication where the host offers it) for a real tenant.
 */
import type { RuntimeConfig } from '../config/runtime-config';
import type { AuthLogger } from './auth-config';
import type { AuthHost } from './auth-host';
import { createDevTokenProvider } from './dev-token-provider';
import { getMsalTokenProvider, type MsalFactory } from './msal-token-provider';
import type { TokenProvider } from './token-provider';

export interface CreateTokenProviderOptions {
  readonly msal?: MsalFactory;
  readonly logger?: AuthLogger;
}

export function createTokenProvider(config: RuntimeConfig, host: AuthHost, options: CreateTokenProviderOptions = {}): TokenProvider {
  if (config.mode === 'local') return createDevTokenProvider({ upn: config.devUser, readOnly: config.readOnly });
  return getMsalTokenProvider({ config, host, ...options });
}
