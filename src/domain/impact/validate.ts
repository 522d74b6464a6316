import type { YearGroup } from '../catalogue/types';
import { areaChoices, yearGroupChoices } from '../validation/choices';
import { type Choice, Fields, pickAt } from '../validation/fields';
import { formatDate } from '../validation/dates';
import type { ValidationResult } from '../validation/result';
import { type AcademicYear, byYear, isAcademicYear, startOf } from './academic-year';
import { destinationNames, learnerGroupNames, sourceNames, stakeholderGroupNames, surveyNames } from './labels';
import {
  type AreaResult,
  type DestinationCounts,
  type DestinationId,
  destinationIds,
  type DestinationsRecord,
  destinationsSources,
  type GroupDestinations,
  type LeaverCohort,
  type LearnerGroup,
  learnerGroups,
  type NeetRiskRecord,
  type PerceptionRecord,
  stakeholderGroups,
  surveyKinds,
  type VoiceRecord,
} from './types';

/** What an impact record is checked against, beyond its own shape. */
export interface ImpactValidationContext {
  /** The institution's year groups. */
  readonly yearGroups: readonly YearGroup[];
  /** The academic year now: figures for a later year cannot exist yet. */
  readonly currentYear?: AcademicYear;
}

export const choicesOf = <T extends string>(values: readonly T[], names: Readonly<Record<T, string>>): Choice<T>[] =>
  values.map((value) => ({ value, name: names[value] }));
const sourceChoices = choicesOf(destinationsSources, sourceNames);
const groupChoices = choicesOf(learnerGroups, learnerGroupNames);
const surveyChoices = choicesOf(surveyKinds, surveyNames);
const stakeholderChoices = choicesOf(stakeholderGroups, stakeholderGroupNames);
export const cohortChoices: Choice<LeaverCohort['kind']>[] = [
  { value: 'year-11', name: 'Year 11' },
  { value: 'year-13', name: 'Year 13' },
  { value: 'programme', name: 'a programme' },
];

/** A whole number of learners, 0 or more. */
function count(f: Fields, name: string, label: string, options: { readonly required?: boolean } = { required: true }): number | undefined {
  const v = f.raw(name);
  if (v === undefined || v === null || v === '') return options.required === false ? undefined : f.fail(name, `${label} is required.`);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    return f.fail(name, `${label} must be a whole number of learners, 0 or more (it is ${String(v)}).`);
  }
  return v;
}

function percentage(f: Fields, name: string, label: string): number | undefined {
  const v = f.raw(name);
  if (v === undefined || v === null || v === '') return f.fail(name, `${label} is required.`);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) {
    return f.fail(name, `${label} must be a percentage from 0 to 100 (it is ${String(v)}).`);
  }
  return v;
}

function academicYear(f: Fields, ctx: ImpactValidationContext): AcademicYear | undefined {
  const v = f.raw('academicYear');
  if (typeof v !== 'string' || v.trim() === '') return f.fail('academicYear', 'Academic year is required.');
  const year = v.trim();
  if (!isAcademicYear(year)) {
    return f.fail('academicYear', `“${year}” is not an academic year: write it like 2026/27 (the year it starts, then the next year’s last two digits).`);
  }
  if (ctx.currentYear && byYear(year, ctx.currentYear) > 0) {
    return f.fail('academicYear', `Academic year ${year} has not started yet: record figures for ${ctx.currentYear} or earlier.`);
  }
  return year;
}

/** A date inside the record's academic year (1 September to 31 August). */
function dateInYear(f: Fields, name: string, label: string, year: AcademicYear | undefined): string | undefined {
  const date = f.date(name, label, { required: true });
  if (!date || !year) return date;
  const [from, to] = [`${startOf(year)}-09-01`, `${startOf(year) + 1}-08-31`];
  if (date < from || date > to) {
    return f.fail(name, `${label} ${formatDate(date)} is not in the academic year ${year} (${formatDate(from)} to ${formatDate(to)}).`);
  }
  return date;
}

