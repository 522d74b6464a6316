import type { Activity } from '../../src/domain/provision-map/types';
import { templateCatalogue } from '../../src/provision-template/catalogue';
import { stageOutcomesFromCodes } from '../../src/provision-template/outcomes-sheet';
import { templatePlan } from '../../src/provision-template/template-plan';

export const catalogue = templateCatalogue();

export function activity(n: number, overrides: Partial<Activity> = {}): Activity {
  return {
    id: `key-${n}`,
    stage: (['introduce-inspire', 'investigate-explore', 'apply-demonstrate'] as const)[n % 3]!,
    yearGroup: String(7 + (n % 5)),
    title: `Activity ${n}`,
    categories: ['employer-encounter'],
    learningOutcomes: ['CK1'],
    benchmarks: [5],
    audience: { kind: 'universal' },
    term: 'Autumn',
    parentsAndCarers: n % 2 === 0,
    ...overrides,
  };
}

export const activities = (count: number): Activity[] => Array.from({ length: count }, (_, i) => activity(i + 1));

export const planWith = (list: readonly Activity[]) =>
  templatePlan({ catalogue, activities: list, stageOutcomes: stageOutcomesFromCodes([], catalogue) });
