import { useState } from 'react';

import type { ValidationResult } from '../../domain/validation/result';
import { isConflictError } from '../../shared/service-error';
import { type ItemVersion, versionOf, type Versioned } from '../../shared/versioned';
import { errorsByField } from './field-errors';
import { useAction } from './use-action';

export interface Conflict<T> {
  readonly mine: T;
  /** The stored version now; null when someone deleted it. */
  readonly theirs: Versioned<T> | null;
}

export interface GuardedSave<T> {
  readonly busy: boolean;
  readonly error: unknown;
  readonly conflict: Conflict<T> | undefined;
  /** The last validation's messages by field path, for each `Field`'s `validationMessage`. */
  readonly fieldErrors: Record<string, string>;
  /** Saves against `basedOn`; resolves true when saved. */
  run(value: T, basedOn: ItemVersion | null): Promise<boolean>;
  /** Saves a form's validated draft: when it is not valid, its messages by field instead; resolves true when saved. */
  submit(validated: ValidationResult<T>, basedOn: ItemVersion | null): Promise<boolean>;
  /** Takes the stored version (or its deletion) and drops ours. */
  keepTheirs(): void;
  /** Saves ours over the stored version, now that the person has seen it. */
  keepMine(): Promise<boolean>;
  dismissError(): void;
}

/**
 * The edit-form hook every dialog and form that saves one item uses. An eTag-guarded save: a 412 becomes a conflict to show (both versions) rather than an error, and any other
 * failure (a 403 for a read-only member, a dropped connection) is kept to explain in plain words.
 */
export function useGuardedSave<T>(
  save: (value: T, basedOn: ItemVersion | null) => Promise<Versioned<T>>,
  onSaved: (saved: Versioned<T>) => void,
  onTheirs: (theirs: Versioned<T> | null) => void,
): GuardedSave<T> {
  const action = useAction();
  const [conflict, setConflict] = useState<Conflict<T>>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const run = (value: T, basedOn: ItemVersion | null): Promise<boolean> =>
    action.run(async () => {
      try {
        onSaved(await save(value, basedOn));
        setConflict(undefined);
      } catch (e) {
        if (!isConflictError(e)) throw e;
        setConflict({ mine: value, theirs: e.theirs as Versioned<T> | null });
        return false;
      }
    });

  return {
    busy: action.busy,
    error: action.failure,
    conflict,
    fieldErrors,
    run,
    submit(validated, basedOn) {
      setFieldErrors(validated.ok ? {} : errorsByField(validated.errors));
      return validated.ok ? run(validated.value, basedOn) : Promise.resolve(false);
    },
    keepTheirs() {
      if (!conflict) return;
      onTheirs(conflict.theirs);
      setConflict(undefined);
    },
    keepMine() {
      return conflict ? run(conflict.mine, versionOf(conflict.theirs)) : Promise.resolve(false);
    },
    dismissError: action.dismiss,
  };
}
