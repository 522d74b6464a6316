import { app, nestedAppAuth, pages, people } from '@microsoft/teams-js';

import type { AuthHost } from '../../auth/auth-host';

import { hostContextFromTeams, hostThemeOf } from './context';
import { canShareToStage, shareAppContentToStage } from './meeting-stage';
import { type HostAdapter, type HostCapabilities, type HostContext, type HostPerson, type HostTheme, notSupported, NotSupportedError, type TabInstanceConfig } from '../host-types';

let initialisation: Promise<void> | undefined;

/** teams-js must be initialised exactly once per page, before any other call. */
function initialiseOnce(): Promise<void> {
  initialisation ??= app.initialize();
  // A page that gave up waiting (see connectHost) must not see teams-js's own 60 s timeout as an unhandled error.
  initialisation.catch(() => undefined);
  return initialisation;
}

/** Each call is guarded the same way: initialised (done in connect), right frame, capability, then call. */
function supportedOrFalse(check: () => boolean): boolean {
  try {
    return check();
  } catch {
    return false;
  }
}

export async function connectTeamsHost(): Promise<HostAdapter> {
  await initialiseOnce();
  const context = hostContextFromTeams(await app.getContext());
  const configFrame = context.frame === 'settings' || context.frame === 'remove';
  const capabilities: HostCapabilities = {
    tabConfig: configFrame && supportedOrFalse(() => pages.config.isSupported()),
    shareToStage: await canShareToStage(context.frame),
    selectPeople:
      (context.frame === 'content' || context.frame === 'settings') && supportedOrFalse(() => people.isSupported()),
  };
  return teamsAdapter(context, capabilities);
}

function teamsAdapter(context: HostContext, capabilities: HostCapabilities): HostAdapter {
  // teams-js keeps one theme handler; we register it once and fan out.
  const themeListeners = new Set<(theme: HostTheme) => void>();
  app.registerOnThemeChangeHandler((theme) => {
    for (const listener of themeListeners) listener(hostThemeOf(theme));
  });
  const requireConfig = (): void => {
    if (!capabilities.tabConfig) notSupported('Tab settings');
  };

  const auth: AuthHost = {
    kind: 'teams',
    loginHint: () => Promise.resolve(context.user?.userPrincipalName),
    naaRecommended: () => supportedOrFalse(() => nestedAppAuth.isNAAChannelRecommended()),
  };

  return {
    context,
    capabilities,
    auth,
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => themeListeners.delete(listener);
    },
    notifyReady() {
      void app.notifySuccess().catch(() => undefined);
    },
    setConfigValid(valid) {
      requireConfig();
      pages.config.setValidityState(valid);
    },
    onConfigSave(handler: () => Promise<TabInstanceConfig>) {
      requireConfig();
      pages.config.registerOnSaveHandler((event) => {
        handler()
          .then((config) => pages.config.setConfig({ ...config }))
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
    },
    onConfigRemove(handler: () => Promise<void>) {
      requireConfig();
      pages.config.registerOnRemoveHandler((event) => {
        handler().then(
          () => event.notifySuccess(),
          (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
        );
      });
    },
    shareToStage(url) {
      if (!capabilities.shareToStage) return Promise.reject(new NotSupportedError('Sharing to the meeting stage'));
      return shareAppContentToStage(url);
    },
    async selectPeople(preselectedIds): Promise<HostPerson[]> {
      if (!capabilities.selectPeople) throw new NotSupportedError('Choosing people from the team');
      const picked = await people.selectPeople({ setSelected: [...preselectedIds], openOrgWideSearchInChatOrChannel: false });
      return picked.map((p) => ({
        id: p.objectId,
        displayName: p.displayName || p.email || p.objectId,
        ...(p.email ? { email: p.email } : {}),
      }));
    },
  };
}
