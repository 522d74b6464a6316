/** Small header readers shared by the retry middleware, the error normaliser and $batch parts. */

type HeaderSource = Headers | Readonly<Record<string, string | undefined>> | undefined | null;

/** Case-insensitive header read over fetch `Headers` or a $batch part's plain header object. */
export function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | undefined>)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/**
 * `Retry-After` in seconds. Graph sends delta-seconds, sometimes fractional ("2.128"); HTTP also
 * allows a date. Returns undefined when absent or unreadable so callers fall back to backoff.
 */
export function parseRetryAfter(value: string | undefined | null, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, (date - now) / 1000);
}
