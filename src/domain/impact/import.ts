import { learningOutcomeAreas } from '../catalogue/learning-outcomes';
import type { FieldError, ValidationResult } from '../validation/result';
import { destinationNames, learnerGroupNames, sourceNames, stakeholderGroupNames } from './labels';
import { findPersonalData } from './personal-data';
import { destinationIds, type DestinationsRecord, type ImpactData, type NeetRiskRecord, type PerceptionRecord, type VoiceRecord } from './types';
import { type ImpactValidationContext, validateDestinations, validateNeetRisk, validatePerception, validateVoice } from './validate';

/**
 * Importing impact figures from a table (a CSV file or a worksheet, already read into strings): a header row and data
 * rows in, a preview out — the records accepted, and each rejected row with messages naming its row and column. The
 * reader that turns a file into strings is the provision-map import's; this is only the mapping.
 */
export type ImportKind = 'destinations' | 'perception' | 'voice' | 'neet-risk';

export interface ImportTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A problem with one row; `row` counts as a spreadsheet does (the header is row 1), `column` is the header's text. */
export interface ImportMessage {
  readonly row: number;
  readonly column?: string;
  readonly message: string;
}

export interface ImportPreview<T> {
  readonly accepted: readonly { readonly row: number; readonly record: T }[];
  readonly rejected: readonly { readonly row: number; readonly messages: readonly ImportMessage[] }[];
  /** Set when the whole file is refused (personal data, or a required column missing): nothing is imported. */
  readonly refused?: string;
  /** Columns the import does not read. */
  readonly ignoredColumns: readonly string[];
}

export interface ImportContext extends ImpactValidationContext {
  /** A new record id for the row (the caller's id generator, so the mapping stays pure). */
  readonly newId: (row: number) => string;
}

type Row = (field: string) => string | undefined;

/** A column: the field it fills and the headers it is known by (lower case). */
interface ColumnDef {
  readonly field: string;
  readonly headers: readonly string[];
  readonly required?: boolean;
}

const lower = (s: string) => s.trim().toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

const common: readonly ColumnDef[] = [{ field: 'academicYear', headers: ['academic year', 'year'], required: true }];

const columnsOf: Readonly<Record<ImportKind, readonly ColumnDef[]>> = {
  destinations: [
    ...common,
    { field: 'leavers', headers: ['leavers', 'cohort name', 'programme'], required: true },
    { field: 'source', headers: ['source'], required: true },
    { field: 'sustained', headers: ['sustained'] },
    { field: 'group', headers: ['group', 'learner group'] },
    { field: 'cohort', headers: ['cohort', 'cohort size', 'number of leavers'], required: true },
    ...destinationIds.map((d) => ({ field: d, headers: [lower(destinationNames[d]), d, ...(d === 'fe-college' ? ['fe college', 'fe'] : [])] })),
    { field: 'note', headers: ['note', 'notes'] },
  ],
  perception: [
    ...common,
    { field: 'survey', headers: ['survey'], required: true },
    { field: 'date', headers: ['date', 'closed'], required: true },
    { field: 'yearGroup', headers: ['year group'], required: true },
    { field: 'responses', headers: ['responses'], required: true },
    { field: 'yearGroupSize', headers: ['learners in the year group', 'learners in year group', 'year group size'] },
    ...learningOutcomeAreas.map((a) => ({ field: a, headers: [lower(a)] })),
  ],
  voice: [
    ...common,
    { field: 'group', headers: ['group', 'stakeholder group'], required: true },
    { field: 'date', headers: ['date'], required: true },
    { field: 'method', headers: ['how it was gathered', 'method'], required: true },
    { field: 'participants', headers: ['took part', 'participants', 'people who took part'], required: true },
    { field: 'findings', headers: ['what it found', 'findings', 'summary'], required: true },
  ],
  'neet-risk': [
    ...common,
    { field: 'yearGroup', headers: ['year group'], required: true },
    { field: 'date', headers: ['date'], required: true },
    { field: 'yearGroupSize', headers: ['learners in the year group', 'learners in year group', 'year group size'], required: true },
    { field: 'flagged', headers: ['flagged', 'learners flagged'], required: true },
    { field: 'supported', headers: ['supported', 'learners supported'], required: true },
    { field: 'support', headers: ['support given', 'support'] },
    { field: 'indicator', headers: ['indicator', 'indicator used'] },
  ],
};

