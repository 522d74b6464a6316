import { universalLearningOutcomes } from '../catalogue/learning-outcomes';
import { stages as catalogueStages } from '../catalogue/provision';
import type { LearningOutcome, Stage, StageId, YearGroup } from '../catalogue/types';
import type { Activity, ProvisionMap } from './types';

export interface OutcomeCoverage {
  readonly outcome: LearningOutcome;
  /** Stages where at least one activity serves the outcome, in stage order. */
  readonly stages: readonly StageId[];
  /** Year groups where at least one activity serves it, in the map's order. */
  readonly yearGroups: readonly YearGroup[];
  readonly activityIds: readonly string[];
  /** Stages that list it among their (up to five) learning outcomes. */
  readonly chosenForStages: readonly StageId[];
  readonly addressed: boolean;
  /**
   * Addressed at an earlier stage and again at a later one in the same or a later year group, so learning builds as
   * learners get older, from inspiring towards applying (seed 000: "Develop a progressive approach that allows for
   * learning and multiple encounters and experiences across all key stages"). Apply & Demonstrate in Year 7 followed
   * by Introduce & Inspire in Year 11 runs backwards and does not count.
   */
  readonly progresses: boolean;
}

/**
 * For each learning outcome (pass the universal ones and the school's own), where the map addresses it.
 * An outcome is addressed where an activity lists it; choosing it for a stage is intent, not delivery, and is
 * reported separately.
 */
export function outcomeCoverage(
  map: ProvisionMap,
  outcomes: readonly LearningOutcome[] = universalLearningOutcomes,
  stages: readonly Stage[] = catalogueStages,
): OutcomeCoverage[] {
  const stageOrder = stages.map((s) => s.id);
  const yearOrder = (a: Activity): number => map.yearGroups.indexOf(a.yearGroup);
  return outcomes.map((outcome) => {
    const serving = map.activities.filter((a) => a.learningOutcomes.includes(outcome.id));
    const atStages = stageOrder.filter((s) => serving.some((a) => a.stage === s));
    const years = map.yearGroups.filter((y) => serving.some((a) => a.yearGroup === y));
    return {
      outcome,
      stages: atStages,
      yearGroups: years,
      activityIds: serving.map((a) => a.id),
      chosenForStages: stageOrder.filter((s) => (map.stageOutcomes[s] ?? []).includes(outcome.id)),
      addressed: serving.length > 0,
      progresses: serving.some((a) =>
        serving.some((b) => stageOrder.indexOf(a.stage) < stageOrder.indexOf(b.stage) && yearOrder(a) <= yearOrder(b)),
      ),
    };
  });
}
