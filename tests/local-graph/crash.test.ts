import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoSiteId } from '../../tools/local-graph/demo-tenant';
import { EDITOR, type Json } from './helpers';

/**
 * Kills the server process (SIGKILL) while $batch creates are in flight, restarts it on the
 * same data directory and checks that every stored item is whole, that every acknowledged
 * create survived, and that envelopes were all-or-nothing.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mainTs = join(root, 'tools/local-graph/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-graph-crash-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts main.ts as its own process (node --import tsx: one pid, so SIGKILL hits the server itself). */
async function startChild(): Promise<{ child: ChildProcess; graph: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainTs], {
    cwd: root,
    env: { ...process.env, WAYPOINT_GRAPH_PORT: '0', WAYPOINT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/\S+?)\/v1\.0/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code, signal) => fail(new Error(`server exited early (${code ?? signal}): ${out}`)));
  });
  return { child, graph: `${url}/v1.0` };
}

const headers = { Authorization: EDITOR, 'Content-Type': 'application/json' };
const NOTES = (n: number): string => `${n}:`.padEnd(2000, 'x');

function expectedFields(n: number): Record<string, unknown> {
  return { Title: `Row ${n}`, Code: `C-${n}`, Score: n, Active: n % 2 === 0, Due: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString().replace('.000Z', 'Z'), Notes: NOTES(n) };
}

describe('crash safety', () => {
  it('a SIGKILL mid-$batch leaves only complete items and loses no acknowledged write', async () => {
    const first = await startChild();
    const site = `/sites/${demoSiteId}`;
    const listRes = await fetch(`${first.graph}${site}/lists`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        displayName: 'Crash',
        columns: [
          { name: 'Code', text: {}, indexed: true },
          { name: 'Score', number: {} },
          { name: 'Active', boolean: {} },
          { name: 'Due', dateTime: {} },
          { name: 'Notes', text: { allowMultipleLines: true } },
        ],
      }),
    });
    const listId = ((await listRes.json()) as Json).id as string;
    const itemsPath = `${site}/lists/${listId}/items`;

    const acknowledged = new Set<number>();
    let nextN = 0;
    let killed = false;
    const sendEnvelopes = async (): Promise<void> => {
      while (!killed) {
        const ns = Array.from({ length: 20 }, () => nextN++);
        const requests = ns.map((n) => ({ id: String(n), method: 'POST', url: itemsPath, headers: { 'Content-Type': 'application/json' }, body: { fields: expectedFields(n) } }));
        try {
          const res = await fetch(`${first.graph}/$batch`, { method: 'POST', headers, body: JSON.stringify({ requests }) });
          const body = (await res.json()) as Json;
          for (const part of body.responses as Json[]) if (part.status === 201) acknowledged.add(Number(part.id));
        } catch {
          return; // the connection died with the server
        }
      }
    };
    const senders = Array.from({ length: 6 }, sendEnvelopes);
    // Let writes flow, then kill while envelopes are certainly in flight.
    while (acknowledged.size < 1500) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    killed = true;
    await Promise.all(senders);
    await new Promise((r) => (first.child.exitCode !== null || first.child.signalCode !== null ? r(null) : first.child.once('exit', r)));
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startChild();
    const stored: Json[] = [];
    let next: string | undefined = `${second.graph}${itemsPath}?$expand=fields&$top=1000`;
    while (next) {
      const page = (await (await fetch(next, { headers })).json()) as Json;
      stored.push(...(page.value as Json[]));
      next = page['@odata.nextLink'] as string | undefined;
    }

    const seen = new Set<number>();
    for (const item of stored) {
      const n = Number(/^Row (\d+)$/.exec(item.fields.Title as string)?.[1]);
      expect(Number.isInteger(n)).toBe(true);
      expect(item.fields).toMatchObject(expectedFields(n));
      expect(item.eTag).toMatch(/^"\{[0-9A-F-]{36}\},1"$/);
      seen.add(n);
    }
    expect(seen.size).toBe(stored.length); // no duplicates
    for (const n of acknowledged) expect(seen.has(n)).toBe(true);
    expect(stored.length % 20).toBe(0); // each envelope committed whole or not at all

    // Ids are never reused after the crash.
    const maxId = Math.max(...stored.map((i) => Number(i.id)));
    const after = (await (await fetch(`${second.graph}${itemsPath}`, { method: 'POST', headers, body: JSON.stringify({ fields: expectedFields(999_999) }) })).json()) as Json;
    expect(Number(after.id)).toBeGreaterThan(maxId);

    console.log(
      `[crash] items acknowledged before SIGKILL: ${acknowledged.size}; sent: ${nextN}; stored after restart: ${stored.length}, all complete; ` +
        `committed but unacknowledged: ${stored.length - acknowledged.size}`,
    );
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    expect(second.child.exitCode).toBe(0);
  }, 90_000);
});
