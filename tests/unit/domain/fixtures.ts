/** Small, hand-made fixtures so the rule tests pin behaviour, not catalogue data. */
import type {
  ActivityCategory,
  ColumnNumber,
  MaturityModel,
  MaturityRow,
  PalKeyPhase,
  Stage,
} from '../../../src/domain/catalogue/types';
import type { Activity, ProvisionMap } from '../../../src/domain/provision-map/types';
import type { AgreedBestFit, Participant, Reflection, ReflectionChoice } from '../../../src/domain/review/types';

const row = (id: string, themeId: number): MaturityRow => ({
  id,
  themeId,
  title: `Row ${id}`,
  variant: 'schools',
});

/** Two themes, five rows: 1.1, 1.2 | 2.1, 2.2, 2.3. */
export const model: MaturityModel = {
  variant: 'schools',
  name: 'Test model',
  themes: [
    { id: 1, title: 'Leadership', benchmarks: [1], rows: [row('1.1', 1), row('1.2', 1)] },
    { id: 2, title: 'Encounters', benchmarks: [5, 6], rows: [row('2.1', 2), row('2.2', 2), row('2.3', 2)] },
  ],
};

export const ann: Participant = { id: 'ann', displayName: 'Ann' };
export const ben: Participant = { id: 'ben', displayName: 'Ben' };
export const cat: Participant = { id: 'cat', displayName: 'Cat' };
export const dev: Participant = { id: 'dev', displayName: 'Dev' };
export const panel = [ann, ben, cat, dev];

export const reflect = (participant: Participant, rowId: string, choice: ReflectionChoice): Reflection => ({
  reviewId: 'r1',
  rowId,
  participantId: participant.id,
  choice,
  note: '',
});

export const fit = (rowId: string, column: ColumnNumber, reviewId = 'r1'): AgreedBestFit => ({
  reviewId,
  rowId,
  column,
  evidence: '',
  evidenceLinks: [],
  nextSteps: '',
  agreedBy: ['ann'],
  agreedAt: '2025-11-20T10:00:00Z',
});

export const stages: readonly Stage[] = [
  { id: 'introduce-inspire', name: 'Introduce and Inspire', intent: '' },
  { id: 'investigate-explore', name: 'Investigate and Explore', intent: '' },
  { id: 'apply-demonstrate', name: 'Apply and Demonstrate', intent: '' },
];

export const categories: readonly ActivityCategory[] = [
  { id: 'work-experience', name: 'Work Experience', description: '', benchmarks: [6], maturityRows: [] },
  { id: 'employer-encounter', name: 'Employer encounters', description: '', benchmarks: [5], maturityRows: [] },
  { id: 'assembly', name: 'Assemblies', description: '', benchmarks: [], maturityRows: [] },
  { id: 'personal-guidance', name: 'Personal Guidance', description: '', benchmarks: [8], maturityRows: [] },
  { id: 'provider-access', name: 'PAL', description: '', benchmarks: [7], maturityRows: [] },
  { id: 'fe-he-encounter', name: 'FE/HE', description: '', benchmarks: [7], maturityRows: [] },
  { id: 'other', name: 'Other', description: '', benchmarks: [], maturityRows: [] },
];

export const phases: readonly PalKeyPhase[] = [
  { id: 'first', yearGroups: ['8', '9'], encountersRequired: 2, mandatoryToAttend: true, text: '' },
  { id: 'second', yearGroups: ['10', '11'], encountersRequired: 2, mandatoryToAttend: true, text: '' },
  { id: 'third', yearGroups: ['12', '13'], encountersRequired: 2, mandatoryToAttend: false, text: '' },
];

let next = 0;
/** An activity with harmless defaults: an assembly for everyone in Year 7, Introduce and Inspire, autumn. */
export const act = (over: Partial<Activity> = {}): Activity => ({
  id: over.id ?? `a${++next}`,
  stage: 'introduce-inspire',
  yearGroup: '7',
  title: over.title ?? `Activity ${next}`,
  categories: ['assembly'],
  learningOutcomes: [],
  benchmarks: [],
  audience: { kind: 'universal' },
  term: 'Autumn',
  parentsAndCarers: false,
  ...over,
});

export const PRE_16 = ['7', '8', '9', '10', '11'];
export const WITH_SIXTH_FORM = [...PRE_16, '12', '13'];

export const mapOf = (activities: readonly Activity[], yearGroups: readonly string[] = PRE_16): ProvisionMap => ({
  institutionId: 'school',
  yearGroups,
  activities,
  stageOutcomes: { 'introduce-inspire': [], 'investigate-explore': [], 'apply-demonstrate': [] },
});
