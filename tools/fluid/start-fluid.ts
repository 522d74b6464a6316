import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startContainerRegistry } from './container-registry';

/** A running local Fluid service (tinylicious) with the meeting → container registry Live Share's local host uses. */
export interface LocalFluid {
  /** Base URL of the Fluid service, e.g. http://localhost:41234 (the `endpoint` of a local connection). */
  readonly endpoint: string;
  /** Base URL of the container registry (see container-registry.ts). */
  readonly registry: string;
  stop(): Promise<void>;
}

export interface LocalFluidOptions {
  /** Port for the Fluid service; default: a free one. (Tinylicious needs its port before it starts: no port 0.) */
  readonly port?: number;
  /** Port for the container registry; default 0 (any free port). */
  readonly registryPort?: number;
  /** Tinylicious' own log lines (noisy); off by default. */
  readonly log?: (line: string) => void;
  /** How long to wait for the service to listen. */
  readonly startTimeoutMs?: number;
}

/**
 * Starts Microsoft's local Fluid service, tinylicious, as a child process on a free port, keeping its
 * operations in memory and its summaries in a temporary directory that `stop` deletes. Nothing is downloaded:
 * tinylicious and its native LevelDB binding (prebuilt, shipped in the npm package) are dev dependencies.
 */
export async function startLocalFluid(options: LocalFluidOptions = {}): Promise<LocalFluid> {
  const port = options.port ?? (await freePort());
  // Another server on a chosen port would answer the start-up probe as if it were the service.
  if (options.port !== undefined && !(await isFree(options.port))) throw new Error(`port ${options.port} is in use`);
  const storage = await mkdtemp(join(tmpdir(), 'waypoint-fluid-'));
  const entry = createRequire(import.meta.url).resolve('tinylicious');
  const child = spawn(process.execPath, [entry], {
    cwd: storage,
    // nconf reads "a__b" environment variables as the config path a:b.
    env: { ...process.env, PORT: String(port), storage: join(storage, 'git'), db__inMemory: 'true', db__path: join(storage, 'db'), logger__level: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopChild = (): Promise<void> => stopProcess(child);
  try {
    await waitForListening(child, port, options);
    const registry = await startContainerRegistry(options.registryPort ?? 0);
    return {
      endpoint: `http://localhost:${port}`,
      registry: registry.url,
      async stop() {
        await Promise.all([registry.stop(), stopChild()]);
        await rm(storage, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild();
    await rm(storage, { recursive: true, force: true });
    throw error;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    // No host: the unspecified address, which clashes with a listener on any interface.
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/** Resolves once the service answers HTTP; rejects if it exits first or takes too long. */
async function waitForListening(child: ChildProcess, port: number, options: LocalFluidOptions): Promise<void> {
  const log = options.log;
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    if (log) for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The local Fluid service stopped while starting:\n${output}`);
    try {
      const res = await fetch(`http://localhost:${port}/`);
      await res.arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`The local Fluid service did not start on port ${port} within ${options.startTimeoutMs ?? 30_000} ms:\n${output}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 1000);
  await exited;
  clearTimeout(timeout);
}
