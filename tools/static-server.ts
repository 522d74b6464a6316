import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';

import sirv from 'sirv';

import { INLINE_CONFIG_ID } from '../src/app/inline-config';
import { parseRuntimeConfig } from '../src/config/runtime-config';

export interface StaticServerOptions {
  readonly root: string;
  readonly port: number;
  readonly host?: string;
  /**
   * The runtime configuration the pages read at start-up: written into every page (so a page needs no request
   * for it before its first Graph request), and served as /config.json for anything that fetches it. Checked
   * before the server starts, so a bad one stops it with the message a page would show.
   */
  readonly runtimeConfig: Record<string, unknown>;
}

/**
 * Serves the built pages for local development and browser tests (sirv), preferring a
 * precompressed `.br` / `.gz` sibling when the browser accepts it. Every request is checked
 * before sirv sees it: a path that does not decode is 400, and one that resolves outside the
 * root (`/..%2f…`) is 404, so no request can end the process or read a sibling folder. A page (`.html`) is
 * served with the runtime configuration written into its head.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<{ url: string; server: Server }> {
  parseRuntimeConfig(options.runtimeConfig);
  const root = resolve(options.root);
  const files = sirv(root, { dev: true, etag: true, brotli: true, gzip: true, dotfiles: false });
  const config = JSON.stringify(options.runtimeConfig);
  // `<` escaped, so no value can close the script element early.
  const inline = `<script type="application/json" id="${INLINE_CONFIG_ID}">${config.replace(/</g, '\\u003c')}</script>`;
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
    const page = path === '/' ? '/tab.html' : path;
    if (page.endsWith('.html') && existsSync(resolve(root, `.${page}`))) {
      const html = readFileSync(resolve(root, `.${page}`), 'utf8').replace('</head>', `${inline}</head>`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(request.method === 'HEAD' ? undefined : html);
    }
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
