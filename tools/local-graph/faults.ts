import { badRequest, GraphError } from './errors';
import { isPlainObject } from './util';

/**
 * Injected throttling for tests and benchmarks: a share of requests (each $batch part on
 * its own, as Graph evaluates parts individually) fails before anything is done, with
 * Retry-After and SharePoint's throttling body. A seeded PRNG makes runs reproducible.
 */
export interface FaultConfig {
  rate: number;
  status: 429 | 503;
  retryAfterSeconds: number;
  seed: number;
  /** Also throttle whole $batch envelopes (off by default: Graph throttles parts). */
  batchEnvelopes: boolean;
}

export class Faults {
  private config: FaultConfig = { rate: 0, status: 429, retryAfterSeconds: 1, seed: 1, batchEnvelopes: false };
  private next: () => number = mulberry32(1);
  injected = 0;

  configure(body: unknown): FaultConfig {
    if (!isPlainObject(body)) throw badRequest('Expected a JSON object such as {"rate":0.3,"status":429,"retryAfterSeconds":1}.');
    const rate = body.rate ?? 0;
    const status = body.status ?? 429;
    const retryAfterSeconds = body.retryAfterSeconds ?? 1;
    const seed = body.seed ?? 1;
    if (typeof rate !== 'number' || rate < 0 || rate > 1) throw badRequest('rate must be a number from 0 to 1.');
    if (status !== 429 && status !== 503) throw badRequest('status must be 429 or 503.');
    if (typeof retryAfterSeconds !== 'number' || retryAfterSeconds < 0) throw badRequest('retryAfterSeconds must be a non-negative number.');
    if (typeof seed !== 'number' || !Number.isInteger(seed)) throw badRequest('seed must be an integer.');
    this.config = { rate, status, retryAfterSeconds, seed, batchEnvelopes: body.batchEnvelopes === true };
    this.next = mulberry32(seed);
    this.injected = 0;
    return this.config;
  }

  current(): FaultConfig {
    return { ...this.config };
  }

  /** Returns the error to answer with, or undefined to let the request through. */
  draw(isBatchEnvelope = false): GraphError | undefined {
    const { rate, status, retryAfterSeconds, batchEnvelopes } = this.config;
    if (rate <= 0 || (isBatchEnvelope && !batchEnvelopes)) return undefined;
    if (this.next() >= rate) return undefined;
    this.injected++;
    const headers = { 'Retry-After': String(retryAfterSeconds) };
    if (status === 503) {
      return new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Retry after the interval in the Retry-After header.', undefined, headers);
    }
    return new GraphError(429, 'activityLimitReached', 'The request has been throttled', 'throttledRequest', headers);
  }
}

/** Small, fast, seedable PRNG (public-domain mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
