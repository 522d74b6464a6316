import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  readonly root: string;
  readonly port: number;
  readonly host?: string;
  /** Served as /config.json: the runtime configuration the pages read at start-up. */
  readonly runtimeConfig: Record<string, unknown>;
}

/** Serves the built pages for local development and browser tests. */
export function startStaticServer(options: StaticServerOptions): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': contentTypes['.json'], 'cache-control': 'no-store' });
      response.end(JSON.stringify(options.runtimeConfig));
      return;
    }
    const file = normalize(join(options.root, path === '/' ? 'tab.html' : path));
    if (!file.startsWith(normalize(options.root)) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': contentTypes['.txt'] });
      response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://localhost:${port}`, server });
    });
  });
}
