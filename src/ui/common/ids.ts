/** A new item's key, made in the browser so a retried create never duplicates (see `createItem`). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Today's date where the reader is, yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
