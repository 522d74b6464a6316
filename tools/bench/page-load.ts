/**
 * What a person waits for when a page opens on a school's network: Chromium with the network emulated (100 ms
 * latency, 10 Mbit/s each way, cache off), a fresh browser context per run, the page's own clock.
 *
 * "Usable" is a condition on the page's DOM, checked on every DOM change from the first byte (an init script with
 * a MutationObserver), so the moment is the page's own `performance.now()`, not a poll's. What loaded before that
 * moment comes from the page's Resource Timing entries: the scripts (counted at their gzip size, every file, not
 * only the entries), and the Graph requests, of which the longest chain where each starts after the one before it
 * ended is the number of round trips the person waited through one after another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import type { Browser, Page } from 'playwright-core';

export const SCHOOL_NETWORK = { latencyMs: 100, megabitsPerSecond: 10 } as const;

/** Conditions on the page's DOM, as JavaScript expressions evaluated in the page, by name. */
export type Conditions = Readonly<Record<string, string>>;

/** What had loaded by the moment a condition first held. */
export interface LoadedBefore {
  readonly javascriptKb: number;
  readonly javascriptFiles: number;
  readonly graphRequests: number;
  readonly graphRoundTrips: number;
  /** Requests of any kind one after another (the page, scripts, config.json, Graph). */
  readonly requestsInSequence: number;
}

export interface LoadRun {
  /** When each condition first held, in ms since navigation started. */
  readonly at: Readonly<Record<string, number>>;
  /** What had loaded by then, per condition. */
  readonly before: Readonly<Record<string, LoadedBefore>>;
  /** Long tasks before the page was usable. */
  readonly longestTaskMs: number;
  readonly blockingMs: number;
}

interface Timing {
  readonly name: string;
  readonly initiatorType: string;
  readonly startTime: number;
  readonly responseEnd: number;
}

/** Records, in the page, when each condition first holds and every long task. */
function watcher(conditions: Conditions): string {
  const checks = Object.entries(conditions)
    .map(([name, expression]) => `[${JSON.stringify(name)}, () => { try { return Boolean(${expression}); } catch { return false; } }]`)
    .join(',');
  return `(() => {
    const marks = (window.__benchMarks = {});
    const longTasks = (window.__benchLongTasks = []);
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
    performance.setResourceTimingBufferSize(2000);
    const checks = [${checks}];
    const check = () => { for (const [name, holds] of checks) if (marks[name] === undefined && holds()) marks[name] = performance.now(); };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  })();`;
}

