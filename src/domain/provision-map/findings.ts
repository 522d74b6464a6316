import { universalLearningOutcomes } from '../catalogue/learning-outcomes';
import { activityCategories, stages as catalogueStages } from '../catalogue/provision';
import { palKeyPhases } from '../catalogue/statutory';
import type { ActivityCategory, LearningOutcome, PalKeyPhase, Stage, YearGroup } from '../catalogue/types';
import type { Finding } from '../findings';
import {
  employerEncounterFindings,
  furtherHigherFindings,
  personalGuidanceFindings,
  transitionYears,
  workplaceFindings,
} from './findings-benchmarks';
import { outcomeFindings, stageOutcomeLimitFindings } from './findings-outcomes';
import { plural, yearLabel, yearsLabel } from './labels';
import { palCompliance } from './pal';
import { parentCarerEngagement } from './parent-carer';
import { sources } from './sources';
import type { ProvisionMap } from './types';

export interface ProvisionFindingOptions {
  /** The school's own learning outcomes, checked alongside the universal ones. */
  readonly ownOutcomes?: readonly LearningOutcome[];
  /** Defaults to the 18 universal outcomes. */
  readonly universalOutcomes?: readonly LearningOutcome[];
  readonly stages?: readonly Stage[];
  readonly categories?: readonly ActivityCategory[];
  readonly palKeyPhases?: readonly PalKeyPhase[];
  /** Year groups in which personal guidance must happen; defaults to Years 9, 11 and 13 where mapped. */
  readonly transitionYears?: readonly YearGroup[];
}

const phaseNames = { first: 'first', second: 'second', third: 'third' } as const;

/**
 * Everything worth telling the Careers Leader about the map, each finding citing where its rule comes from.
 * An activity in two categories counts for both. A map with no activities at all gets one finding per year
 * group saying so, and nothing else: every other gap would follow from it and bury the one thing to do.
 */
export function provisionFindings(map: ProvisionMap, options: ProvisionFindingOptions = {}): Finding[] {
  const stages = options.stages ?? catalogueStages;
  const categories = options.categories ?? activityCategories;
  const outcomes = [...(options.universalOutcomes ?? universalLearningOutcomes), ...(options.ownOutcomes ?? [])];

  const emptyYears = map.yearGroups.filter((y) => !map.activities.some((a) => a.yearGroup === y));
  const empty: Finding[] = emptyYears.map((y) => ({
    kind: 'empty-cell',
    severity: 'gap',
    message: `${yearLabel(y)} has no careers activities mapped yet.`,
    cells: stages.map((s) => ({ stage: s.id, yearGroup: y })),
    activityIds: [],
    source: sources.progression,
  }));
  if (map.activities.length === 0) return empty;

  const emptyStages: Finding[] = stages
    .filter((s) => !map.activities.some((a) => a.stage === s.id))
    .map((s) => ({
      kind: 'empty-cell',
      severity: 'advice',
      message:
        `No activity is mapped at the ${s.name} stage yet: a progressive provision takes learners from ` +
        'introducing and inspiring, through investigating and exploring, to applying and demonstrating.',
      cells: map.yearGroups.map((yearGroup) => ({ stage: s.id, yearGroup })),
      activityIds: [],
      source: sources.progression,
    }));

  return [
    ...empty,
    ...emptyStages,
    ...palFindings(map, options.palKeyPhases ?? palKeyPhases),
    ...employerEncounterFindings(map, categories),
    ...workplaceFindings(map, categories),
    ...furtherHigherFindings(map, categories),
    ...personalGuidanceFindings(map, categories, options.transitionYears ?? transitionYears(map)),
    ...parentCarerFindings(map),
    ...stageOutcomeLimitFindings(map, stages),
    ...outcomeFindings(map, outcomes, stages),
  ];
}

function palFindings(map: ProvisionMap, phases: readonly PalKeyPhase[]): Finding[] {
  return palCompliance(map, phases).flatMap((c) => {
    if (c.status !== 'short') return [];
    const phase = `The ${phaseNames[c.phase]} key phase (${yearsLabel(c.yearGroups)})`;
    const duty = c.mandatoryToAttend
      ? 'the provider access legislation requires two encounters with providers of technical education and ' +
        'apprenticeships for every pupil in this key phase.'
      : 'the provider access legislation requires the school to put on two encounters with providers of technical ' +
        'education and apprenticeships in this key phase (attending is optional for students).';
    const targeted =
      c.targetedActivityIds.length > 0
        ? ` ${plural(c.targetedActivityIds.length, 'activity is', 'activities are')} for a targeted group only, so ` +
          `${c.targetedActivityIds.length === 1 ? 'it does' : 'they do'} not count: every pupil must be offered the encounters.`
        : '';
    return [
      {
        kind: 'pal-short' as const,
        severity: 'gap' as const,
        message: `${phase} has ${c.encounters} of the ${c.required} provider encounters required: ${duty}${targeted}`,
        cells: c.yearGroups.map((yearGroup) => ({ yearGroup })),
        activityIds: [...c.activityIds, ...c.targetedActivityIds],
        source: sources.pal,
      },
    ];
  });
}

function parentCarerFindings(map: ProvisionMap): Finding[] {
  return parentCarerEngagement(map)
    .filter((y) => !y.engaged)
    .map((y) => ({
      kind: 'no-parent-carer-engagement' as const,
      severity: 'gap' as const,
      message:
        `${yearLabel(y.yearGroup)} has no activity that involves parents and carers yet: Benchmark 1 expects the ` +
        'careers programme to set out how parents and carers will be engaged throughout.',
      cells: [{ yearGroup: y.yearGroup }],
      activityIds: [],
      source: sources.parentsAndCarers,
    }));
}

/**
 * The provision map's findings as every surface shows them (the Excel pane, the map view, the governors' report):
 * gaps first, then advice, each in the rules' own order. One function on one map, so they all say the same.
 */
export function mapFindings(map: ProvisionMap, options: ProvisionFindingOptions = {}): Finding[] {
  // Array.prototype.sort is stable: the rules' own order is kept within each severity.
  return provisionFindings(map, options).sort((a, b) => Number(a.severity === 'advice') - Number(b.severity === 'advice'));
}
