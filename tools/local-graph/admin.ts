import type { GraphResponse, Services } from './context';
import { GraphError } from './errors';

/**
 * Test and benchmark controls (faults, request counters), never part of Graph and absent from
 * anything deployed to a tenant (the local server is not in the build). They answer only a
 * loopback peer that sends ADMIN_HEADER: a custom header makes a browser preflight a
 * cross-site call, and the server never allows this header in a preflight, so no web page
 * the developer visits can switch on a 503 storm or read the counters.
 */
export const ADMIN_HEADER = 'X-Waypoint-Admin';
export const ADMIN_HEADERS: Readonly<Record<string, string>> = { [ADMIN_HEADER]: '1' };

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function assertAdminAllowed(remoteAddress: string | undefined, header: string | undefined): void {
  if (!remoteAddress || !LOOPBACK.test(remoteAddress)) throw new GraphError(403, 'accessDenied', 'Admin endpoints answer loopback callers only.');
  if (header !== '1') throw new GraphError(403, 'accessDenied', `Admin endpoints need the header '${ADMIN_HEADER}: 1'.`);
}

export function admin(services: Services, method: string, path: string, body: unknown): GraphResponse {
  const json = (b: unknown): GraphResponse => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: b });
  if (path === '/_admin/faults' && method === 'POST') return json(services.faults.configure(body));
  if (path === '/_admin/faults' && method === 'GET') return json({ ...services.faults.current(), injected: services.faults.injected });
  if (path === '/_admin/stats' && method === 'GET') return json(services.stats.snapshot());
  if (path === '/_admin/stats/reset' && method === 'POST') {
    services.stats.reset();
    return json(services.stats.snapshot());
  }
  throw new GraphError(404, 'itemNotFound', `No admin endpoint ${method} ${path}.`);
}
