import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Which Fluid container holds each meeting's live state: the local stand-in for the mapping Teams keeps for
 * Live Share (`getFluidContainerId` / `setFluidContainerId` of teams-js's LiveShareHost). The first client to
 * register a container for a meeting wins; a later one is told the winner's id, as Teams answers
 * "AlreadyExists", and joins that container instead. In memory: like Live Share state, it is ephemeral.
 *
 *   GET /meetings/{id}  → 200 { containerId } | 404
 *   PUT /meetings/{id}  { containerId } → 201 { containerState: "Added", containerId }
 *                                      | 200 { containerState: "AlreadyExists", containerId: <the first one> }
 */
export interface ContainerRegistry {
  readonly url: string;
  stop(): Promise<void>;
}

const MAX_BODY = 4096;

export async function startContainerRegistry(port = 0): Promise<ContainerRegistry> {
  const containers = new Map<string, string>();
  const server = createServer((req, res) => void handle(req, res, containers));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, containers: Map<string, string>): Promise<void> {
  // Pages and the registry are on different local ports.
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  if (req.method === 'OPTIONS') return send(res, 204);
  const match = /^\/meetings\/([^/?]+)$/.exec(req.url ?? '');
  if (!match) return send(res, 404, { error: 'Not found' });
  const meetingId = decodeURIComponent(match[1]!);
  if (req.method === 'GET') {
    const containerId = containers.get(meetingId);
    return containerId ? send(res, 200, { containerId }) : send(res, 404, { error: 'No container for this meeting yet' });
  }
  if (req.method === 'PUT') {
    const containerId = await readContainerId(req);
    if (!containerId) return send(res, 400, { error: 'Send { "containerId": "<id>" }' });
    const existing = containers.get(meetingId);
    if (existing) return send(res, 200, { containerState: 'AlreadyExists', containerId: existing });
    containers.set(meetingId, containerId);
    return send(res, 201, { containerState: 'Added', containerId });
  }
  return send(res, 405, { error: 'Use GET or PUT' });
}

async function readContainerId(req: IncomingMessage): Promise<string | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_BODY) return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(body);
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as { containerId?: unknown }).containerId : undefined;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body?: object): void {
  if (body) res.setHeader('Content-Type', 'application/json');
  res.writeHead(status);
  res.end(body ? JSON.stringify(body) : undefined);
}
