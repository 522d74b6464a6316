import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import type { Versioned } from '../../shared/versioned';
import type { ImpactRecords, RecordOfKind } from './data/port';
import { changing, type Editing, type ImpactKind, kindWords, recordName } from './kinds';
import { destinationColumns, neetColumns, perceptionColumns, voiceColumns } from './record-columns';
import { type Column, RecordsTable } from './records-table';

const useStyles = makeStyles({
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** The records of one kind for the academic year shown; editors add, change and remove them. */
export function YearRecords(props: { kind: ImpactKind; year: string; records: ImpactRecords; canEdit: boolean; onEdit: (editing: Editing) => void }): ReactNode {
  const styles = useStyles();
  const { kind, year, canEdit, onEdit } = props;
  const words = kindWords[kind];
  const table = <T,>(list: readonly Versioned<T>[], columns: readonly Column<T>[], target: (record: Versioned<T>) => RecordOfKind): ReactNode => (
    <RecordsTable
      caption={words.caption(year)}
      columns={columns}
      records={list.filter((r) => (r.value as { academicYear: string }).academicYear === year)}
      empty={words.empty(year)}
      {...(canEdit
        ? {
            label: (record: Versioned<T>) => recordName(target(record)),
            onChange: (record: Versioned<T>) => onEdit(changing(target(record))),
            onRemove: (record: Versioned<T>) => onEdit({ kind: 'remove', target: target(record) }),
          }
        : {})}
    />
  );
  const { records } = props;
  return (
    <>
      <div className={styles.head}>
        <Subtitle2 as="h4">Figures for {year}</Subtitle2>
        {canEdit ? (
          <Button icon={<AddRegular />} onClick={() => onEdit({ kind })}>
            {words.add}
          </Button>
        ) : null}
      </div>
      {kind === 'destinations' ? table(records.destinations, destinationColumns, (record) => ({ kind, record })) : null}
      {kind === 'perception' ? table(records.perception, perceptionColumns, (record) => ({ kind, record })) : null}
      {kind === 'voice' ? table(records.voice, voiceColumns, (record) => ({ kind, record })) : null}
      {kind === 'neet-risk' ? table(records.neetRisk, neetColumns, (record) => ({ kind, record })) : null}
    </>
  );
}
