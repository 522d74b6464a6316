import {
  cohortName,
  destinationIds,
  destinationNames,
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
import type { Described } from '../common/conflict-choice';

/** "Sixth form 80, Apprenticeship 12": the destinations that have leavers. */
export function countsLine(counts: Readonly<Record<string, number>>): string {
  const shown = destinationIds.filter((d) => (counts[d] ?? 0) > 0).map((d) => `${destinationNames[d]} ${counts[d]}`);
  return shown.length ? shown.join(', ') : 'none recorded';
}

/** The words beside each other when two versions of a record meet (a conflict). */
export const describeDestinations = (r: DestinationsRecord): Described => [
  ['Leavers', `${cohortName(r.cohort)}${r.sustained ? ' (sustained destinations)' : ''}`],
  ['Source', sourceNames[r.source]],
  ['Cohort', String(r.all.cohort)],
  ['Destinations', countsLine(r.all.counts)],
  ['Groups', r.groups.map((g) => `${learnerGroupNames[g.group]} ${g.cohort}: ${countsLine(g.counts)}`).join('; ')],
  ['Note', r.note ?? ''],
];

export const describePerception = (r: PerceptionRecord): Described => [
  ['Survey', surveyLabel(r)],
  ['Date', formatDate(r.date)],
  ['Year group', `Year ${r.yearGroup}`],
  ['Responses', `${r.responses}${r.yearGroupSize ? ` of ${r.yearGroupSize}` : ''}`],
  ['Positive answers', r.areas.map((a) => `${a.area} ${a.percentPositive}%`).join('; ')],
];

export const describeVoice = (r: VoiceRecord): Described => [
  ['Group', stakeholderGroupNames[r.group]],
  ['Date', formatDate(r.date)],
  ['How it was gathered', r.method],
  ['People who took part', String(r.participants)],
  ['What it found', r.findings],
];

export const describeNeetRisk = (r: NeetRiskRecord): Described => [
  ['Year group', `Year ${r.yearGroup}`],
  ['Date', formatDate(r.date)],
  ['Learners flagged', `${r.flagged} of ${r.yearGroupSize}`],
  ['Learners supported', String(r.supported)],
  ['Support given', r.support],
  ['Indicator used', r.indicator ?? ''],
];

/** Our lower-case names at the start of a label: "the local authority" → "The local authority". */
export const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
