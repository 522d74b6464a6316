import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalGraphServer } from '../../tools/local-graph/server';
import { startStaticServer } from '../../tools/static-server';
import { adminFetch, call, createList, EDITOR, sitePath, startTestServer, type TestServer } from './helpers';

/** Hostile or broken input gets a clear 4xx and the servers keep answering. */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.cleanup();
});

/** A raw request (fetch would normalise the path and refuse some headers). */
function rawRequest(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const req = request({ hostname: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

const stillAnswers = async (): Promise<void> => {
  expect((await call(t.graph, 'GET', sitePath)).status).toBe(200);
};

describe('the local Graph server fails closed', () => {
  it('answers a path that does not decode, malformed JSON, a 100,000-deep body and a 9 MB body with 4xx', async () => {
    const list = await createList(t.graph, []);
    expect((await rawRequest(t.server.url, '/v1.0/%E0%A4%A', { headers: { Authorization: EDITOR } })).status).toBeLessThan(500);
    expect((await rawRequest(t.server.url, `/v1.0${list.path}/items/%E0%A4%A`, { headers: { Authorization: EDITOR } })).status).toBe(404);
    const post = (body: string | Buffer) =>
      rawRequest(t.server.url, `/v1.0${list.path}/items`, { method: 'POST', headers: { Authorization: EDITOR, 'Content-Type': 'application/json' }, body });
    expect((await post('{"fields": {')).status).toBe(400);
    const deep = await post(`{"fields":{"Title":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`);
    expect(deep.status).toBe(400);
    expect(JSON.parse(deep.body).error.message).toMatch(/nested/);
    expect((await post(Buffer.alloc(9 * 1024 * 1024, 0x20))).status).toBe(413);
    await stillAnswers();
  });

  it('builds links on its public URL, never on the Host header', async () => {
    const res = await rawRequest(t.server.url, `/v1.0${sitePath}/lists`, { headers: { Authorization: EDITOR, Host: 'evil.example' } });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { '@odata.context': string };
    expect(body['@odata.context'].startsWith(`${t.server.url}/v1.0/`)).toBe(true);
    expect(res.body).not.toContain('evil.example');
  });

  it('keeps the admin controls from cross-site pages: no header, no answer; the preflight never allows the header', async () => {
    const simple = await rawRequest(t.server.url, '/_admin/faults', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
      body: JSON.stringify({ rate: 1, status: 503 }),
    });
    expect(simple.status).toBe(403);
    expect((await rawRequest(t.server.url, '/_admin/stats')).status).toBe(403);
    const preflight = await fetch(`${t.server.url}/_admin/faults`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:3000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-waypoint-admin' },
    });
    expect(preflight.headers.get('access-control-allow-headers') ?? '').not.toMatch(/x-waypoint-admin/i);
    await stillAnswers(); // no storm was switched on
    expect((await adminFetch(t.server, '/stats')).status).toBe(200);
  });
});

describe('the data folder', () => {
  it('refuses a damaged database at start-up with a plain message saying what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-damaged-'));
    try {
      const server = await startLocalGraphServer({ port: 0, dataDir: dir });
      await server.close();
      const file = join(dir, 'graph.sqlite');
      const bytes = readFileSync(file);
      bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 6)); // overwrite the pages after the first
      writeFileSync(file, bytes);
      await expect(startLocalGraphServer({ port: 0, dataDir: dir })).rejects.toThrow(/damaged.*Restore the data folder from your backup/s);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a truncated write-ahead log instead of silently dropping acknowledged items', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-wal-'));
    const copy = join(dir, 'copy');
    const server = await startLocalGraphServer({ port: 0, dataDir: dir });
    try {
      const list = await createList(`${server.url}/v1.0`, [{ name: 'Note', text: {} }]);
      for (let i = 0; i < 5; i++) {
        const res = await call(`${server.url}/v1.0`, 'POST', `${list.path}/items`, { body: { fields: { Title: `acknowledged ${i}` } } });
        expect(res.status).toBe(201);
      }
      // The folder as a careless copy would catch it: database and log, the log cut short.
      mkdirSync(copy);
      copyFileSync(join(dir, 'graph.sqlite'), join(copy, 'graph.sqlite'));
      copyFileSync(join(dir, 'graph.sqlite-wal'), join(copy, 'graph.sqlite-wal'));
      truncateSync(join(copy, 'graph.sqlite-wal'), statSync(join(copy, 'graph.sqlite-wal')).size - 100);
      await expect(startLocalGraphServer({ port: 0, dataDir: copy })).rejects.toThrow(/write-ahead log .* is truncated/);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the pages server', () => {
  const runtimeConfig = { mode: 'local', graphBaseUrl: 'http://localhost:4000', devUser: 'careers.leader@contoso.onmicrosoft.com', readOnly: false };
  let root: string;
  let pages: { url: string; server: import('node:http').Server };
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'waypoint-pages-'));
    mkdirSync(join(root, 'dist'));
    mkdirSync(join(root, 'dist-private'));
    writeFileSync(join(root, 'dist', 'tab.html'), '<!doctype html><title>tab</title>');
    writeFileSync(join(root, 'dist', 'app.js'), 'console.log("plain")');
    writeFileSync(join(root, 'dist', 'app.js.br'), brotliCompressSync('console.log("brotli")'));
    writeFileSync(join(root, 'dist-private', 'secret.txt'), 'secret');
    pages = await startStaticServer({ root: join(root, 'dist'), port: 0, runtimeConfig });
  });
  afterAll(async () => {
    await new Promise<void>((done) => pages.server.close(() => done()));
    rmSync(root, { recursive: true, force: true });
  });

  it('answers a path that does not decode with 400 and keeps serving', async () => {
    expect((await rawRequest(pages.url, '/%E0%A4%A')).status).toBe(400);
    expect((await rawRequest(pages.url, '/')).body).toContain('<title>tab</title>');
  });

  it('never serves a file outside its root, however the path is encoded', async () => {
    for (const path of ['/..%2fdist-private%2fsecret.txt', '/%2e%2e/dist-private/secret.txt', '/../dist-private/secret.txt', '/..%5cdist-private%5csecret.txt']) {
      const res = await rawRequest(pages.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('serves the precompressed sibling when the browser accepts it, the plain file otherwise', async () => {
    const br = await fetch(`${pages.url}/app.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(await br.text()).toContain('brotli'); // fetch decodes it
    const plain = await rawRequest(pages.url, '/app.js', { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.body).toContain('plain');
    expect(await (await fetch(`${pages.url}/config.json`)).json()).toEqual(runtimeConfig);
  });
});
