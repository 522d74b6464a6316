/**
 * Something fetched on demand, once (a chunk of code, a part of the catalogue). Its value is kept when it is in, so
 * a view that has it renders at once rather than suspending on a promise React has not seen settle.
 */
export interface FetchedOnce<T> {
  /** Starts the fetch, or returns the one under way or done; a failed fetch is tried again by the next call. */
  readonly load: () => Promise<T>;
  readonly value?: T;
}

export function fetchOnce<T>(fetch: () => Promise<T>): FetchedOnce<T> {
  let pending: Promise<T> | undefined;
  const fetched: { load: () => Promise<T>; value?: T } = {
    load: () =>
      (pending ??= fetch().then(
        (value) => (fetched.value = value),
        (error: unknown) => {
          pending = undefined; // a dropped connection: the next call tries again
          throw error;
        },
      )),
  };
  return fetched;
}
