import type { ActivityCategory, BenchmarkNumber, YearGroup } from '../catalogue/types';
import type { CellRef, Finding, FindingKind, SourceRef } from '../findings';
import { benchmarksOf, splitByAudience } from './evidence';
import { yearLabel, yearsLabel } from './labels';
import { findingQuotes, sources } from './sources';
import type { Activity, ProvisionMap } from './types';

const PRE_16 = ['7', '8', '9', '10', '11'];
const SIXTH_FORM = ['12', '13'];

/**
 * The map's year groups split into the phases a benchmark is checked across: Years 7–11 (key stages 3 and 4),
 * the sixth form (Years 12–13) where the map has one, and any other programme years (a college's) as one group.
 */
export function phasesOf(map: ProvisionMap): YearGroup[][] {
  const pre16 = map.yearGroups.filter((y) => PRE_16.includes(y));
  const sixth = map.yearGroups.filter((y) => SIXTH_FORM.includes(y));
  const other = map.yearGroups.filter((y) => !PRE_16.includes(y) && !SIXTH_FORM.includes(y));
  return [pre16, sixth, other].filter((g) => g.length > 0);
}

const isSixthForm = (years: readonly YearGroup[]): boolean => years.every((y) => SIXTH_FORM.includes(y));
const hasHave = (years: readonly YearGroup[]): string => (years.length === 1 ? 'has' : 'have');
const titles = (activities: readonly Activity[]): string => activities.map((a) => a.title).join('; ');
const cellsFor = (years: readonly YearGroup[]): CellRef[] => years.map((yearGroup) => ({ yearGroup }));

interface Check {
  readonly kind: FindingKind;
  readonly benchmark: BenchmarkNumber;
  /** What is missing, as a noun phrase: "employer encounter". */
  readonly what: string;
  /** The same with its article, for "has … only for a targeted group": "an employer encounter". */
  readonly some: string;
  readonly why: string;
  readonly source: SourceRef;
}

/**
 * One finding when none of `years` has an activity for every pupil evidencing the benchmark. If only a targeted
 * group is reached, the finding says so and cites those activities.
 */
function checkYears(
  map: ProvisionMap,
  years: readonly YearGroup[],
  check: Check,
  categories: readonly ActivityCategory[],
): Finding | undefined {
  const evidencing = map.activities.filter(
    (a) => years.includes(a.yearGroup) && benchmarksOf(a, categories).has(check.benchmark),
  );
  const { universal, targeted } = splitByAudience(evidencing);
  if (universal.length > 0) return undefined;
  const who = yearsLabel(years);
  const message =
    targeted.length > 0
      ? `${who} ${hasHave(years)} ${check.some} only for a targeted group (${titles(targeted)}): ${check.why}`
      : `${who} ${hasHave(years)} no ${check.what} yet: ${check.why}`;
  return {
    kind: check.kind,
    severity: 'gap',
    message,
    cells: cellsFor(years),
    activityIds: targeted.map((a) => a.id),
    source: check.source,
  };
}

/**
 * Benchmark 5: an employer encounter in every year group. The benchmark's statement asks for "multiple
 * opportunities"; the yearly rhythm is the governors' prompt question's, and the finding quotes it as such.
 */
export function employerEncounterFindings(map: ProvisionMap, categories: readonly ActivityCategory[]): Finding[] {
  return map.yearGroups.flatMap((y) => {
    const f = checkYears(
      map,
      [y],
      {
        kind: 'no-employer-encounter',
        benchmark: 5,
        what: 'employer encounter',
        some: 'an employer encounter',
        why: `the governors' guide asks, for Benchmark 5, what evidence there is “${findingQuotes.employerEveryYear}”.`,
        source: sources.benchmark5,
      },
      categories,
    );
    return f ? [f] : [];
  });
}

/**
 * Benchmark 6: first-hand experience of a workplace for every learner. Seed 003 gives no year; its prompt question
 * speaks of work experience "during key stages 3 and 4", so Years 7–11 need one between them, and a sixth form
 * needs one of its own because its students are learners too.
 */
export function workplaceFindings(map: ProvisionMap, categories: readonly ActivityCategory[]): Finding[] {
  return phasesOf(map).flatMap((years) => {
    const sixth = isSixthForm(years);
    const f = checkYears(
      map,
      years,
      {
        kind: 'no-workplace-experience',
        benchmark: 6,
        what: 'experience of a workplace',
        some: 'experience of a workplace',
        why: sixth
          ? 'Benchmark 6 expects every learner, sixth formers included, to have first-hand experience of the workplace.'
          : "Benchmark 6 expects every learner to have first-hand experience of the workplace, and the Government's " +
            "ambition is two weeks' worth of work experience during key stages 3 and 4.",
        source: sixth ? sources.benchmark6 : sources.benchmark6Ks34,
      },
      categories,
    );
    return f ? [f] : [];
  });
}

/** Benchmark 7: an encounter with further or higher education before leaving each phase (pre-16, sixth form). */
export function furtherHigherFindings(map: ProvisionMap, categories: readonly ActivityCategory[]): Finding[] {
  return phasesOf(map).flatMap((years) => {
    const f = checkYears(
      map,
      years,
      {
        kind: 'no-fe-he-encounter',
        benchmark: 7,
        what: 'encounter with further or higher education',
        some: 'an encounter with further or higher education',
        why:
          'Benchmark 7 expects all pupils to understand the full range of learning opportunities open to them, ' +
          'including academic, technical and vocational routes.',
        source: sources.benchmark7,
      },
      categories,
    );
    return f ? [f] : [];
  });
}

/**
 * The year groups in which significant study or career choices are made, and the choice: Year 9 (key stage 4
 * options; seed 001's example action plan offers Year 9 an interview "before their options"), Year 11 (post-16) and
 * Year 13 (post-18).
 */
const CHOICES: Readonly<Record<string, string>> = {
  '9': 'their key stage 4 options',
  '11': 'choices about what to do after Year 11',
  '13': 'choices about what to do after Year 13',
};

/**
 * Benchmark 8: personal guidance "whenever significant study or career choices are being made". Checked in the
 * choice years the map has (Years 9 and 11; Year 13 with a sixth form). A map with none of them (a college's own
 * years) is checked in its final year, the year its learners leave.
 */
export function transitionYears(map: ProvisionMap): YearGroup[] {
  const known = map.yearGroups.filter((y) => y in CHOICES);
  if (known.length > 0) return known;
  const last = map.yearGroups[map.yearGroups.length - 1];
  return last === undefined ? [] : [last];
}

export function personalGuidanceFindings(
  map: ProvisionMap,
  categories: readonly ActivityCategory[],
  years: readonly YearGroup[] = transitionYears(map),
): Finding[] {
  return years.flatMap((y) => {
    const choice = CHOICES[y] ?? `choices about what to do after ${yearLabel(y)}`;
    const f = checkYears(
      map,
      [y],
      {
        kind: 'no-personal-guidance-before-transition',
        benchmark: 8,
        what: 'personal guidance',
        some: 'personal guidance',
        why: `Benchmark 8 says guidance meetings “${findingQuotes.guidanceWhenChoosing}”, and ${yearLabel(y)} pupils are making ${choice}.`,
        source: y === '9' ? sources.benchmark8Options : sources.benchmark8,
      },
      categories,
    );
    return f ? [f] : [];
  });
}
