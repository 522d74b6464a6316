import type { StageId } from '../../src/domain/catalogue/types';
import type { Activity } from '../../src/domain/provision-map/types';
import type { Reflection, Review } from '../../src/domain/review/types';

/** Data shaped like real use (a full review, provision-map activities), shared by the bench and the integration tests. */
export const ROWS = Array.from({ length: 32 }, (_, i) => `${Math.floor(i / 4) + 1}.${(i % 4) + 1}`);
export const PEOPLE = Array.from({ length: 12 }, (_, i) => ({ id: `person${i + 1}@highfield.example`, displayName: `Person ${i + 1}` }));

export function review(id: string, date = '2026-11-20'): Review {
  return { id, institutionId: 'highfield', variant: 'schools', title: `Review ${id}`, date, status: 'preparing', participants: PEOPLE };
}

export function reflectionsFor(reviewId: string, participantId: string, note = ''): Reflection[] {
  return ROWS.map((rowId, i) => ({ reviewId, rowId, participantId, choice: ((i % 4) + 1) as 1 | 2 | 3 | 4, note }));
}

const STAGES: StageId[] = ['introduce-inspire', 'investigate-explore', 'apply-demonstrate'];

export function activity(id: string, i = 0): Activity {
  return {
    id,
    stage: STAGES[i % 3]!,
    yearGroup: String(7 + (i % 7)),
    title: `Activity ${id}`,
    categories: ['employer-encounter'],
    learningOutcomes: ['CK1', 'RW2'],
    benchmarks: [5],
    audience: i % 5 === 0 ? { kind: 'targeted', group: 'SEND' } : { kind: 'universal' },
    term: 'Spring',
    parentsAndCarers: i % 2 === 0,
    ...(i % 3 === 0 ? { provider: 'Midshire College' } : {}),
  };
}
