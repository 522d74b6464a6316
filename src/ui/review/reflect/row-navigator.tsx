import { Caption1Strong, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { type ReactNode, useId } from 'react';

import type { MaturityModel } from '../../../domain/catalogue/types';
import { useVisuallyHidden } from '../../common/visually-hidden';
import { rowName } from '../parts/names';
import { RowPicker } from './row-picker';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    '@media (max-width: 800px)': { display: 'none' },
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    background: 'none',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    // Hovered and current rows pair their background with its own foreground (high contrast inverts them).
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
  mark: { flex: '0 0 1.2em' },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

/** Every row, theme by theme, with a tick where a row is done; a drop-down on narrow screens. */
export function RowNavigator(props: {
  model: MaturityModel;
  currentRowId: string;
  isDone: (rowId: string) => boolean;
  doneLabel: string;
  onSelect: (rowId: string) => void;
  label: string;
}): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const navId = useId();
  return (
    <>
      <nav className={styles.nav} aria-label={props.label}>
        {props.model.themes.map((theme) => (
          <div key={theme.id}>
            <Caption1Strong block as="p" id={`${navId}-theme-${theme.id}`}>
              Theme {theme.id}
            </Caption1Strong>
            <ul className={styles.list} aria-labelledby={`${navId}-theme-${theme.id}`}>
              {theme.rows.map((row) => {
                const done = props.isDone(row.id);
                const current = row.id === props.currentRowId;
                return (
                  <li key={row.id}>
                    <button
                      type="button"
                      className={mergeClasses(styles.link, current && styles.current)}
                      aria-current={current ? 'step' : undefined}
                      onClick={() => props.onSelect(row.id)}
                      title={rowName(row)}
                    >
                      <span className={styles.mark} aria-hidden="true">
                        {done ? '✓' : ''}
                      </span>
                      <span className={styles.title}>{rowName(row)}</span>
                      {done ? <span className={hidden}>({props.doneLabel})</span> : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <RowPicker model={props.model} currentRowId={props.currentRowId} isDone={props.isDone} onSelect={props.onSelect} />
    </>
  );
}
