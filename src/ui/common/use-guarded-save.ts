import { useCallback, useState } from 'react';
import { isConflictError } from '../../shared/service-error';
import { type ItemVersion, versionOf, type Versioned } from '../../shared/versioned';


export interface Conflict<T> {
  readonly mine: T;
  /** The stored version now; null when someone deleted it. */
  readonly theirs: Versioned<T> | null;
}

export interface GuardedSave<T> {
  readonly busy: boolean;
  readonly error: unknown;
  readonly conflict: Conflict<T> | undefined;
  /** Saves against `basedOn`; resolves true when saved. */
  run(value: T, basedOn: ItemVersion | null): Promise<boolean>;
  /** Takes the stored version (or its deletion) and drops ours. */
  keepTheirs(): void;
  /** Saves ours over the stored version, now that the person has seen it. */
  keepMine(): Promise<boolean>;
  dismissError(): void;
}

/**
 * An eTag-guarded save: a 412 becomes a conflict to show (both versions) rather than an error, and any other
 * failure (a 403 for a read-only member, a dropped connection) is kept to explain in plain words.
 */
export function useGuardedSave<T>(
  save: (value: T, basedOn: ItemVersion | null) => Promise<Versioned<T>>,
  onSaved: (saved: Versioned<T>) => void,
  onTheirs: (theirs: Versioned<T> | null) => void,
): GuardedSave<T> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<Conflict<T>>();

  const run = useCallback(
    async (value: T, basedOn: ItemVersion | null): Promise<boolean> => {
      setBusy(true);
      setError(undefined);
      try {
        onSaved(await save(value, basedOn));
        setConflict(undefined);
        return true;
      } catch (e) {
        if (isConflictError(e)) setConflict({ mine: value, theirs: e.theirs as Versioned<T> | null });
        else setError(e);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [save, onSaved],
  );

  return {
    busy,
    error,
    conflict,
    run,
    keepTheirs() {
      if (!conflict) return;
      onTheirs(conflict.theirs);
      setConflict(undefined);
    },
    keepMine() {
      return conflict ? run(conflict.mine, versionOf(conflict.theirs)) : Promise.resolve(false);
    },
    dismissError() {
      setError(undefined);
    },
  };
}
