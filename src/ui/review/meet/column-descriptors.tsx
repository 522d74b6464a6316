import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { rowText } from '../../../domain/catalogue';
import type { MaturityRow } from '../../../domain/catalogue/types';
import { useMaturityRowText } from '../../common/maturity-model';
import { DescriptorText } from '../parts/descriptor';
import { COLUMNS, columnName } from '../parts/names';

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
    '@media (max-width: 1100px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    '@media (max-width: 600px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  column: {
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300 },
  large: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

/**
 * The row's four column descriptors, folded away until someone needs to read them out. Until its model's row text is
 * in, the section waits (suspends) with the rest of its rows, so nothing shifts under the pointer.
 */
export function ColumnDescriptors(props: { row: MaturityRow; open?: boolean; large?: boolean; headingLevel: 'h3' | 'h4' }): ReactNode {
  const styles = useStyles();
  const { descriptors } = rowText(useMaturityRowText(props.row.variant), props.row);
  const Heading = props.headingLevel;
  return (
    <details open={props.open}>
      <summary className={styles.summary}>The four column descriptors</summary>
      <div className={styles.grid}>
        {COLUMNS.map((c) => (
          <div key={c} className={mergeClasses(styles.column, props.large && styles.large)}>
            <Heading className={styles.heading}>{columnName(c)}</Heading>
            <DescriptorText descriptor={descriptors[c - 1]!} />
          </div>
        ))}
      </div>
    </details>
  );
}
