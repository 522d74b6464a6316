/** Calendar-date helpers on ISO strings (yyyy-mm-dd). No clock: "today" is always passed in. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd (so 2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** An ISO date-time with a time zone (as Graph returns them), e.g. 2025-03-04T10:15:00Z. */
export function isIsoDateTime(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    isIsoDate(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Whole days from `from` to `to` (both yyyy-mm-dd); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// Made on first use: building a formatter loads the locale's data, which would otherwise hold up every page's start.
let britishDate: Intl.DateTimeFormat | undefined;

/** "3 March 2025": the British way, read as a calendar date (UTC), so no time zone moves it a day. */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso.slice(0, 10));
  if (!m) return iso;
  britishDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return britishDate.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
