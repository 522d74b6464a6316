import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

import {
  cohortName,
  type DestinationsRecord,
  learnerGroupNames,
  type NeetRiskRecord,
  type PerceptionRecord,
  sourceNames,
  stakeholderGroupNames,
  surveyLabel,
  type VoiceRecord,
} from '../../domain/impact';
import { formatDate } from '../../domain/validation/dates';
import type { Versioned } from '../../shared/versioned';
import { CappedText } from '../common/capped-text';
import type { ImpactRecords } from './data/port';
import { capital, countsLine } from './describe';
import { type Column, RecordsTable } from './records-table';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** Which record a person is adding (no `existing`) or changing. */
export type Editing =
  | { readonly kind: 'destinations'; readonly existing?: Versioned<DestinationsRecord> }
  | { readonly kind: 'perception'; readonly existing?: Versioned<PerceptionRecord> }
  | { readonly kind: 'voice'; readonly existing?: Versioned<VoiceRecord> };

const destinationColumns: readonly Column<DestinationsRecord>[] = [
  { header: 'Leavers', cell: (r) => `${cohortName(r.cohort)}${r.sustained ? ' (sustained)' : ''}` },
  { header: 'Source', cell: (r) => capital(sourceNames[r.source]) },
  { header: 'Number of leavers', cell: (r) => r.all.cohort, numeric: true },
  { header: 'Destinations', cell: (r) => countsLine(r.all.counts) },
  { header: 'Groups', cell: (r) => (r.groups.length ? r.groups.map((g) => `${learnerGroupNames[g.group]} (${g.cohort})`).join(', ') : 'None') },
];
const perceptionColumns: readonly Column<PerceptionRecord>[] = [
  { header: 'Survey', cell: (r) => `${capital(surveyLabel(r))}, Year ${r.yearGroup}` },
  { header: 'Closed', cell: (r) => formatDate(r.date) },
  { header: 'Responses', cell: (r) => `${r.responses}${r.yearGroupSize ? ` of ${r.yearGroupSize}` : ''}`, numeric: true },
  { header: 'Positive answers', cell: (r) => r.areas.map((a) => `${a.area} ${a.percentPositive}%`).join('; ') || 'None recorded' },
];
const voiceColumns: readonly Column<VoiceRecord>[] = [
  { header: 'Group', cell: (r) => capital(stakeholderGroupNames[r.group]) },
  { header: 'Date', cell: (r) => formatDate(r.date) },
  { header: 'How it was gathered', cell: (r) => <CappedText text={r.method} /> },
  { header: 'Took part', cell: (r) => r.participants, numeric: true },
  { header: 'What it found', cell: (r) => <CappedText text={r.findings} /> },
];
const neetColumns: readonly Column<NeetRiskRecord>[] = [
  { header: 'Year group', cell: (r) => `Year ${r.yearGroup}` },
  { header: 'Date', cell: (r) => formatDate(r.date) },
  { header: 'Flagged', cell: (r) => `${r.flagged} of ${r.yearGroupSize}`, numeric: true },
  { header: 'Supported', cell: (r) => r.supported, numeric: true },
  { header: 'Support given', cell: (r) => <CappedText text={r.support} /> },
];

function Part(props: { title: string; addLabel?: string; onAdd?: () => void; children: ReactNode }): ReactNode {
  const styles = useStyles();
  return (
    <section className={styles.part} aria-label={props.title}>
      <div className={styles.head}>
        <Subtitle2 as="h4">{props.title}</Subtitle2>
        {props.onAdd ? (
          <Button icon={<AddRegular />} onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        ) : null}
      </div>
      {props.children}
    </section>
  );
}

/** The records of one academic year, by kind; editors add and change destinations, survey results and voice. */
export function YearRecords(props: { year: string; records: ImpactRecords; canEdit: boolean; onEdit: (editing: Editing) => void }): ReactNode {
  const { year, canEdit, onEdit } = props;
  const inYear = <T extends { academicYear: string }>(list: readonly Versioned<T>[]) => list.filter((r) => r.value.academicYear === year);
  const add = (kind: Editing['kind']) => (canEdit ? () => onEdit({ kind }) : undefined);
  return (
    <>
      <Part title="Destinations" addLabel="Add destinations" onAdd={add('destinations')}>
        <RecordsTable
          caption={`Destinations of leavers in ${year}`}
          columns={destinationColumns}
          records={inYear(props.records.destinations)}
          empty={`No destinations recorded for leavers in ${year}.`}
          {...(canEdit ? { changeLabel: (r: DestinationsRecord) => `Change destinations of ${cohortName(r.cohort)}`, onChange: (existing: Versioned<DestinationsRecord>) => onEdit({ kind: 'destinations', existing }) } : {})}
        />
      </Part>
      <Part title="Learner perception" addLabel="Add survey results" onAdd={add('perception')}>
        <RecordsTable
          caption={`Learner perception survey results in ${year}`}
          columns={perceptionColumns}
          records={inYear(props.records.perception)}
          empty={`No survey results recorded for ${year}.`}
          {...(canEdit ? { changeLabel: (r: PerceptionRecord) => `Change results of ${surveyLabel(r)}, Year ${r.yearGroup}`, onChange: (existing: Versioned<PerceptionRecord>) => onEdit({ kind: 'perception', existing }) } : {})}
        />
      </Part>
      <Part title="Stakeholder voice" addLabel="Add stakeholder voice" onAdd={add('voice')}>
        <RecordsTable
          caption={`Stakeholder voice in ${year}`}
          columns={voiceColumns}
          records={inYear(props.records.voice)}
          empty={`No stakeholder voice recorded for ${year}.`}
          {...(canEdit ? { changeLabel: (r: VoiceRecord) => `Change voice of ${stakeholderGroupNames[r.group]}, ${formatDate(r.date)}`, onChange: (existing: Versioned<VoiceRecord>) => onEdit({ kind: 'voice', existing }) } : {})}
        />
      </Part>
      <Part title="Risk of NEET">
        <RecordsTable
          caption={`Learners flagged at risk of NEET in ${year}`}
          columns={neetColumns}
          records={inYear(props.records.neetRisk)}
          empty={`No risk of NEET counts recorded for ${year}. Import them from a file below.`}
        />
      </Part>
    </>
  );
}