/** A cohort and its counts by destination: every count a whole number, adding up to the cohort. */
function destinationCounts(f: Fields, label: string): DestinationCounts | undefined {
  const cohort = count(f, 'cohort', `${label}: cohort`);
  const c = f.nested('counts');
  const counts = {} as Record<DestinationId, number>;
  let complete = true;
  for (const id of destinationIds) {
    const n = count(c, id, `${label}: ${destinationNames[id]}`, { required: false });
    if (n === undefined && c.raw(id) !== undefined && c.raw(id) !== null && c.raw(id) !== '') complete = false;
    counts[id] = n ?? 0;
  }
  if (cohort === undefined || !complete) return undefined;
  if (cohort === 0) return f.fail('cohort', `${label}: cohort must be at least 1 learner.`);
  const sum = destinationIds.reduce((s, id) => s + counts[id], 0);
  if (sum !== cohort) {
    return f.fail(
      'counts',
      `${label}: the destinations add up to ${sum} but the cohort is ${cohort}. Every leaver needs one destination; use Not known for those you could not find.`,
    );
  }
  return { cohort, counts };
}

function readCohort(f: Fields): LeaverCohort | undefined {
  const c = f.nested('cohort');
  const kind = c.oneOf('kind', 'Leavers', cohortChoices);
  if (kind !== 'programme') return kind === undefined ? undefined : { kind };
  const name = c.text('name', 'Programme', { required: true });
  return name === undefined ? undefined : { kind, name };
}

/** One group's breakdown, checked against the whole cohort's. */
function readGroup(f: Fields, item: unknown, path: string, all: DestinationCounts | undefined): GroupDestinations | undefined {
  const g = f.item(item, path);
  const group = g.oneOf('group', 'Group', groupChoices);
  const counts = destinationCounts(g, group ? learnerGroupNames[group] : 'Group');
  if (!group || !counts || !all) return undefined;
  const name = learnerGroupNames[group];
  if (counts.cohort > all.cohort) return g.fail('cohort', `${name}: the group (${counts.cohort}) cannot be larger than the whole cohort (${all.cohort}).`);
  for (const id of destinationIds) {
    if (counts.counts[id] > all.counts[id]) {
      const what = destinationNames[id];
      return g.fail('counts', `${name}: ${what} (${counts.counts[id]}) cannot be more than ${what} for the whole cohort (${all.counts[id]}).`);
    }
  }
  return { group, ...counts };
}

/** The destinations of one leaver cohort. */
export function validateDestinations(input: unknown, ctx: ImpactValidationContext): ValidationResult<DestinationsRecord> {
  const f = new Fields(input);
  const id = f.text('id', 'Record id', { required: true });
  const year = academicYear(f, ctx);
  const cohort = readCohort(f);
  const source = f.oneOf('source', 'Source', sourceChoices);
  const sustained = f.boolean('sustained', 'Sustained destinations', { default: false });
  const all = destinationCounts(f.nested('all'), 'All leavers');
  const groups = f.list('groups', 'Groups', (item, path) => readGroup(f, item, path, all));
  const seen = new Set<LearnerGroup>();
  groups.forEach((g, i) => {
    if (seen.has(g.group)) f.failAt(`groups[${i}].group`, `${learnerGroupNames[g.group]} is given twice.`);
    seen.add(g.group);
  });
  const send = groups.find((g) => g.group === 'send');
  const ehc = groups.find((g) => g.group === 'ehc-plan');
  if (send && ehc && ehc.cohort > send.cohort) {
    f.fail('groups', `EHC plan (${ehc.cohort}) cannot be larger than SEND (${send.cohort}): learners with an EHC plan are part of SEND.`);
  }
  const note = f.text('note', 'Note', { multiLine: true });
  return f.result(() => ({
    id: id!,
    academicYear: year!,
    cohort: cohort!,
    source: source!,
    sustained: sustained!,
    all: all!,
    groups,
    ...(note !== undefined ? { note } : {}),
  }));
}

