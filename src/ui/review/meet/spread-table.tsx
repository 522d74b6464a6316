import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ReflectionSpread } from '../../../domain/review/spread';
import type { Participant } from '../../../domain/review/types';
import { choiceName, COLUMNS } from '../parts/names';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'break-word',
  },
  header: { fontWeight: tokens.fontWeightSemibold, width: '38%' },
  count: { width: '18%' },
  barTrack: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  bar: {
    height: '12px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
    forcedColorAdjust: 'none',
    '@media (forced-colors: active)': { backgroundColor: 'CanvasText' },
  },
  large: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/** Who chose what on one row: a count (with a bar for the eye) and the names, column by column. */
export function SpreadTable(props: { spread: ReflectionSpread; caption: string; large?: boolean }): ReactNode {
  const styles = useStyles();
  const { spread } = props;
  const total = Math.max(1, spread.responded.length + spread.notYet.length);
  const lines: { label: string; people: readonly Participant[] }[] = [
    ...COLUMNS.map((c) => ({ label: choiceName(c), people: spread.byChoice[c] })),
    { label: 'Not sure', people: spread.byChoice['not-sure'] },
    { label: 'Not reflected yet', people: spread.notYet },
  ];
  return (
    <table className={mergeClasses(styles.table, props.large && styles.large)}>
      <caption className={styles.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${styles.cell} ${styles.header}`}>
            Column
          </th>
          <th scope="col" className={`${styles.cell} ${styles.header} ${styles.count}`}>
            How many
          </th>
          <th scope="col" className={styles.cell}>
            Who
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.label}>
            <th scope="row" className={`${styles.cell} ${styles.header}`}>
              {line.label}
            </th>
            <td className={styles.cell}>
              <div className={styles.barTrack}>
                {line.people.length ? (
                  <div className={styles.bar} style={{ width: `${(line.people.length / total) * 100}%` }} aria-hidden="true" />
                ) : null}
                <span>{line.people.length}</span>
              </div>
            </td>
            <td className={styles.cell}>{line.people.map((p) => p.displayName).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
