import { describe, expect, it } from 'vitest';

import { meetingLiveSetting } from '../../../src/app/tab/ports';
import type { RuntimeConfig } from '../../../src/config/runtime-config';
import type { HostContext } from '../../../src/host/host-types';

const local: RuntimeConfig = { mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'a@x.org', readOnly: false };
const withFluid: RuntimeConfig = { ...local, fluid: { endpoint: 'http://localhost:7070', registry: 'http://localhost:7071' } };
const tenant: RuntimeConfig = { mode: 'tenant', clientId: 'c', tenantId: 't', origin: 'https://w.example', graphBaseUrl: 'https://graph.microsoft.com', scopes: [] };
const host = (frame: HostContext['frame'], kind: HostContext['kind'] = 'teams'): HostContext => ({ kind, frame, theme: 'default', locale: 'en-GB' });

describe('where the meeting’s live layer comes from', () => {
  it('is Teams’ Live Share in a meeting’s side panel or on its stage, and nowhere else in a tenant', () => {
    expect(meetingLiveSetting(tenant, host('sidePanel'))).toEqual({ kind: 'teams-meeting' });
    expect(meetingLiveSetting(tenant, host('meetingStage'))).toEqual({ kind: 'teams-meeting' });
    // A channel tab, even a meeting's chat tab: polling, and Live Share is never loaded.
    expect(meetingLiveSetting(tenant, { ...host('content'), meetingId: 'm-1' })).toEqual({ kind: 'none' });
  });

  it('is the local Fluid service locally when one is configured, else polling', () => {
    expect(meetingLiveSetting(withFluid, host('content', 'browser'))).toEqual({ kind: 'local', endpoint: 'http://localhost:7070', registry: 'http://localhost:7071' });
    expect(meetingLiveSetting(local, host('content', 'browser'))).toEqual({ kind: 'none' });
  });
});
