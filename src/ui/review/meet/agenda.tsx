import { Caption1, Field, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { AgendaItem, AgendaOrder } from '../../../domain/review/agenda';
import type { AgreedBestFit } from '../../../domain/review/types';
import { rowName } from '../parts/names';
import { AgendaList } from './agenda-list';

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
      <AgendaList
        items={props.items}
        agreed={props.agreed}
        currentRowId={props.currentRowId}
        onSelect={props.onSelect}
        className={styles.wide}
      />
    </nav>
  );
}
