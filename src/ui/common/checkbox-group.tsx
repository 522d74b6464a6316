import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular } from '@fluentui/react-icons';
import { type ReactNode, useId } from 'react';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  required: { color: tokens.colorPaletteRedForeground3, paddingLeft: tokens.spacingHorizontalXXS },
  hint: { color: tokens.colorNeutralForeground3 },
  error: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
});

/**
 * Several checkboxes under one label. A fieldset and legend rather than Fluent's Field, which gives its single
 * control its id: every checkbox inside one Field would share it, and each label would tick the first box.
 */
export function CheckboxGroup<T extends string | number>(props: {
  label: string;
  hint?: string;
  required?: boolean;
  error?: string;
  options: readonly { readonly value: T; readonly label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}): ReactNode {
  const styles = useStyles();
  const errorId = useId();
  const chosen = new Set(props.value);
  const set = (value: T, on: boolean): void =>
    props.onChange(props.options.map((o) => o.value).filter((v) => (v === value ? on : chosen.has(v))));
  return (
    <fieldset className={styles.group} aria-describedby={props.error ? errorId : undefined}>
      <legend className={styles.legend}>
        {props.label}
        {props.required ? (
          <span aria-hidden className={styles.required}>
            *
          </span>
        ) : null}
      </legend>
      {props.hint ? <Caption1 className={styles.hint}>{props.hint}</Caption1> : null}
      {props.options.map((o) => (
        <Checkbox key={String(o.value)} label={o.label} checked={chosen.has(o.value)} onChange={(_, d) => set(o.value, d.checked === true)} />
      ))}
      {props.error ? (
        <Caption1 id={errorId} className={styles.error}>
          <ErrorCircleRegular aria-hidden />
          {props.error}
        </Caption1>
      ) : null}
    </fieldset>
  );
}
