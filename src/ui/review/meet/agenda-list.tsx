import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AgendaItem } from '../../../domain/review/agenda';
import { spreadSummary } from '../../../domain/review/spread-summary';
import type { AgreedBestFit } from '../../../domain/review/types';
import { useVisuallyHidden } from '../../common/visually-hidden';
import { rowName } from '../parts/names';

const META = 'waypoint-agenda-meta';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // Hovered and current items pair their background with its own foreground (high contrast inverts them).
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    [`& .${META}`]: { color: tokens.colorNeutralForeground2 },
    [`:hover .${META}`]: { color: 'inherit' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    [`& .${META}`]: { color: 'inherit' },
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  agreed: { fontWeight: tokens.fontWeightSemibold },
});

/** The agenda's rows as a list to pick from: each row's spread of choices, and its best fit once agreed. */
export function AgendaList(props: {
  items: readonly AgendaItem[];
  agreed: ReadonlyMap<string, AgreedBestFit>;
  currentRowId: string;
  onSelect: (rowId: string) => void;
  className: string;
}): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  return (
    <ol className={mergeClasses(styles.list, props.className)}>
      {props.items.map(({ row, spread }) => {
        const fit = props.agreed.get(row.id);
        const current = row.id === props.currentRowId;
        return (
          <li key={row.id}>
            <button
              type="button"
              className={mergeClasses(styles.item, current && styles.current)}
              aria-current={current ? 'step' : undefined}
              onClick={() => props.onSelect(row.id)}
            >
              <span className={styles.title}>{rowName(row)}</span>
              <Caption1 className={META}>
                {spreadSummary(spread)}
                {fit ? (
                  <>
                    {' · '}
                    <span className={styles.agreed}>✓ Agreed: {fit.column}</span>
                  </>
                ) : (
                  <span className={hidden}> · not agreed yet</span>
                )}
              </Caption1>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
