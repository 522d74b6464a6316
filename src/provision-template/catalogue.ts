import {
  activityCategories,
  schoolYearGroups,
  stages,
  terms,
  universalLearningOutcomes,
} from '../domain/catalogue';
import type { ActivityCategory, LearningOutcome, Stage, YearGroup } from '../domain/catalogue';

/** What the template offers in its drop-downs: the documents' catalogue plus what the school adds. */
export interface TemplateCatalogue {
  readonly stages: readonly Stage[];
  readonly yearGroups: readonly YearGroup[];
  readonly categories: readonly ActivityCategory[];
  /** The 18 universal learning outcomes followed by the school's own. */
  readonly outcomes: readonly LearningOutcome[];
  readonly terms: readonly string[];
}

export function templateCatalogue(
  options: { yearGroups?: readonly YearGroup[]; ownOutcomes?: readonly LearningOutcome[] } = {},
): TemplateCatalogue {
  return {
    stages,
    yearGroups: options.yearGroups ?? schoolYearGroups,
    categories: activityCategories,
    outcomes: [...universalLearningOutcomes, ...(options.ownOutcomes ?? [])],
    terms,
  };
}
