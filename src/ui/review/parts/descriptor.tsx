import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Descriptor } from '../../../domain/catalogue/types';

const useStyles = makeStyles({
  paragraph: { margin: `0 0 ${tokens.spacingVerticalS}` },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/** A column descriptor as the model writes it: paragraphs stay paragraphs, bullets stay lists. */
export function DescriptorText(props: { descriptor: Descriptor }): ReactNode {
  const styles = useStyles();
  return props.descriptor.map((block, i) =>
    block.kind === 'paragraph' ? (
      <p key={i} className={styles.paragraph}>
        {block.text}
      </p>
    ) : (
      <ul key={i} className={styles.list}>
        {block.items.map((item, j) => (
          <li key={j} className={styles.item}>
            {item}
          </li>
        ))}
      </ul>
    ),
  );
}
