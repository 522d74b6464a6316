import { Field, Input } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { type DestinationId, destinationIds, destinationNames } from '../../domain/impact';
import { useFormStyles } from './form-styles';

/** A cohort's size and its count per destination; `path` is where the validator puts their messages. */
export function CountsFields(props: {
  legend: string;
  path: string;
  cohort: string;
  counts: Readonly<Record<DestinationId, string>>;
  errors: Readonly<Record<string, string>>;
  onChange: (change: { cohort?: string; counts?: Readonly<Record<DestinationId, string>> }) => void;
  children?: ReactNode;
}): ReactNode {
  const styles = useFormStyles();
  const sumMessage = props.errors[`${props.path}counts`];
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.children}
      <Field label="Number of leavers" required validationMessage={props.errors[`${props.path}cohort`]}>
        <Input inputMode="numeric" value={props.cohort} onChange={(_, d) => props.onChange({ cohort: d.value })} />
      </Field>
      {destinationIds.map((id) => (
        <Field key={id} label={destinationNames[id]} validationMessage={props.errors[`${props.path}counts.${id}`]}>
          <Input inputMode="numeric" value={props.counts[id]} onChange={(_, d) => props.onChange({ counts: { ...props.counts, [id]: d.value } })} />
        </Field>
      ))}
      {sumMessage ? (
        <p className={styles.message} role="alert">
          {sumMessage}
        </p>
      ) : null}
    </fieldset>
  );
}
