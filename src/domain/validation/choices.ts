import { learningOutcomeAreas, universalLearningOutcomes } from '../catalogue/learning-outcomes';
import { actionPeriodGroups } from '../catalogue/plan';
import { activityCategories, stages, terms } from '../catalogue/provision';
import type {
  ActionPeriod,
  ActivityCategory,
  BenchmarkNumber,
  ColumnNumber,
  LearningOutcome,
  LearningOutcomeArea,
  ModelVariant,
  StageId,
  YearGroup,
} from '../catalogue/types';
import type { Rag } from '../plan/types';
import type { Term } from '../catalogue/provision';
import type { ReflectionChoice, ReviewStatus } from '../review/types';
import type { TrainingStatus } from '../statutory/types';
import { providerAccessPolicyContents } from '../catalogue/statutory';
import type { ProviderAccessPolicyContentId } from '../catalogue/types';
import { plainChoices, type Choice } from './fields';

/** The allowed values of each closed field, with the names people see in messages. */
export const stageChoices: readonly Choice<StageId>[] = stages.map((s) => ({ value: s.id, name: s.name }));
export const termChoices: readonly Choice<Term>[] = plainChoices<Term>(terms);
export const benchmarkChoices: readonly Choice<BenchmarkNumber>[] = plainChoices<BenchmarkNumber>([1, 2, 3, 4, 5, 6, 7, 8]);
export const columnChoices: readonly Choice<ColumnNumber>[] = plainChoices<ColumnNumber>([1, 2, 3, 4]);
export const reflectionChoices: readonly Choice<ReflectionChoice>[] = [
  ...columnChoices,
  { value: 'not-sure', name: 'not sure' },
];
export const variantChoices: readonly Choice<ModelVariant>[] = [
  { value: 'schools', name: 'schools and specialist settings' },
  { value: 'colleges', name: 'colleges' },
];
export const statusChoices: readonly Choice<ReviewStatus>[] = [
  { value: 'preparing', name: 'preparing' },
  { value: 'meeting', name: 'meeting' },
  { value: 'agreed', name: 'agreed' },
];
export const periodChoices: readonly Choice<ActionPeriod>[] = plainChoices<ActionPeriod>(
  actionPeriodGroups.flatMap((g) => g.periods),
);
export const ragChoices: readonly Choice<Rag>[] = [
  { value: 'red', name: 'red' },
  { value: 'amber', name: 'amber' },
  { value: 'green', name: 'green' },
];
export const trainingChoices: readonly Choice<TrainingStatus>[] = [
  { value: 'trained', name: 'trained' },
  { value: 'in-training', name: 'in training' },
  { value: 'not-trained', name: 'not trained' },
];
export const areaChoices: readonly Choice<LearningOutcomeArea>[] = plainChoices<LearningOutcomeArea>(learningOutcomeAreas);

export const yearGroupChoices = (yearGroups: readonly YearGroup[]): Choice<YearGroup>[] => plainChoices(yearGroups);
export const categoryChoices = (categories: readonly ActivityCategory[] = activityCategories): Choice<string>[] =>
  categories.map((c) => ({ value: c.id, name: c.name }));
/** Learning outcomes by id (the universal ones, then the school's own). */
export const outcomeChoices = (own: readonly LearningOutcome[] = []): Choice<string>[] =>
  [...universalLearningOutcomes, ...own].map((o) => ({ value: o.id, name: o.id }));

export const policyContentChoices: readonly Choice<ProviderAccessPolicyContentId>[] = providerAccessPolicyContents.map((c) => ({
  value: c.id,
  name: c.label.toLowerCase(),
}));
