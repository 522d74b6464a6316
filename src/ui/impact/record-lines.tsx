import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { CappedText } from '../common/capped-text';
import type { Described } from '../common/conflict-choice';

const useStyles = makeStyles({
  list: { margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { marginLeft: 0, overflowWrap: 'anywhere' },
});

/** One record, line by line (a line with nothing in it is left out). */
export function RecordLines(props: { lines: Described }): ReactNode {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {props.lines
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <div key={label}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>
              <CappedText text={value} />
            </dd>
          </div>
        ))}
    </dl>
  );
}
