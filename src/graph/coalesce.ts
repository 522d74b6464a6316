import { executeBatch, MAX_BATCH_PARTS } from './batch';
import type { GraphClient, GraphRequestInit, GraphResponse } from './graph-client';

/**
 * A client whose reads, when several are asked for in the same turn of the event loop, travel together as one
 * JSON `$batch` (fully parallel: no part depends on another), so code that reads in parallel — the tab's start-up,
 * a view's queries — pays one round trip (and one CORS preflight) instead of one per read. A read asked for
 * alone goes as it is. Everything else (writes, a caller's own `$batch`) passes straight through.
 *
 * Each part is judged on its own: a part's failure is that read's GraphError; throttled parts are retried by
 * `executeBatch`'s rounds after their Retry-After, as any batch's are.
 */
export function coalesceReads(graph: GraphClient): GraphClient {
  let queue: Queued[] = [];

  function flush(): void {
    const reads = queue;
    queue = [];
    for (let start = 0; start < reads.length; start += MAX_BATCH_PARTS) void send(reads.slice(start, start + MAX_BATCH_PARTS));
  }

  async function send(reads: Queued[]): Promise<void> {
    if (reads.length === 1) {
      const [read] = reads;
      graph.send(read!.init).then(read!.resolve, read!.reject);
      return;
    }
    try {
      const answers = await executeBatch(
        graph,
        reads.map(({ url, init }) => ({ method: 'GET' as const, url, ...(init.headers ? { headers: init.headers } : {}) })),
      );
      answers.forEach((answer, i) => {
        const read = reads[i]!;
        if (answer.ok) read.resolve({ status: answer.status, headers: new Headers(answer.headers), body: answer.body });
        else read.reject(answer.error);
      });
    } catch (error) {
      for (const read of reads) read.reject(error);
    }
  }

  return {
    ...graph,
    send<T>(init: GraphRequestInit): Promise<GraphResponse<T>> {
      // A read that accepts an error status wants the response itself, which a batch part does not keep.
      if (init.method !== 'GET' || init.acceptStatuses) return graph.send<T>(init);
      return new Promise<GraphResponse<T>>((resolve, reject) => {
        // An aborted read fails at once; its part, if already sent, is simply not awaited.
        if (init.signal?.aborted) return reject(init.signal.reason);
        init.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
        const url = graph.toRelative(init.url);
        if (queue.length === 0) setTimeout(flush, 0);
        queue.push({ url, init, resolve: resolve as Queued['resolve'], reject });
      });
    },
  };
}

interface Queued {
  /** Service-relative, as a batch part needs it. */
  readonly url: string;
  readonly init: GraphRequestInit;
  resolve(response: GraphResponse): void;
  reject(error: unknown): void;
}
