import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

import { isAbortError } from '../../shared/service-error';
import { requestMethod, requestUrl } from './context';

/**
 * One line per attempt: method, path, status, duration, request id. It sits after the retry
 * middleware so each throttled attempt shows up. It never reads headers other than the
 * response's request id, and logs the path without its query string, because filters carry
 * people's names and e-mail addresses and tokens must never reach a log.
 */
export interface GraphLogEntry {
  readonly method: string;
  readonly path: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly ms: number;
  readonly requestId?: string;
  readonly outcome: 'response' | 'network-error' | 'aborted';
}

export type GraphLogger = (entry: GraphLogEntry) => void;

export class LoggingMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly logger: GraphLogger,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('LoggingMiddleware has no next middleware');
    const started = this.now();
    const method = requestMethod(context);
    const path = pathOf(requestUrl(context));
    try {
      await this.next.execute(context);
    } catch (error) {
      this.emit({ method, path, status: 0, ms: Math.round(this.now() - started), outcome: isAbortError(error) ? 'aborted' : 'network-error' });
      throw error;
    }
    const response = context.response as Response | undefined;
    const requestId = response?.headers.get('request-id') ?? response?.headers.get('client-request-id') ?? undefined;
    this.emit({
      method,
      path,
      status: response?.status ?? 0,
      ms: Math.round(this.now() - started),
      outcome: 'response',
      ...(requestId ? { requestId } : {}),
    });
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private emit(entry: GraphLogEntry): void {
    try {
      this.logger(entry);
    } catch {
      // A broken logger must never break a request.
    }
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
