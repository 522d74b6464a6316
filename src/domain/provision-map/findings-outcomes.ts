import { maxOutcomesPerStage } from '../catalogue/provision';
import type { LearningOutcome, Stage, StageId } from '../catalogue/types';
import type { Finding } from '../findings';
import { plural } from './labels';
import { outcomeCoverage } from './outcome-coverage';
import { sources } from './sources';
import type { ProvisionMap } from './types';

const stageName = (stages: readonly Stage[], id: StageId): string => stages.find((s) => s.id === id)?.name ?? id;
const named = (o: LearningOutcome): string =>
  `${o.universal ? 'Learning outcome' : 'Your learning outcome'} ${o.id} (“${o.text}”)`;

/** More than five learning outcomes chosen for a stage (seed 000, Appendix 1 gives five slots). */
export function stageOutcomeLimitFindings(map: ProvisionMap, stages: readonly Stage[]): Finding[] {
  return stages.flatMap((stage) => {
    const chosen = map.stageOutcomes[stage.id] ?? [];
    if (chosen.length <= maxOutcomesPerStage) return [];
    return [
      {
        kind: 'too-many-stage-outcomes' as const,
        severity: 'gap' as const,
        message:
          `${stage.name} has ${plural(chosen.length, 'learning outcome', 'learning outcomes')}: the mapping ` +
          `template has room for up to ${maxOutcomesPerStage} per stage. Choose the ones that matter most.`,
        cells: [{ stage: stage.id }],
        activityIds: [],
        source: sources.stageOutcomeLimit,
      },
    ];
  });
}

/**
 * Outcomes that are not delivered:
 * - chosen for a stage but no activity at that stage addresses it (gap: the map promises it);
 * - the school's own outcome, addressed nowhere (gap: the school wrote it for its learners);
 * - a universal outcome addressed nowhere and not chosen for any stage (advice: the universal outcomes are
 *   suggested, and seed 000 asks whether the provision meets all the outcomes, not that it must use all 18).
 * And outcomes that do not progress (advice): addressed at one stage only, or at later stages only in earlier years.
 */
export function outcomeFindings(
  map: ProvisionMap,
  outcomes: readonly LearningOutcome[],
  stages: readonly Stage[],
): Finding[] {
  const out: Finding[] = [];
  for (const c of outcomeCoverage(map, outcomes, stages)) {
    for (const stageId of c.chosenForStages) {
      if (c.stages.includes(stageId)) continue;
      const name = stageName(stages, stageId);
      out.push({
        kind: 'outcome-not-addressed',
        severity: 'gap',
        message: `${named(c.outcome)} is a learning outcome for ${name}, but no ${name} activity addresses it yet.`,
        cells: [{ stage: stageId }],
        activityIds: [],
        source: sources.outcomesMet,
      });
    }
    if (!c.addressed && c.chosenForStages.length === 0) {
      out.push({
        kind: 'outcome-not-addressed',
        severity: c.outcome.universal ? 'advice' : 'gap',
        message: `${named(c.outcome)} is not addressed by any activity yet.`,
        cells: [],
        activityIds: [],
        source: sources.outcomesMet,
      });
    }
    if (c.addressed && !c.progresses) {
      const only = c.stages.length === 1 ? c.stages[0] : undefined;
      out.push({
        kind: 'outcome-not-progressing',
        severity: 'advice',
        message: only
          ? `${named(c.outcome)} is addressed only in ${stageName(stages, only)}. Returning to it at another stage ` +
            'lets learners build on what they learnt before.'
          : `${named(c.outcome)} is addressed in ${c.stages.map((s) => stageName(stages, s)).join(' and ')}, but ` +
            'the later stage comes in an earlier year group. Progression runs from introducing and inspiring towards ' +
            'applying and demonstrating as learners get older.',
        cells: c.stages.map((stage) => ({ stage })),
        activityIds: [...c.activityIds],
        source: sources.progression,
      });
    }
  }
  return out;
}
