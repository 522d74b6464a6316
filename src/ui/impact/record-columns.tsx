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
import { CappedText } from '../common/capped-text';
import { capital, countsLine } from './describe';
import type { Column } from './records-table';

/** The columns of each kind's table in the Impact view. */
export const destinationColumns: readonly Column<DestinationsRecord>[] = [
  { header: 'Leavers', cell: (r) => `${cohortName(r.cohort)}${r.sustained ? ' (sustained)' : ''}` },
  { header: 'Source', cell: (r) => capital(sourceNames[r.source]) },
  { header: 'Number of leavers', cell: (r) => r.all.cohort, numeric: true },
  { header: 'Destinations', cell: (r) => countsLine(r.all.counts) },
  { header: 'Groups', cell: (r) => (r.groups.length ? r.groups.map((g) => `${learnerGroupNames[g.group]} (${g.cohort})`).join(', ') : 'None') },
];
export const perceptionColumns: readonly Column<PerceptionRecord>[] = [
  { header: 'Survey', cell: (r) => `${capital(surveyLabel(r))}, Year ${r.yearGroup}` },
  { header: 'Closed', cell: (r) => formatDate(r.date) },
  { header: 'Responses', cell: (r) => `${r.responses}${r.yearGroupSize ? ` of ${r.yearGroupSize}` : ''}`, numeric: true },
  { header: 'Positive answers', cell: (r) => r.areas.map((a) => `${a.area} ${a.percentPositive}%`).join('; ') || 'None recorded' },
];
export const voiceColumns: readonly Column<VoiceRecord>[] = [
  { header: 'Group', cell: (r) => capital(stakeholderGroupNames[r.group]) },
  { header: 'Date', cell: (r) => formatDate(r.date) },
  { header: 'How it was gathered', cell: (r) => <CappedText text={r.method} /> },
  { header: 'Took part', cell: (r) => r.participants, numeric: true },
  { header: 'What it found', cell: (r) => <CappedText text={r.findings} /> },
];
export const neetColumns: readonly Column<NeetRiskRecord>[] = [
  { header: 'Year group', cell: (r) => `Year ${r.yearGroup}` },
  { header: 'Date', cell: (r) => formatDate(r.date) },
  { header: 'Flagged', cell: (r) => `${r.flagged} of ${r.yearGroupSize}`, numeric: true },
  { header: 'Supported', cell: (r) => r.supported, numeric: true },
  { header: 'Support given', cell: (r) => <CappedText text={r.support} /> },
];
