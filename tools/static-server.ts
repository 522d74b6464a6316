import { createServer, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';

import sirv from 'sirv';

export interface StaticServerOptions {
  readonly root: string;
  readonly port: number;
  readonly host?: string;
  /** Served as /config.json: the runtime configuration the pages read at start-up. */
  readonly runtimeConfig: Record<string, unknown>;
}

/**
 * Serves the built pages for local development and browser tests (sirv), preferring a
 * precompressed `.br` / `.gz` sibling when the browser accepts it. Every request is checked
 * before sirv sees it: a path that does not decode is 400, and one that resolves outside the
 * root (`/..%2f…`) is 404, so no request can end the process or read a sibling folder.
 */
export function startStaticServer(options: StaticServerOptions): Promise<{ url: string; server: Server }> {
  const root = resolve(options.root);
  const files = sirv(root, { dev: true, etag: true, brotli: true, gzip: true, dotfiles: false });
  const config = JSON.stringify(options.runtimeConfig);
  const plain = (status: number, text: string) => (response: ServerResponse) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(text);
  };

  const server = createServer((request, response) => {
    const raw = (request.url ?? '/').split('?')[0]!;
    let path: string;
    try {
      path = decodeURIComponent(raw);
    } catch {
      return plain(400, 'Bad request: the path is not valid percent-encoding')(response);
    }
    if (path.includes('\0') || !isInside(root, resolve(root, `.${path}`))) return plain(404, 'Not found')(response);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')(response);
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(config);
    }
    if (path === '/') request.url = '/tab.html';
    files(request, response, () => plain(404, 'Not found')(response));
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      done({ url: `http://localhost:${port}`, server });
    });
  });
}

function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}
