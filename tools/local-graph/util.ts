import { createHash, randomUUID } from 'node:crypto';

/** Graph timestamps are UTC ISO-8601 without milliseconds, e.g. 2017-05-09T20:56:00Z. */
export function isoNow(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** innerError.date is written without a zone designator in Graph's samples. */
export function errorDate(date: Date = new Date()): string {
  return date.toISOString().slice(0, 19);
}

export function newGuid(): string {
  return randomUUID();
}

/** A name-based GUID (v5-style layout) so the same input always yields the same id. */
export function stableGuid(namespace: string, name: string): string {
  const h = createHash('sha1').update(`${namespace}\u0000${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function fromBase64Url(token: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  return Buffer.from(token, 'base64url').toString('utf8');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
