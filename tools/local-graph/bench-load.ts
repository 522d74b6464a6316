import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_HEADERS } from './admin';
import { demoSiteId } from './demo-tenant';

/**
 * Benchmark: bulk-load items through $batch into a server running as its own process.
 *   npx tsx tools/local-graph/bench-load.ts [items=50000] [envelopesInFlight=4]
 */
const total = Number(process.argv[2] ?? 50_000);
const inFlight = Number(process.argv[3] ?? 4);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- benchmark reads untyped JSON
type Json = any;
const auth = { Authorization: 'Bearer dev:bench@contoso.com', 'Content-Type': 'application/json' };

const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-graph-bench-'));
const main = join(dirname(fileURLToPath(import.meta.url)), 'main.ts');
const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', main], {
  env: { ...process.env, WAYPOINT_GRAPH_PORT: '0', WAYPOINT_DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});

try {
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /(http:\/\/\S+)\/v1\.0/.exec(chunk.toString());
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const graph = `${url}/v1.0`;
  const site = `/sites/${demoSiteId}`;
  const post = async (path: string, body: unknown): Promise<Json> => (await fetch(`${graph}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) })).json();

  const list = await post(`${site}/lists`, {
    displayName: 'Bench',
    columns: [{ name: 'Code', text: {}, indexed: true }, { name: 'Cohort', text: {} }, { name: 'Score', number: {} }, { name: 'Active', boolean: {} }],
  });
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (;;) {
      const first = next;
      next += 20;
      if (first >= total) return;
      const requests = Array.from({ length: Math.min(20, total - first) }, (_, k) => ({
        id: String(first + k),
        method: 'POST',
        url: `${site}/lists/${list.id}/items`,
        headers: { 'Content-Type': 'application/json' },
        body: { fields: { Title: `Row ${first + k}`, Code: `C${first + k}`, Cohort: `G${(first + k) % 12}`, Score: first + k, Active: (first + k) % 2 === 0 } },
      }));
      const res = await post('/$batch', { requests });
      const failed = (res.responses as { status: number }[]).filter((r) => r.status !== 201);
      if (failed.length) throw new Error(`unexpected statuses ${JSON.stringify(failed.slice(0, 2))}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const loadMs = performance.now() - started;
  console.log(`loaded ${total} items in ${(loadMs / 1000).toFixed(1)} s (${Math.round(total / (loadMs / 1000))} items/s, ${Math.ceil(total / 20)} envelopes, ${inFlight} in flight)`);

  const get = async (path: string): Promise<[number, Json]> => {
    const t0 = performance.now();
    const body = await (await fetch(`${graph}${path}`, { headers: auth })).json();
    return [performance.now() - t0, body];
  };
  const [indexedMs, indexed] = await get(`${site}/lists/${list.id}/items?$expand=fields&$filter=${encodeURIComponent(`fields/Code eq 'C${total - 7}'`)}`);
  console.log(`indexed eq filter: ${indexedMs.toFixed(1)} ms (${indexed.value.length} match)`);
  let pages = 0;
  let path: string | undefined = `${site}/lists/${list.id}/items?$expand=fields&$top=5000`;
  const t0 = performance.now();
  while (path) {
    const [, body] = await get(path.replace(graph, ''));
    pages++;
    path = body['@odata.nextLink'];
  }
  console.log(`read all ${total} items in ${pages} pages of 5000: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const stats = await (await fetch(`${url}/_admin/stats`, { headers: ADMIN_HEADERS })).json();
  console.log(`server stats: ${stats.batch.envelopes} envelopes, ${stats.batch.parts} parts, ${(stats.responseBytes / 1e6).toFixed(1)} MB sent`);
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
