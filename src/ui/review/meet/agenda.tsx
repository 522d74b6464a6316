import { Caption1, Field, makeStyles, mergeClasses, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AgendaItem, AgendaOrder } from '../../../domain/review/agenda';
import { spreadSummary } from '../../../domain/review/spread-summary';
import type { AgreedBestFit } from '../../../domain/review/types';
import { useVisuallyHidden } from '../../common/visually-hidden';
import { rowName } from '../parts/names';

const META = 'waypoint-agenda-meta';

const orders: readonly { value: AgendaOrder; label: string }[] = [
  { value: 'disagreement', label: 'Widest disagreement first' },
  { value: 'theme', label: 'Theme by theme' },
];

const useStyles = makeStyles({
  agenda: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  wide: { '@media (max-width: 800px)': { display: 'none' } },
  narrow: { display: 'none', '@media (max-width: 800px)': { display: 'block' } },
  // The side panel (320 px) keeps the agenda's order as it is: the row under discussion comes first.
  middle: { display: 'none', '@media (max-width: 800px) and (min-width: 481px)': { display: 'block' } },
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

/** The meeting's agenda: every row, widest disagreement first (or theme by theme), with what is agreed. */
export function Agenda(props: {
  items: readonly AgendaItem[];
  order: AgendaOrder;
  onOrderChange: (order: AgendaOrder) => void;
  agreed: ReadonlyMap<string, AgreedBestFit>;
  currentRowId: string;
  onSelect: (rowId: string) => void;
}): ReactNode {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const agreedCount = props.items.filter((i) => props.agreed.has(i.row.id)).length;
  return (
    <nav className={styles.agenda} aria-label="Agenda">
      <Field label="Order the agenda" className={styles.wide}>
        <RadioGroup value={props.order} onChange={(_, data) => props.onOrderChange(data.value as AgendaOrder)}>
          {orders.map((o) => (
            <Radio key={o.value} value={o.value} label={o.label} />
          ))}
        </RadioGroup>
      </Field>
      <Caption1>
        {agreedCount} of {props.items.length} rows agreed
      </Caption1>
      <Field label="Order the agenda" className={styles.middle}>
        <Select value={props.order} onChange={(_, data) => props.onOrderChange(data.value as AgendaOrder)}>
          {orders.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Row under discussion" className={styles.narrow}>
        <Select value={props.currentRowId} onChange={(_, data) => props.onSelect(data.value)}>
          {props.items.map(({ row }) => (
            <option key={row.id} value={row.id}>
              {props.agreed.has(row.id) ? '✓ ' : ''}
              {rowName(row)}
            </option>
          ))}
        </Select>
      </Field>
      <ol className={mergeClasses(styles.list, styles.wide)}>
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
    </nav>
  );
}
