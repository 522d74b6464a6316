import { Body1, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { ReflectionSpread } from '../../../domain/review/spread';
import type { Participant, ReflectionChoice, ReflectionEntry } from '../../../domain/review/types';
import { choiceName, COLUMNS } from '../parts/names';
import { CappedText } from '../../common/capped-text';

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
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
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

/** The notes people left with their reflections on one row. */
export function ReflectionNotes(props: { reflections: readonly ReflectionEntry[]; participants: readonly Participant[] }): ReactNode {
  const styles = useStyles();
  const noted = props.participants.flatMap((p) => {
    const r = props.reflections.find((x) => x.participantId === p.id && x.note.trim());
    return r ? [{ person: p, choice: r.choice, note: r.note }] : [];
  });
  if (noted.length === 0) return <Caption1>No notes on this row.</Caption1>;
  return (
    <ul className={styles.notes}>
      {noted.map(({ person, choice, note }) => (
        <li key={person.id}>
          <Body1>
            <strong>
              {person.displayName} ({choiceText(choice)}):
            </strong>{' '}
            <CappedText text={note} />
          </Body1>
        </li>
      ))}
    </ul>
  );
}

const choiceText = (choice: ReflectionChoice | undefined): string =>
  choice === undefined ? 'no column chosen yet' : choice === 'not-sure' ? 'not sure' : `chose ${choice}`;