/** Opens `url` once on the emulated network and waits until every condition has held. */
export async function measureLoad(
  browser: Browser,
  url: string,
  options: {
    readonly conditions: Conditions;
    /** The condition that means usable: what loaded before it is counted. */
    readonly usable: string;
    readonly graphUrl: string;
    /** The built pages, for each script's gzip size. */
    readonly dist: string;
    /** Done once the page is usable, e.g. opening the tab whose content a later condition waits for. */
    readonly afterUsable?: (page: Page) => Promise<void>;
    readonly timeoutMs?: number;
  },
): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytesPerSecond = (SCHOOL_NETWORK.megabitsPerSecond * 1_000_000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SCHOOL_NETWORK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await page.addInitScript(watcher(options.conditions));
    const timeout = options.timeoutMs ?? 60_000;
    await page.goto(url, { waitUntil: 'commit' });
    const holds = (name: string) => page.waitForFunction((n) => (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks[n] !== undefined, name, { timeout });
    await holds(options.usable);
    await options.afterUsable?.(page);
    for (const name of Object.keys(options.conditions)) await holds(name);

    const seen = await page.evaluate(() => ({
      at: (window as unknown as { __benchMarks: Record<string, number> }).__benchMarks,
      longTasks: (window as unknown as { __benchLongTasks: { start: number; duration: number }[] }).__benchLongTasks,
      timings: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
        const t = e as PerformanceResourceTiming;
        return { name: t.name, initiatorType: t.initiatorType, startTime: t.startTime, responseEnd: t.responseEnd };
      }),
    }));
    const pagesOrigin = new URL(url).origin;
    const loadedBy = (moment: number): LoadedBefore => {
      const before = seen.timings.filter((t) => t.responseEnd <= moment);
      const scripts = before.filter((t) => t.name.startsWith(pagesOrigin) && new URL(t.name).pathname.endsWith('.js'));
      const graph = before.filter((t) => t.name.startsWith(options.graphUrl));
      return {
        javascriptKb: scripts.reduce((sum, s) => sum + gzipBytes(options.dist, new URL(s.name).pathname), 0) / 1024,
        javascriptFiles: scripts.length,
        graphRequests: graph.length,
        graphRoundTrips: longestChain(graph),
        requestsInSequence: longestChain(before),
      };
    };
    const tasks = seen.longTasks.filter((t) => t.start < seen.at[options.usable]!);
    if (process.env.WAYPOINT_BENCH_TRACE === '1') traceRequests(seen.timings, tasks, seen.at[options.usable]!, options.dist);
    return {
      at: seen.at,
      before: Object.fromEntries(Object.entries(seen.at).map(([name, moment]) => [name, loadedBy(moment)])),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      // Total blocking time: each long task's time over 50 ms.
      blockingMs: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

/** WAYPOINT_BENCH_TRACE=1: every request and long task before the page was usable, in the order it started. */
function traceRequests(timings: readonly Timing[], longTasks: readonly { start: number; duration: number }[], usableAt: number, dist: string): void {
  const lines = timings
    .filter((t) => t.responseEnd <= usableAt)
    .sort((a, b) => a.startTime - b.startTime)
    .map((t) => {
      const url = new URL(t.name);
      const kb = url.pathname.endsWith('.js') ? ` ${(gzipBytes(dist, url.pathname) / 1024).toFixed(1)} KB` : '';
      return { start: t.startTime, line: `  ${t.startTime.toFixed(0).padStart(5)}–${t.responseEnd.toFixed(0).padStart(5)} ms  ${decodeURIComponent(url.pathname + url.search).slice(0, 110)}${kb}` };
    })
    .concat(longTasks.map((t) => ({ start: t.start, line: `  ${t.start.toFixed(0).padStart(5)}–${(t.start + t.duration).toFixed(0).padStart(5)} ms  (long task, ${t.duration.toFixed(0)} ms)` })))
    .sort((a, b) => a.start - b.start)
    .map((l) => l.line);
  console.log(`requests before usable (${usableAt.toFixed(0)} ms):\n${lines.join('\n')}`);
}

/** The most requests in a row where each started only after the one before it had finished. */
export function longestChain(timings: readonly Pick<Timing, 'startTime' | 'responseEnd'>[]): number {
  const byEnd = [...timings].sort((a, b) => a.responseEnd - b.responseEnd);
  const depth: number[] = [];
  byEnd.forEach((t, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if (byEnd[j]!.responseEnd <= t.startTime) best = Math.max(best, depth[j]!);
    depth.push(best + 1);
  });
  return Math.max(0, ...depth);
}

/** A built file's size compressed with gzip: the .gz the build wrote, or gzip -9 of the file. */
function gzipBytes(dist: string, pathname: string): number {
  const file = join(dist, decodeURIComponent(pathname).replace(/^\/+/, ''));
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

/** Five runs (WAYPOINT_BENCH_RUNS), each figure's median. */
export async function medianOfRuns(runs: number, once: () => Promise<LoadRun>): Promise<{ median: LoadRun; all: LoadRun[] }> {
  const all: LoadRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  const med = (pick: (r: LoadRun) => number): number => median(all.map(pick));
  const names = Object.keys(all[0]!.at);
  const medBefore = (name: string): LoadedBefore => ({
    javascriptKb: med((r) => r.before[name]!.javascriptKb),
    javascriptFiles: med((r) => r.before[name]!.javascriptFiles),
    graphRequests: med((r) => r.before[name]!.graphRequests),
    graphRoundTrips: med((r) => r.before[name]!.graphRoundTrips),
    requestsInSequence: med((r) => r.before[name]!.requestsInSequence),
  });
  return {
    all,
    median: {
      at: Object.fromEntries(names.map((n) => [n, med((r) => r.at[n]!)])),
      before: Object.fromEntries(names.map((n) => [n, medBefore(n)])),
      longestTaskMs: med((r) => r.longestTaskMs),
      blockingMs: med((r) => r.blockingMs),
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
