import { errorResponse, type GraphResponse } from './context';
import type { Store } from './store';

/**
 * Group commit. With synchronous=FULL every commit waits for the disk (1–4 ms here), so
 * requests that arrive together (e.g. several $batch envelopes in flight) run in one
 * transaction — each still in its own savepoint — and all are answered after that single
 * commit. Nothing is sent before it is durable; a crash loses only unanswered requests.
 */
interface Pending {
  work: () => GraphResponse;
  ids: { requestId: string; clientRequestId: string };
  resolve: (response: GraphResponse) => void;
}

export class CommitGroup {
  private queue: Pending[] = [];

  constructor(private readonly store: Store) {}

  run(work: () => GraphResponse, ids: Pending['ids']): Promise<GraphResponse> {
    return new Promise((resolve) => {
      this.queue.push({ work, ids, resolve });
      if (this.queue.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const group = this.queue;
    this.queue = [];
    let responses: GraphResponse[];
    try {
      // Handlers never throw (dispatch turns errors into responses); only the commit can.
      responses = this.store.tx(() => group.map((p) => p.work()));
    } catch (err) {
      responses = group.map((p) => errorResponse(err, p.ids));
    }
    group.forEach((p, i) => p.resolve(responses[i]!));
  }
}
