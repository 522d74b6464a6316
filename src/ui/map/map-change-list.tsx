import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  more: { alignSelf: 'start' },
});

/** How many of one kind of change are listed before "Show all": a map imported whole is thousands of new activities. */
const LISTED = 20;

/**
 * One kind of change since last year (new, dropped, moved), under its heading and count. `text` is asked only of
 * the activities listed, not of every one of a map imported whole.
 */
export function ChangeList<T>(props: { heading: string; items: readonly T[]; text: (item: T) => string }): ReactNode {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (!props.items.length) return null;
  const listed = (all ? props.items : props.items.slice(0, LISTED)).map(props.text);
  return (
    <>
      <Subtitle2 as="h3">
        {props.heading} ({props.items.length})
      </Subtitle2>
      <ul className={styles.list}>
        {listed.map((text, i) => (
          <li key={`${i}-${text}`}>
            <Body1>{text}</Body1>
          </li>
        ))}
      </ul>
      {listed.length < props.items.length ? (
        <Button className={styles.more} appearance="secondary" onClick={() => setAll(true)}>
          Show all {props.items.length.toLocaleString('en-GB')}
        </Button>
      ) : null}
    </>
  );
}
