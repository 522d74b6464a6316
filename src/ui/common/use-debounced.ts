import { useCallback, useEffect, useRef } from 'react';

/**
 * Calls `run` with the latest value once typing pauses for `delayMs`; `flush` runs it at once (on blur, or
 * before the view moves on), and unmounting flushes too, so nothing typed is dropped. `cancel` drops it (when
 * another save already carries the value).
 */
export function useDebounced<T>(
  run: (value: T) => void,
  delayMs: number,
): { schedule: (value: T) => void; flush: () => void; cancel: () => void } {
  const latest = useRef(run);
  latest.current = run;
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const due = pending.current;
    pending.current = undefined;
    if (due) latest.current(due.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  const cancel = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
  }, []);

  useEffect(() => flush, [flush]);
  return { schedule, flush, cancel };
}
