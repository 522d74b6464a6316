import { firstFailure, type SaveOutcome } from '../../data/save';
import type { GraphError } from '../../shared/service-error';
import type { Versioned } from '../../shared/versioned';

/** One outcome of a batch save as a value or a thrown error, like a single save. */
export function unwrap<T>(outcomes: readonly SaveOutcome<T>[]): Versioned<T> {
  const [outcome] = outcomes;
  if (!outcome) throw new Error('Nothing was saved.');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** Throws the failure of a delete, if any. */
export function deleted(outcomes: readonly { readonly ok: boolean; readonly error?: GraphError }[]): void {
  const failure = firstFailure(outcomes);
  if (failure) throw failure;
}
