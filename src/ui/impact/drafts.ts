import type { LearningOutcomeArea } from '../../domain/catalogue/types';
import {
  type DestinationId,
  destinationIds,
  type DestinationsRecord,
  type DestinationsSource,
  type LeaverCohort,
  type LearnerGroup,
  type NeetRiskRecord,
  type PerceptionRecord,
  type StakeholderGroup,
  type SurveyKind,
  type VoiceRecord,
} from '../../domain/impact';

/**
 * What the impact forms hold while a person types: text, as typed. The `*Input` functions turn a draft into the
 * plain object the domain's validators read, so a number field holding "twelve" reaches the validator as text and
 * comes back with a message that says so, rather than being dropped.
 */
type Counts = Readonly<Record<DestinationId, string>>;

export interface GroupDraft {
  readonly group: LearnerGroup | '';
  readonly cohort: string;
  readonly counts: Counts;
}

export interface DestinationsDraft {
  readonly cohortKind: LeaverCohort['kind'];
  readonly programme: string;
  readonly source: DestinationsSource | '';
  readonly sustained: boolean;
  readonly cohort: string;
  readonly counts: Counts;
  readonly groups: readonly GroupDraft[];
  readonly note: string;
}

export interface PerceptionDraft {
  readonly survey: SurveyKind;
  readonly surveyName: string;
  readonly date: string;
  readonly yearGroup: string;
  readonly responses: string;
  readonly yearGroupSize: string;
  readonly areas: Readonly<Partial<Record<LearningOutcomeArea, string>>>;
}

export interface VoiceDraft {
  readonly group: StakeholderGroup | '';
  readonly date: string;
  readonly method: string;
  readonly participants: string;
  readonly findings: string;
}

export interface NeetRiskDraft {
  readonly yearGroup: string;
  readonly date: string;
  readonly yearGroupSize: string;
  readonly flagged: string;
  readonly supported: string;
  readonly support: string;
  readonly indicator: string;
}

/** "12" → 12; "" → undefined; anything else stays as typed, for the validator to name. */
export function numberInput(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(/%$/, ''));
  return Number.isFinite(n) ? n : t;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));
const noCounts = (): Counts => Object.fromEntries(destinationIds.map((d) => [d, ''])) as Record<DestinationId, string>;
const countsText = (counts: Readonly<Record<DestinationId, number>>): Counts =>
  Object.fromEntries(destinationIds.map((d) => [d, text(counts[d])])) as Record<DestinationId, string>;
const countsInput = (counts: Counts) => Object.fromEntries(destinationIds.map((d) => [d, numberInput(counts[d])]));

export const emptyGroup = (): GroupDraft => ({ group: '', cohort: '', counts: noCounts() });

export function destinationsDraft(r?: DestinationsRecord): DestinationsDraft {
  if (!r) return { cohortKind: 'year-11', programme: '', source: '', sustained: false, cohort: '', counts: noCounts(), groups: [], note: '' };
  return {
    cohortKind: r.cohort.kind,
    programme: r.cohort.kind === 'programme' ? r.cohort.name : '',
    source: r.source,
    sustained: r.sustained,
    cohort: text(r.all.cohort),
    counts: countsText(r.all.counts),
    groups: r.groups.map((g) => ({ group: g.group, cohort: text(g.cohort), counts: countsText(g.counts) })),
    note: r.note ?? '',
  };
}

export function destinationsInput(d: DestinationsDraft, id: string, academicYear: string): unknown {
  return {
    id,
    academicYear,
    cohort: d.cohortKind === 'programme' ? { kind: 'programme', name: d.programme } : { kind: d.cohortKind },
    source: d.source,
    sustained: d.sustained,
    all: { cohort: numberInput(d.cohort), counts: countsInput(d.counts) },
    groups: d.groups.map((g) => ({ group: g.group, cohort: numberInput(g.cohort), counts: countsInput(g.counts) })),
    note: d.note,
  };
}

export function perceptionDraft(r?: PerceptionRecord): PerceptionDraft {
  if (!r) return { survey: 'fsq', surveyName: '', date: '', yearGroup: '', responses: '', yearGroupSize: '', areas: {} };
  return {
    survey: r.survey,
    surveyName: r.surveyName ?? '',
    date: r.date,
    yearGroup: String(r.yearGroup),
    responses: text(r.responses),
    yearGroupSize: text(r.yearGroupSize),
    areas: Object.fromEntries(r.areas.map((a) => [a.area, text(a.percentPositive)])),
  };
}

export function perceptionInput(d: PerceptionDraft, id: string, academicYear: string): unknown {
  const areas = Object.entries(d.areas)
    .filter(([, v]) => (v ?? '').trim() !== '')
    .map(([area, v]) => ({ area, percentPositive: numberInput(v ?? '') }));
  return {
    id,
    academicYear,
    survey: d.survey,
    ...(d.survey === 'own' ? { surveyName: d.surveyName } : {}),
    date: d.date,
    yearGroup: d.yearGroup,
    responses: numberInput(d.responses),
    yearGroupSize: numberInput(d.yearGroupSize),
    areas,
  };
}

export function voiceDraft(r?: VoiceRecord): VoiceDraft {
  if (!r) return { group: '', date: '', method: '', participants: '', findings: '' };
  return { group: r.group, date: r.date, method: r.method, participants: text(r.participants), findings: r.findings };
}

export const voiceInput = (d: VoiceDraft, id: string, academicYear: string): unknown => ({
  id,
  academicYear,
  group: d.group,
  date: d.date,
  method: d.method,
  participants: numberInput(d.participants),
  findings: d.findings,
});

export function neetRiskDraft(r?: NeetRiskRecord): NeetRiskDraft {
  if (!r) return { yearGroup: '', date: '', yearGroupSize: '', flagged: '', supported: '', support: '', indicator: '' };
  return {
    yearGroup: r.yearGroup,
    date: r.date,
    yearGroupSize: text(r.yearGroupSize),
    flagged: text(r.flagged),
    supported: text(r.supported),
    support: r.support,
    indicator: r.indicator ?? '',
  };
}

export const neetRiskInput = (d: NeetRiskDraft, id: string, academicYear: string): unknown => ({
  id,
  academicYear,
  yearGroup: d.yearGroup,
  date: d.date,
  yearGroupSize: numberInput(d.yearGroupSize),
  flagged: numberInput(d.flagged),
  supported: numberInput(d.supported),
  support: d.support,
  indicator: d.indicator,
});
