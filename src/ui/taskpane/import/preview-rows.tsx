import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

/** Long groups are cut here: the first rows show what happened; the count says how much more. */
const SHOWN = 50;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, '& h3, & p': { margin: 0 } },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface PreviewItem {
  readonly key: number;
  readonly text: string;
  /** Smaller lines under the item: how its cells were read. */
  readonly details?: readonly string[];
}

/** One group of the preview's rows under its heading, or nothing when the group is empty. */
export function PreviewRows(props: { title: string; hint?: string; items: readonly PreviewItem[] }): ReactNode {
  const styles = useStyles();
  const id = useId();
  const { items } = props;
  if (items.length === 0) return null;
  return (
    <section className={styles.group} aria-labelledby={id}>
      <Body1 as="h3" id={id}>
        <strong>
          {props.title} ({items.length.toLocaleString('en-GB')})
        </strong>
      </Body1>
      {props.hint ? <Body1 as="p">{props.hint}</Body1> : null}
      <ul className={styles.list}>
        {items.slice(0, SHOWN).map((item) => (
          <li key={item.key}>
            {item.text}
            {item.details && item.details.length > 0 ? (
              <ul className={styles.detail}>
                {item.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
        {items.length > SHOWN ? <li>…and {(items.length - SHOWN).toLocaleString('en-GB')} more.</li> : null}
      </ul>
    </section>
  );
}
