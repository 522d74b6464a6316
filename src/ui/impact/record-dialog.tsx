import { type ReactNode, useState } from 'react';

import type { ValidationResult } from '../../domain/validation/result';
import type { ItemVersion, Versioned } from '../../shared/versioned';
import type { Described } from '../common/conflict-choice';
import { EditDialog } from '../common/edit-dialog';
import { errorsByField, otherErrors } from '../common/field-errors';
import { useGuardedSave } from '../common/use-guarded-save';

/** The draft, a way to change part of it, and the messages per field path. */
export interface FormParts<D> {
  readonly draft: D;
  readonly edit: (change: Partial<D>) => void;
  readonly errors: Readonly<Record<string, string>>;
}

/**
 * Add or change one impact record: the domain's validator checks the draft (its messages show beside the fields, or
 * below them when no field shows them), then an eTag-guarded save; a 412 shows both versions to choose between.
 */
export function RecordDialog<T, D>(props: {
  title: string;
  noun: string;
  initial: D;
  version: ItemVersion | null;
  validate: (draft: D) => ValidationResult<T>;
  /** Field paths the form shows messages for. */
  shown: readonly string[];
  describe: (value: T) => Described;
  save: (value: T, basedOn: ItemVersion | null) => Promise<Versioned<T>>;
  /** A saved record, or the stored one the person chose to keep (null when it was deleted). */
  onStored: (stored: Versioned<T> | null) => void;
  onClose: () => void;
  children: (parts: FormParts<D>) => ReactNode;
}): ReactNode {
  const [draft, setDraft] = useState<D>(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const guarded = useGuardedSave(props.save, props.onStored, props.onStored);
  const submit = (): void => {
    const result = props.validate(draft);
    if (!result.ok) {
      setErrors(errorsByField(result.errors));
      return;
    }
    setErrors({});
    void guarded.run(result.value, props.version).then((saved) => saved && props.onClose());
  };
  return (
    <EditDialog
      title={props.title}
      noun={props.noun}
      guarded={guarded}
      describe={props.describe}
      otherErrors={otherErrors(errors, props.shown)}
      onSubmit={submit}
      onClose={props.onClose}
    >
      {props.children({ draft, edit: (change) => setDraft((d) => ({ ...d, ...change })), errors })}
    </EditDialog>
  );
}
