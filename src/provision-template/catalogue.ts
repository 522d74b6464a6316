import {
  activityCategories,
  schoolYearGroups,
  stages,
  terms,
  universalLearningOutcomes,
} from '../domain/catalogue';
import type { ActivityCategory, LearningOutcome, Stage, StageId, YearGroup } from '../domain/catalogue';
import { ownCategory } from '../domain/import/categories';

/** What the template offers in its drop-downs: the documents' catalogue plus what the school adds. */
export interface TemplateCatalogue {
  readonly stages: readonly Stage[];
  readonly yearGroups: readonly YearGroup[];
  readonly categories: readonly ActivityCategory[];
  /** The 18 universal learning outcomes followed by the school's own. */
  readonly outcomes: readonly LearningOutcome[];
  readonly terms: readonly string[];
  /** The learning outcomes chosen for each stage on the team's site, when the pane is connected to it. */
  readonly siteStageOutcomes?: Readonly<Partial<Record<StageId, readonly string[]>>>;
}

export function templateCatalogue(
  options: {
    yearGroups?: readonly YearGroup[];
    ownOutcomes?: readonly LearningOutcome[];
    siteStageOutcomes?: Readonly<Partial<Record<StageId, readonly string[]>>>;
  } = {},
): TemplateCatalogue {
  return {
    stages,
    yearGroups: options.yearGroups ?? schoolYearGroups,
    categories: activityCategories,
    outcomes: [...universalLearningOutcomes, ...(options.ownOutcomes ?? [])],
    terms,
    ...(options.siteStageOutcomes ? { siteStageOutcomes: options.siteStageOutcomes } : {}),
  };
}

/**
 * The catalogue with categories of the school's own added (named as typed): those the person agreed to in the pane,
 * and those already on the team's site. Names the catalogue holds already are left out.
 */
export function withOwnCategories(catalogue: TemplateCatalogue, names: readonly string[]): TemplateCatalogue {
  const held = new Set(catalogue.categories.map((c) => c.id));
  const added = [...new Set(names)].filter((n) => !held.has(n));
  return added.length === 0 ? catalogue : { ...catalogue, categories: [...catalogue.categories, ...added.map(ownCategory)] };
}
