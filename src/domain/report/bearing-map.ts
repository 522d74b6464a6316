import { benchmarks } from '../catalogue/benchmarks';
import { palKeyPhases } from '../catalogue/statutory';
import type { BenchmarkNumber } from '../catalogue/types';
import type { FindingKind } from '../findings';
import { benchmarkEvidence } from '../provision-map/benchmark-evidence';
import { plural, yearLabel, yearsLabel } from '../provision-map/labels';
import { parentCarerEngagement } from '../provision-map/parent-carer';
import type { Activity } from '../provision-map/types';
import type { ReportContext } from './context';
import type { Bearing, BearingLine, Tone, YearBearing } from './types';

/** The provision-map findings that speak to each benchmark's year-by-year expectation. */
const benchmarkFindings: Readonly<Partial<Record<BenchmarkNumber, readonly FindingKind[]>>> = {
  5: ['no-employer-encounter'],
  6: ['no-workplace-experience'],
  7: ['no-fe-he-encounter'],
  8: ['no-personal-guidance-before-transition'],
};

const activityName = (a: Activity): string =>
  a.audience.kind === 'targeted' ? `${a.title} (targeted: ${a.audience.group})` : a.title;

function findingLines(ctx: ReportContext, kinds: readonly FindingKind[]): { lines: BearingLine[]; gapYears: Set<string> } {
  const found = ctx.provision.findings.filter((f) => kinds.includes(f.kind));
  const gapYears = new Set(found.flatMap((f) => f.cells.map((c) => c.yearGroup ?? '')).filter((y) => y !== ''));
  const lines: BearingLine[] = found.map((f) => ({ text: f.message, tone: f.severity === 'gap' ? 'gap' : 'info' }));
  if (kinds.length > 0 && lines.length === 0) lines.push({ text: 'The provision map shows no gap here.', tone: 'met' });
  return { lines, gapYears };
}

/** The activities evidencing a benchmark in each year group, and the provision map's findings about it. */
export function benchmarkYearsBearing(benchmark: BenchmarkNumber, ctx: ReportContext): Bearing {
  const byId = new Map(ctx.map.activities.map((a) => [a.id, a]));
  const { lines, gapYears } = findingLines(ctx, benchmarkFindings[benchmark] ?? []);
  const years: YearBearing[] = benchmarkEvidence(ctx.map).map((y) => {
    const ids = y.evidence[benchmark];
    const activities = ids.map((id) => byId.get(id)).filter((a): a is Activity => a !== undefined);
    // Met only where every learner in the year is reached; a targeted group alone is context, not coverage.
    const reachesAll = activities.some((a) => a.audience.kind === 'universal');
    const tone: Tone = gapYears.has(y.yearGroup) ? 'gap' : reachesAll ? 'met' : 'info';
    return { yearGroup: y.yearGroup, label: yearLabel(y.yearGroup), activities: activities.map(activityName), tone };
  });
  const name = benchmarks.find((b) => b.number === benchmark)?.name ?? '';
  return { kind: 'years', title: `Benchmark ${benchmark} (${name}) in the provision map, by year group`, years, findings: lines };
}

/** Activities parents and carers take part in, year group by year group. */
export function parentsCarersBearing(ctx: ReportContext): Bearing {
  const byId = new Map(ctx.map.activities.map((a) => [a.id, a]));
  const { lines } = findingLines(ctx, ['no-parent-carer-engagement']);
  const years: YearBearing[] = parentCarerEngagement(ctx.map).map((y) => ({
    yearGroup: y.yearGroup,
    label: yearLabel(y.yearGroup),
    activities: y.activityIds.map((id) => byId.get(id)).filter((a): a is Activity => a !== undefined).map(activityName),
    tone: y.engaged ? 'met' : 'gap',
  }));
  return { kind: 'years', title: 'Activities that involve parents and carers, by year group', years, findings: lines };
}

const phaseNames = { first: 'First', second: 'Second', third: 'Third' } as const;

/** Provider Access Legislation encounters counted in each key phase. */
export function palBearing(ctx: ReportContext): Bearing {
  const lines = ctx.provision.pal.map((c): BearingLine => {
    const years = yearsLabel(palKeyPhases.find((p) => p.id === c.phase)?.yearGroups ?? c.yearGroups);
    const phase = `${phaseNames[c.phase]} key phase (${years})`;
    if (c.status === 'not-applicable') return { text: `${phase}: not applicable, the map has none of these year groups.`, tone: 'info' };
    const providers = c.providers.length ? ` (${c.providers.join('; ')})` : '';
    const targeted = c.targetedActivityIds.length
      ? ` ${plural(c.targetedActivityIds.length, 'encounter is', 'encounters are')} for a targeted group only and not counted.`
      : '';
    const optional = c.mandatoryToAttend ? '' : ' Attending is optional for students.';
    return {
      text: `${phase}: ${plural(c.encounters, 'provider encounter', 'provider encounters')}${providers}, ${c.required} required.${targeted}${optional}`,
      tone: c.status === 'met' ? 'met' : 'gap',
    };
  });
  return { kind: 'lines', title: 'Provider Access Legislation: encounters per key phase', lines };
}

/** Learning outcomes addressed and progressing, and how much of the map's grid has activities. */
export function outcomesBearing(ctx: ReportContext): Bearing {
  const p = ctx.provision;
  const gaps = p.findings.filter((f) => f.severity === 'gap').length;
  return {
    kind: 'lines',
    title: 'The provision map',
    lines: [
      {
        text:
          `${p.filledCells} of the ${p.totalCells} stage and year group cells have at least one activity ` +
          `(${plural(p.activityCount, 'activity', 'activities')} in all).`,
        tone: p.filledCells === p.totalCells ? 'met' : 'info',
      },
      {
        text:
          `${p.outcomes.addressed} of the ${p.outcomes.total} universal learning outcomes are addressed by an activity; ` +
          `${p.outcomes.progressing} are returned to at a later stage.`,
        tone: p.outcomes.addressed === p.outcomes.total ? 'met' : 'info',
      },
      gaps > 0
        ? { text: `The provision map's rules find ${plural(gaps, 'gap', 'gaps')} (listed under Provision).`, tone: 'gap' }
        : { text: "The provision map's rules find no gaps.", tone: 'met' },
    ],
  };
}

/** Activities for targeted groups, grouped by the group they reach. */
export function targetedBearing(ctx: ReportContext): Bearing {
  const groups = new Map<string, string[]>();
  for (const a of ctx.map.activities) {
    if (a.audience.kind !== 'targeted') continue;
    groups.set(a.audience.group, [...(groups.get(a.audience.group) ?? []), `${a.title} (${yearLabel(a.yearGroup)})`]);
  }
  const lines: BearingLine[] = [...groups].map(([group, titles]) => ({ text: `${group}: ${titles.join('; ')}.`, tone: 'info' }));
  if (lines.length === 0) lines.push({ text: 'No activity on the provision map is for a targeted group.', tone: 'info' });
  return { kind: 'lines', title: 'Activities for targeted groups of learners', lines };
}