/** The columns an import of `kind` reads, by the header it is first known by, required ones first. */
export function importHeaders(kind: ImportKind): { readonly required: readonly string[]; readonly optional: readonly string[] } {
  const defs = columnsOf[kind];
  // Our names keep their capitals ("NEET", "Self-awareness"); the rest are headers as a sentence starts them.
  const header = (d: ColumnDef): string =>
    (destinationNames as Readonly<Record<string, string>>)[d.field] ??
    learningOutcomeAreas.find((a) => a === d.field) ??
    `${d.headers[0]!.charAt(0).toUpperCase()}${d.headers[0]!.slice(1)}`;
  return { required: defs.filter((d) => d.required).map(header), optional: defs.filter((d) => !d.required).map(header) };
}

/** Waypoint's own words, which look like names in Title Case but are not. */
const vocabulary = new Set(
  [...Object.values(destinationNames), ...Object.values(learnerGroupNames), ...Object.values(stakeholderGroupNames), ...Object.values(sourceNames), ...learningOutcomeAreas].map(
    (v) => v.toLowerCase(),
  ),
);

/** "12" → 12, "58%" → 58; anything else stays text, so validation can say what it is. */
function number(value: string | undefined): number | string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim().replace(/%$/, '').replace(/,/g, ''));
  return Number.isFinite(n) ? n : value.trim();
}

const yes = (value: string | undefined): boolean | string | undefined => {
  const v = lower(value ?? '');
  if (v === '') return undefined;
  if (['yes', 'y', 'true', 'sustained'].includes(v)) return true;
  if (['no', 'n', 'false'].includes(v)) return false;
  return value;
};

/** "Year 9", "Y9" and "9" are all Year 9. */
const yearGroup = (value: string | undefined): string | undefined => value?.trim().replace(/^(year|yr|y)\s*/i, '');

const choice = (value: string | undefined, known: Readonly<Record<string, string>>, aliases: Readonly<Record<string, string>> = {}): string | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const v = lower(value);
  const byName = Object.entries(known).find(([id, name]) => lower(name) === v || id === v)?.[0];
  return byName ?? aliases[v] ?? value.trim();
};

const sourceAliases = { school: 'school', 'school collection': 'school', own: 'school', la: 'local-authority', 'local authority': 'local-authority', dfe: 'dfe' };
const groupAliases = { 'pupil premium': 'disadvantaged', fsm: 'disadvantaged', ehcp: 'ehc-plan', girls: 'female', boys: 'male', 'sen support': 'send' };
const stakeholderAliases = { pupils: 'learners', students: 'learners', parents: 'parents-carers', carers: 'parents-carers' };

function cohortOf(value: string | undefined): unknown {
  const v = lower(value ?? '');
  if (['year 11', 'y11', '11'].includes(v)) return { kind: 'year-11' };
  if (['year 13', 'y13', '13'].includes(v)) return { kind: 'year-13' };
  return { kind: 'programme', name: value?.trim() ?? '' };
}

function countsOf(get: Row): Record<string, unknown> {
  return Object.fromEntries(destinationIds.map((d) => [d, number(get(d)) ?? 0]));
}

/** The header a validation error belongs to, when it names one field. */
function columnFor(field: string, header: readonly string[], at: ReadonlyMap<string, number>): string | undefined {
  const leaf = field.replace(/^(all|groups\[\d+\])\./, '').replace(/^counts\./, '').replace(/^areas\[\d+\]\..*$/, '');
  const byField: Record<string, string> = { cohort: 'cohort', 'cohort.name': 'leavers', 'cohort.kind': 'leavers', group: 'group', surveyName: 'survey' };
  const target = byField[leaf] ?? leaf;
  const index = at.get(target);
  return index === undefined ? undefined : header[index];
}

/**
 * Maps a table to records of `kind`: figures only. The whole table is refused when a required column is missing or a
 * column looks like personal data; otherwise each row is validated on its own and accepted or rejected with messages.
 */
