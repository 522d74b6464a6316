import { stages, type Term, terms } from '../catalogue/provision';
import type { BenchmarkNumber, StageId } from '../catalogue/types';
import { loose, orList, quoted } from './cells';
import { problem, read, type Reading } from './reading';

const stageWords: Readonly<Record<StageId, readonly string[]>> = {
  'introduce-inspire': ['introduce', 'inspire', 'introduction', 'inspiration', 'ii', 'i and i', 'stage 1', '1'],
  'investigate-explore': ['investigate', 'explore', 'investigation', 'exploration', 'ie', 'i and e', 'stage 2', '2'],
  'apply-demonstrate': ['apply', 'demonstrate', 'application', 'demonstration', 'ad', 'a and d', 'stage 3', '3'],
};

/** "Introduce & Inspire", "I&I", "Inspire", "Stage 1" → Introduce and Inspire. */
export function readStage(typed: string): Reading<StageId> {
  const text = loose(typed).replace(/[/-]/g, ' and ').replace(/\s+/g, ' ').trim();
  const whole = text.replace(/^stage\s+(?=\D)/, '');
  const found = stages.filter((s) => {
    const words = stageWords[s.id];
    return loose(s.name) === whole || words.includes(whole) || whole.split(' ').some((w) => w.length > 2 && words.includes(w));
  });
  if (found.length === 1) return read(typed, found[0]!.id, found[0]!.name);
  return problem(`${quoted(typed)} is not a stage: use ${orList(stages.map((s) => s.name))} (“I&I”, “I&E” and “A&D” work too).`);
}

const termWords: Readonly<Record<string, Term>> = {
  autumn: 'Autumn', aut: 'Autumn', au: 'Autumn', au1: 'Autumn', au2: 'Autumn', michaelmas: 'Autumn', fall: 'Autumn',
  september: 'Autumn', sept: 'Autumn', sep: 'Autumn', october: 'Autumn', oct: 'Autumn', november: 'Autumn', nov: 'Autumn',
  december: 'Autumn', dec: 'Autumn', christmas: 'Autumn',
  spring: 'Spring', spr: 'Spring', sp: 'Spring', sp1: 'Spring', sp2: 'Spring', lent: 'Spring', january: 'Spring', jan: 'Spring',
  february: 'Spring', feb: 'Spring', march: 'Spring', mar: 'Spring', easter: 'Spring',
  summer: 'Summer', sum: 'Summer', su: 'Summer', su1: 'Summer', su2: 'Summer', trinity: 'Summer', april: 'Summer', apr: 'Summer',
  may: 'Summer', june: 'Summer', jun: 'Summer', july: 'Summer', jul: 'Summer', august: 'Summer', aug: 'Summer',
};
const allYear = new Set([
  'throughout the year', 'throughout', 'all year', 'all year round', 'year round', 'all terms', 'every term', 'each term', 'termly',
  'ongoing', 'on going', 'continuous', 'continuously', 'weekly', 'fortnightly', 'monthly', 'whole year', 'across the year',
]);
const monthTerm: readonly Term[] = ['Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Summer', 'Summer', 'Autumn', 'Autumn', 'Autumn', 'Autumn'];

/** "Aut 1", "Autumn term", "October", "07.10.26", "All year" → a term. Blank is "not stated", read by the caller. */
export function readTerm(typed: string): Reading<Term> {
  const text = loose(typed);
  const exact = terms.find((t) => loose(t) === text);
  if (exact) return read(typed, exact, exact);
  if (allYear.has(text) || allYear.has(text.replace(/\bterm\b/, '').trim())) return read(typed, 'Throughout the year', 'Throughout the year');
  const month = monthOfDate(typed);
  const found = new Set<Term>(month !== undefined ? [monthTerm[month]!] : []);
  for (const word of text.split(/[\s/-]+/)) {
    const term = termWords[word.replace(/\d+$/, '')] ?? termWords[word];
    if (term) found.add(term);
  }
  if (found.size === 1) return read(typed, [...found][0]!, [...found][0]!);
  const choose = `use ${orList([...terms])}, or leave it blank if it is not stated`;
  if (found.size > 1) return problem(`${quoted(typed)} names more than one term: an activity has one term here — ${choose}.`);
  return problem(`${quoted(typed)} is not a term: ${choose}.`);
}

/** The month (0–11) of a date written 2026-10-07, 07/10/2026 or 07.10.26 (British day-first order). */
function monthOfDate(text: string): number | undefined {
  const iso = /^\d{4}-(\d{2})-\d{2}/.exec(text.trim());
  const british = /^\d{1,2}[./-](\d{1,2})[./-]\d{2,4}$/.exec(text.trim());
  const month = Number((iso ?? british)?.[1]);
  return month >= 1 && month <= 12 ? month - 1 : undefined;
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'ticked', 'involved', 'invited', 'yes please']);
const no = new Set(['no', 'n', 'false', '0', '✗', '✘', '-', 'none', 'n/a', 'na', 'not involved', 'not applicable']);

/** Yes/no in its many forms: "Y", "yes - invited", "✓", TRUE, 1; "No", "n/a", "-", FALSE, 0. */
export function readYesNo(typed: string): Reading<boolean> {
  const raw = typed.trim().toLowerCase();
  const text = loose(typed);
  const value = yes.has(raw) || yes.has(text) || /^yes\b/.test(text) ? true : no.has(raw) || no.has(text) || /^no\b/.test(text) ? false : undefined;
  if (value === undefined) return problem(`${quoted(typed)} is not yes or no: type Yes or No.`);
  return read(typed, value, value ? 'Yes' : 'No');
}

/** "GB5", "Benchmark 5", "5 & 6" → benchmarks 5 and 6. */
export function readBenchmarks(typed: string): Reading<readonly BenchmarkNumber[]> {
  const parts = loose(typed)
    .replace(/\b(gatsby|benchmarks?|gbs?|bms?|b)(?=\s*\d)/g, ' ')
    .split(/[\s,/]+|\band\b/)
    .filter(Boolean);
  const numbers = parts.map(Number);
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 8)) {
    return problem(`${quoted(typed)} is not a list of Gatsby Benchmarks: use numbers 1 to 8, such as 5 or “GB5; GB6”.`);
  }
  const values = [...new Set(numbers)].sort((a, b) => a - b) as BenchmarkNumber[];
  return read(typed, values, values.map((n) => `Benchmark ${n}`).join(', '));
}

const universalWords = new Set(['universal', 'all', 'everyone', 'every learner', 'whole year', 'whole year group', 'whole cohort', 'all students', 'all pupils']);
const targetedWords = new Set(['targeted', 'target', 'targetted', 'selected', 'small group', 'some']);

/** Universal (every learner in the year group) or targeted (a group). */
export function readAudience(typed: string): Reading<'universal' | 'targeted'> {
  const text = loose(typed);
  if (universalWords.has(text)) return read(typed, 'universal', 'Universal');
  if (targetedWords.has(text) || text.startsWith('targeted')) return read(typed, 'targeted', 'Targeted');
  return problem(`${quoted(typed)} is not an audience: type Universal (every learner in the year group) or Targeted.`);
}
