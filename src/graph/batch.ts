import type { GraphClient, HttpMethod } from './graph-client';
import { headerValue } from './http-headers';
import { abortableSleep, type Sleep } from './middleware/retry-after';
import { backoffMs, DEFAULT_RETRY_POLICY } from './retry-policy';
import { graphErrorFrom } from './graph-error';
import { GraphError, isAmbiguous } from '../shared/service-error';

/**
 * JSON batching: many requests in one round trip, at most 20 per envelope (the service limit).
 *
 * The envelope answers 200 (or, per some docs, 424) even when parts fail, so every part is judged
 * on its own status. Parts answered 429, or 503/504 when repeating them is harmless, go again in a
 * fresh envelope after the LARGEST Retry-After among them (each part is throttled separately and
 * the SDK does not retry parts). Anything else comes back as that part's typed GraphError.
 */
export const MAX_BATCH_PARTS = 20;

export interface BatchPart {
  readonly method: HttpMethod;
  /** Service-relative, e.g. '/sites/{id}/lists/{id}/items'. */
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Safe to send again when its outcome is unknown. Defaults to every method but POST; a create
   * guarded by a unique key column may say true, because a repeat fails instead of duplicating.
   */
  readonly repeatable?: boolean;
}

export type BatchPartResult =
  | { readonly ok: true; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: unknown }
  | { readonly ok: false; readonly status: number; readonly error: GraphError };

export interface BatchOptions {
  readonly signal?: AbortSignal;
  /** Envelopes sent for one chunk, first included. */
  readonly maxRounds?: number;
  /** Ceiling on one wait between rounds (a larger Retry-After is cut to this). */
  readonly maxWaitMs?: number;
  /** Ceiling on all waits for one chunk; past it, the parts still waiting fail as throttled. */
  readonly maxTotalWaitMs?: number;
  readonly sleep?: Sleep;
}

interface PartResponse {
  id?: unknown;
  status?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

const isRepeatable = (part: BatchPart): boolean => part.repeatable ?? part.method !== 'POST';

/** Sends `parts` in envelopes of ≤ 20; results come back in the order of `parts`. */
export async function executeBatch(
  graph: GraphClient,
  parts: readonly BatchPart[],
  options: BatchOptions = {},
): Promise<BatchPartResult[]> {
  const results: BatchPartResult[] = new Array<BatchPartResult>(parts.length);
  for (let start = 0; start < parts.length; start += MAX_BATCH_PARTS) {
    const indices = range(start, Math.min(parts.length, start + MAX_BATCH_PARTS));
    await runChunk(graph, parts, indices, results, options);
  }
  return results;
}

async function runChunk(
  graph: GraphClient,
  parts: readonly BatchPart[],
  indices: number[],
  results: BatchPartResult[],
  options: BatchOptions,
): Promise<void> {
  const maxRounds = options.maxRounds ?? DEFAULT_RETRY_POLICY.maxAttempts;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_RETRY_POLICY.maxDelayMs;
  const maxTotalWaitMs = options.maxTotalWaitMs ?? DEFAULT_RETRY_POLICY.maxTotalWaitMs;
  const sleep = options.sleep ?? abortableSleep;
  let pending = indices;
  let waitedMs = 0;

  for (let round = 1; pending.length > 0; round++) {
    const retry: { index: number; error: GraphError }[] = [];
    const answers = await sendEnvelope(graph, parts, pending, options.signal);
    if (answers instanceof GraphError) {
      // The envelope itself failed (the middleware sends it once: these rounds are its retries).
      if (!isAmbiguous(answers) && answers.status !== 429) throw answers;
      for (const index of pending) {
        if (answers.status === 429 || isRepeatable(parts[index]!)) retry.push({ index, error: answers });
        else results[index] = { ok: false, status: answers.status, error: answers };
      }
    } else {
      for (const index of pending) {
        const answer = answers.get(String(index));
        if (!answer) {
          const error = new GraphError({ status: 0, message: 'The batch response had no answer for this request' });
          if (isRepeatable(parts[index]!)) retry.push({ index, error });
          else results[index] = { ok: false, status: 0, error };
          continue;
        }
        const status = typeof answer.status === 'number' ? answer.status : Number(answer.status);
        const headers = answer.headers ?? {};
        if (status >= 200 && status < 300) {
          results[index] = { ok: true, status, headers, body: answer.body };
          continue;
        }
        const error = graphErrorFrom(status, headers, answer.body);
        const busy = status === 429 || ((status === 503 || status === 504) && isRepeatable(parts[index]!));
        if (busy) retry.push({ index, error });
        else results[index] = { ok: false, status, error };
      }
    }

    pending = retry.map((r) => r.index);
    if (pending.length === 0) return;
    const waitMs = Math.min(maxWaitMs, Math.max(...retry.map((r) => retryDelayMs(r.error, round))));
    if (round >= maxRounds || waitedMs + waitMs > maxTotalWaitMs) {
      for (const r of retry) results[r.index] = { ok: false, status: r.error.status, error: r.error };
      return;
    }
    await sleep(waitMs, options.signal);
    waitedMs += waitMs;
  }
}

async function sendEnvelope(
  graph: GraphClient,
  parts: readonly BatchPart[],
  indices: readonly number[],
  signal: AbortSignal | undefined,
): Promise<Map<string, PartResponse> | GraphError> {
  const requests = indices.map((index) => {
    const part = parts[index]!;
    const headers: Record<string, string> = { ...part.headers };
    if (part.body !== undefined && !headerValue(headers, 'content-type')) headers['Content-Type'] = 'application/json';
    return {
      id: String(index),
      method: part.method,
      url: part.url,
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(part.body !== undefined ? { body: part.body } : {}),
    };
  });
  try {
    const response = await graph.send<{ responses?: PartResponse[] }>({
      method: 'POST',
      url: '/$batch',
      body: { requests },
      // Only a batch whose every part may be repeated may itself be repeated on an ambiguous failure.
      idempotent: indices.every((i) => isRepeatable(parts[i]!)),
      acceptStatuses: [424],
      retriedByCaller: true,
      ...(signal ? { signal } : {}),
    });
    const answers = new Map<string, PartResponse>();
    for (const answer of response.body?.responses ?? []) answers.set(String(answer.id), answer);
    return answers;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
}

/** Retry-After if the part (or envelope) gave one, else the policy's backoff (with jitter) by round. */
function retryDelayMs(error: GraphError, round: number): number {
  if (error.retryAfterSeconds !== undefined) return Math.ceil(error.retryAfterSeconds * 1000);
  return backoffMs(DEFAULT_RETRY_POLICY, round);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
