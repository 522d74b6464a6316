import { InsecureTokenProvider } from '@fluidframework/test-client-utils';
import { ContainerState, TestLiveShareHost, type IFluidContainerInfo, type ILiveShareHost } from '@microsoft/live-share';
import type { LiveSelf } from '../meeting-live';
import type { JoinOptions } from './join';

/** Where the local Fluid service and its container registry are (tools/fluid/start-fluid.ts). */
export interface LocalFluidService {
  readonly endpoint: string;
  readonly registry: string;
}

/**
 * Live Share's test host, except that the meeting → container mapping Teams keeps is asked of the local
 * registry, so browsers (and test clients) with the same meeting id join one container.
 */
export function localLiveShare(service: LocalFluidService, meetingId: string, self: LiveSelf): Pick<JoinOptions, 'host' | 'connection'> {
  const test = TestLiveShareHost.create(() => undefined, () => {});
  const url = `${service.registry}/meetings/${encodeURIComponent(meetingId)}`;
  const host: ILiveShareHost = {
    getFluidTenantInfo: () => Promise.resolve({ tenantId: 'local', serviceEndpoint: service.endpoint }),
    getFluidToken: (containerId) => test.getFluidToken(containerId),
    getNtpTime: () => test.getNtpTime(),
    registerClientId: (clientId) => test.registerClientId(clientId),
    getClientRoles: (clientId) => test.getClientRoles(clientId),
    getClientInfo: (clientId) => test.getClientInfo(clientId),
    async getFluidContainerId(): Promise<IFluidContainerInfo> {
      const res = await fetch(url);
      if (res.status === 404) return { containerState: ContainerState.notFound, containerId: undefined, shouldCreate: true, retryAfter: 0 };
      const { containerId } = (await ok(res).json()) as { containerId: string };
      return { containerState: ContainerState.alreadyExists, containerId, shouldCreate: false, retryAfter: 0 };
    },
    async setFluidContainerId(containerId): Promise<IFluidContainerInfo> {
      const res = await fetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ containerId }) });
      const body = (await ok(res).json()) as { containerState: string; containerId: string };
      const state = body.containerState === 'Added' ? ContainerState.added : ContainerState.alreadyExists;
      return { containerState: state, containerId: body.containerId, shouldCreate: false, retryAfter: 0 };
    },
  };
  // Azure's audience insists on a name as well as an id (an AzureUser).
  const user = { id: self.participantId, name: self.displayName };
  const tokenProvider = new InsecureTokenProvider('', user);
  return { host, connection: { type: 'local', endpoint: service.endpoint, tokenProvider } };
}

function ok(res: Response): Response {
  if (!res.ok) throw new Error(`The local Live Share container registry answered ${res.status}.`);
  return res;
}
