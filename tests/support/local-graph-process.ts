import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The local Graph server as its own process on `dataDir` (node --import tsx: one pid, so SIGKILL
 * hits the server itself), for tests that kill it mid-request. `url` has no `/v1.0`.
 */
export async function startGraphProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools/local-graph/main.ts')], {
    cwd: root,
    env: { ...process.env, WAYPOINT_GRAPH_PORT: '0', WAYPOINT_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/\S+?)\/v1\.0/.exec(out);
      if (m) ok(m[1]!);
    });
    child.once('exit', (code, signal) => fail(new Error(`server exited early (${code ?? signal}): ${out}`)));
  });
  return { child, url };
}