/** One year group's results in a round of the FSQ or the school's own survey. */
export function validatePerception(input: unknown, ctx: ImpactValidationContext): ValidationResult<PerceptionRecord> {
  const f = new Fields(input);
  const id = f.text('id', 'Record id', { required: true });
  const year = academicYear(f, ctx);
  const survey = f.oneOf('survey', 'Survey', surveyChoices);
  const surveyName = f.text('surveyName', 'Survey name', { required: survey === 'own' });
  const date = dateInYear(f, 'date', 'Date', year);
  const yearGroup = f.oneOf('yearGroup', 'Year group', yearGroupChoices(ctx.yearGroups));
  const responses = count(f, 'responses', 'Responses');
  const size = count(f, 'yearGroupSize', 'Learners in the year group', { required: false });
  if (responses !== undefined && size !== undefined && responses > size) {
    f.fail('responses', `Responses (${responses}) cannot be more than the learners in the year group (${size}).`);
  }
  const areas = f.list('areas', 'Results', (item, path) => {
    const a = f.item(item, path);
    const area = pickAt(a, a.raw('area'), `${path}.area`, 'Learning-outcome area', areaChoices);
    const value = percentage(a, 'percentPositive', area ? `${area}: positive answers` : 'Positive answers');
    return area && value !== undefined ? ({ area, percentPositive: value } satisfies AreaResult) : undefined;
  });
  areas.forEach((a, i) => {
    if (areas.findIndex((b) => b.area === a.area) !== i) f.failAt(`areas[${i}].area`, `${a.area} is given twice.`);
  });
  return f.result(() => ({
    id: id!,
    academicYear: year!,
    survey: survey!,
    ...(surveyName !== undefined ? { surveyName } : {}),
    date: date!,
    yearGroup: yearGroup!,
    responses: responses!,
    ...(size !== undefined ? { yearGroupSize: size } : {}),
    areas,
  }));
}

/** A dated summary of one stakeholder group's voice. */
export function validateVoice(input: unknown, ctx: ImpactValidationContext): ValidationResult<VoiceRecord> {
  const f = new Fields(input);
  const id = f.text('id', 'Record id', { required: true });
  const year = academicYear(f, ctx);
  const group = f.oneOf('group', 'Group', stakeholderChoices);
  const date = dateInYear(f, 'date', 'Date', year);
  const method = f.text('method', 'How it was gathered', { required: true });
  const participants = count(f, 'participants', 'People who took part');
  const findings = f.text('findings', 'What it found', { required: true, multiLine: true });
  return f.result(() => ({
    id: id!,
    academicYear: year!,
    group: group!,
    date: date!,
    method: method!,
    participants: participants!,
    findings: findings!,
  }));
}

/** Learners in one year group flagged at risk of NEET: counts only. */
export function validateNeetRisk(input: unknown, ctx: ImpactValidationContext): ValidationResult<NeetRiskRecord> {
  const f = new Fields(input);
  const id = f.text('id', 'Record id', { required: true });
  const year = academicYear(f, ctx);
  const yearGroup = f.oneOf('yearGroup', 'Year group', yearGroupChoices(ctx.yearGroups));
  const date = dateInYear(f, 'date', 'Date', year);
  const size = count(f, 'yearGroupSize', 'Learners in the year group');
  const flagged = count(f, 'flagged', 'Learners flagged');
  const supported = count(f, 'supported', 'Learners supported');
  if (size !== undefined && flagged !== undefined && flagged > size) {
    f.fail('flagged', `Learners flagged (${flagged}) cannot be more than the learners in the year group (${size}).`);
  }
  if (flagged !== undefined && supported !== undefined && supported > flagged) {
    f.fail('supported', `Learners supported (${supported}) cannot be more than the learners flagged (${flagged}).`);
  }
  const support = f.text('support', 'Support given', { required: (supported ?? 0) > 0, multiLine: true });
  const indicator = f.text('indicator', 'Indicator used');
  return f.result(() => ({
    id: id!,
    academicYear: year!,
    yearGroup: yearGroup!,
    date: date!,
    yearGroupSize: size!,
    flagged: flagged!,
    supported: supported!,
    support: support ?? '',
    ...(indicator !== undefined ? { indicator } : {}),
  }));
}