export function previewImport(kind: 'destinations', table: ImportTable, ctx: ImportContext): ImportPreview<DestinationsRecord>;
export function previewImport(kind: 'perception', table: ImportTable, ctx: ImportContext): ImportPreview<PerceptionRecord>;
export function previewImport(kind: 'voice', table: ImportTable, ctx: ImportContext): ImportPreview<VoiceRecord>;
export function previewImport(kind: 'neet-risk', table: ImportTable, ctx: ImportContext): ImportPreview<NeetRiskRecord>;
export function previewImport(kind: ImportKind, table: ImportTable, ctx: ImportContext): ImportPreview<ImpactData[keyof ImpactData][number]> {
  const defs = columnsOf[kind];
  const at = new Map<string, number>();
  table.header.forEach((h, i) => {
    const def = defs.find((d) => d.headers.includes(lower(h)));
    if (def && !at.has(def.field)) at.set(def.field, i);
  });
  const known = new Set(at.values());
  const ignoredColumns = table.header.filter((h, i) => !known.has(i) && h.trim() !== '');
  const refuse = (refused: string) => ({ accepted: [], rejected: [], refused, ignoredColumns });

  const personal = findPersonalData(table.header, table.rows, known, vocabulary);
  if (personal) {
    return refuse(
      `Nothing was imported: ${personal.reason}. Waypoint keeps figures only — counts and percentages for groups of learners — ` +
        'never information about an individual learner. Remove that column, or import the summary figures instead.',
    );
  }
  const missing = defs.filter((d) => d.required && !at.has(d.field)).map((d) => `“${d.headers[0]}”`);
  if (missing.length) return refuse(`Nothing was imported: the table needs the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`);

  const accepted: { row: number; record: ImpactData[keyof ImpactData][number] }[] = [];
  const rejected: { row: number; messages: ImportMessage[] }[] = [];
  const messagesOf = (row: number, errors: readonly FieldError[]): ImportMessage[] =>
    errors.map((e) => {
      const column = columnFor(e.field, table.header, at);
      return { row, ...(column ? { column } : {}), message: e.message };
    });
  const take = <T extends ImpactData[keyof ImpactData][number]>(row: number, result: ValidationResult<T>) => {
    if (result.ok) accepted.push({ row, record: result.value });
    else rejected.push({ row, messages: messagesOf(row, result.errors) });
  };

  const groupRows: { row: number; get: Row }[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const get: Row = (field) => {
      const index = at.get(field);
      return index === undefined ? undefined : cells[index];
    };
    const base = { id: ctx.newId(row), academicYear: get('academicYear')?.trim() };
    switch (kind) {
      case 'destinations':
        if (get('group')?.trim()) groupRows.push({ row, get });
        else {
          take(row, validateDestinations({
            ...base,
            cohort: cohortOf(get('leavers')),
            source: choice(get('source'), sourceNames, sourceAliases),
            sustained: yes(get('sustained')) ?? false,
            all: { cohort: number(get('cohort')), counts: countsOf(get) },
            groups: [],
            note: get('note'),
          }, ctx));
        }
        return;
      case 'perception': {
        const survey = lower(get('survey') ?? '');
        const fsq = survey === 'fsq' || survey === 'future skills questionnaire';
        const areas = learningOutcomeAreas.filter((a) => (get(a) ?? '').trim() !== '').map((area) => ({ area, percentPositive: number(get(area)) }));
        take(row, validatePerception({
          ...base,
          survey: fsq ? 'fsq' : 'own',
          ...(fsq ? {} : { surveyName: get('survey') }),
          date: get('date')?.trim(),
          yearGroup: yearGroup(get('yearGroup')),
          responses: number(get('responses')),
          yearGroupSize: number(get('yearGroupSize')),
          areas,
        }, ctx));
        return;
      }
      case 'voice':
        take(row, validateVoice({
          ...base,
          group: choice(get('group'), stakeholderGroupNames, stakeholderAliases),
          date: get('date')?.trim(),
          method: get('method'),
          participants: number(get('participants')),
          findings: get('findings'),
        }, ctx));
        return;
      case 'neet-risk':
        take(row, validateNeetRisk({
          ...base,
          yearGroup: yearGroup(get('yearGroup')),
          date: get('date')?.trim(),
          yearGroupSize: number(get('yearGroupSize')),
          flagged: number(get('flagged')),
          supported: number(get('supported')),
          support: get('support'),
          indicator: get('indicator'),
        }, ctx));
        return;
    }
  });

  // A group row belongs to the whole-cohort row of the same year, leavers, source and sustained flag.
  for (const { row, get } of groupRows) {
    const key = (r: DestinationsRecord) => [r.academicYear, JSON.stringify(r.cohort), r.source, r.sustained].join('|');
    const wanted = [get('academicYear')?.trim(), JSON.stringify(cohortOf(get('leavers'))), choice(get('source'), sourceNames, sourceAliases), yes(get('sustained')) ?? false].join('|');
    const owner = accepted.find((a) => key(a.record as DestinationsRecord) === wanted);
    if (!owner) {
      rejected.push({ row, messages: [{ row, message: 'This group’s row has no row for all leavers of the same year, leavers and source above it (leave Group empty on that row).' }] });
      continue;
    }
    const record = owner.record as DestinationsRecord;
    const group = { group: choice(get('group'), learnerGroupNames, groupAliases), cohort: number(get('cohort')), counts: countsOf(get) };
    const result = validateDestinations({ ...record, groups: [...record.groups, group] }, ctx);
    if (result.ok) owner.record = result.value;
    else rejected.push({ row, messages: messagesOf(row, result.errors) });
  }
  rejected.sort((a, b) => a.row - b.row);
  return { accepted, rejected, ignoredColumns };
}
