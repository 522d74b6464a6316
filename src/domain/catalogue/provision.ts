// Source: seed 000 (Careers Learning Journeys), Activity 1 example mapping, Activity 2 and Appendix 1; category
// descriptions from seed 003 (Governors' guide); maturity row ids from seed 002 (schools model).
import type { ActivityCategory, Stage, StageId, YearGroup } from './types';

/**
 * The three stages of the provision map. Names as Appendix 1 (the mapping template) writes them; the Activity 1
 * example writes the third as "Apply & Demonstrate", and seeds/README.md uses "&" throughout — "and" is kept.
 * `intent` is Activity 2's description of the progressive approach ("… allows for learners to:"), one bullet per
 * stage, in the same order as the stages.
 */
export const stages: readonly Stage[] = [
  {
    id: 'introduce-inspire',
    name: 'Introduce and Inspire',
    intent: 'develop a broad level of aspiration and understanding.',
  },
  {
    id: 'investigate-explore',
    name: 'Investigate and Explore',
    intent: 'investigate and explore pathways and options.',
  },
  {
    id: 'apply-demonstrate',
    name: 'Apply and Demonstrate',
    intent: 'apply and demonstrate knowledge, understanding and skills.',
  },
];

/** The example learning outcome Appendix 1 gives under each stage (after "e.g."), for placeholder hints. */
export const stageExampleLearningOutcomes: Readonly<Record<StageId, string>> = {
  'introduce-inspire':
    'Students have a broad knowledge of a range of pathways, including technical and vocational, which enables ' +
    'informed decision making.',
  'investigate-explore':
    'Students understand how recruitment and selection processes work and what they need to do to succeed in them.',
  'apply-demonstrate':
    'Students have developed the knowledge, skills and behaviours that will support effective and sustained ' +
    'transitions.',
};

/** Schools' year groups: 7–11, and 12–13 where there is a sixth form. */
export const schoolYearGroups: readonly YearGroup[] = ['7', '8', '9', '10', '11', '12', '13'];

/**
 * Seed 000 Appendix 1 ("Template to map careers provision") gives each stage "Learning outcomes:" with five numbered
 * slots (1–5); the seed does not say "up to five" in words, the template's five slots are the limit.
 */
export const maxOutcomesPerStage = 5;

/**
 * Activity categories: the six in the legend of seed 000's example mapping (Work Experience, Employer encounters,
 * Assemblies, Personal Guidance, PAL, Careers in the Curriculum) plus FE/HE encounters (Benchmark 7) and Other.
 * Seed 000 defines none of them, so `description` quotes seed 003 as noted on each. `maturityRows` are schools-model
 * rows (seed 002) whose titles name the kind of activity.
 */
export const activityCategories: readonly ActivityCategory[] = [
  {
    id: 'work-experience',
    name: 'Work Experience',
    // Benchmark 6 statement (seed 003).
    description:
      'Every learner should have first-hand experiences of the workplace to help their exploration of career ' +
      'opportunities and expand their networks.',
    benchmarks: [6],
    maturityRows: ['5.3'], // 5.3 Meaningful experiences of the workplace
  },
  {
    id: 'employer-encounter',
    name: 'Employer encounters',
    // Benchmark 5 statement (seed 003).
    description:
      'Every pupil should have multiple opportunities to learn from employers about work, employment and the skills ' +
      'that are valued in the workplace. This can be through a range of enrichment opportunities including visiting ' +
      "speakers, mentoring and enterprise schemes, and could include learners' own part-time employment where it " +
      'exists.',
    benchmarks: [5],
    // 5.1 Working in partnership: Effective employer engagement; 5.2 Meaningful encounters with employers
    maturityRows: ['5.1', '5.2'],
  },
  {
    id: 'assembly',
    name: 'Assemblies',
    // No seed defines assemblies or ties them to a benchmark or maturity row (seed 000's examples are assembly
    // programmes on jobs, pathways, providers and alumni). The description is seed 003's glossary definition of the
    // careers programme, of which assemblies are a universal activity; benchmarks and rows are left empty.
    description:
      'A planned programme of universal and targeted careers activities, which includes careers learning, ' +
      'encounters and experiences.',
    benchmarks: [],
    maturityRows: [],
  },
  {
    id: 'personal-guidance',
    name: 'Personal Guidance',
    // Benchmark 8 statement (seed 003).
    description:
      'Every pupil should have opportunities for guidance meetings with a careers adviser who could be internal (a ' +
      'member of school staff) or external, provided they are trained to an appropriate level. These meetings should ' +
      'be available for all pupils whenever significant study or career choices are being made. They should be ' +
      'expected for all pupils but should be scheduled to meet their individual needs. The careers leader should ' +
      'work closely with the careers adviser, SEND coordinator and other key staff to ensure personal guidance is ' +
      'effective and embedded in the careers programme.',
    benchmarks: [8],
    // 6.1 Engagement with personal guidance; 6.2 Meaningful approach to personal guidance; 6.3 Personal guidance
    // resourcing
    maturityRows: ['6.1', '6.2', '6.3'],
  },
  {
    id: 'provider-access',
    // Seed 000's legend says only "PAL"; the expansion is seed 003's ("Provider Access Legislation means …").
    name: 'Provider Access Legislation (PAL)',
    // Seed 003, "Compliance with the provider access legislation" (the curly quotes are the seed's).
    description:
      'Provider Access Legislation means there is a duty to provide opportunities for “a range of technical ' +
      'education and apprenticeships to access learners and inform them about technical qualifications and ' +
      'apprenticeships”.',
    benchmarks: [7],
    // 3.2 Learner understanding of all routes available to them at key transitions; 3.7 Working in partnership:
    // Effective provider engagement (its columns speak of provider encounters at key transition points)
    maturityRows: ['3.2', '3.7'],
  },
  {
    id: 'careers-in-curriculum',
    name: 'Careers in the Curriculum',
    // Benchmark 4 statement (seed 003).
    description:
      "As part of the school's programme of careers education, all teachers should link curriculum learning with " +
      'careers. Subject teachers should highlight the progression routes for their subject and the relevance of the ' +
      'knowledge and skills developed in their subject for a wide range of career pathways.',
    benchmarks: [4],
    // 4.1 Careers education; 4.2 Staff highlighting the relevance of their subjects and making links from the
    // curriculum; 4.3 Staff learning and development … to inform careers in the curriculum; 4.4 Learner skills
    // development
    maturityRows: ['4.1', '4.2', '4.3', '4.4'],
  },
  {
    id: 'fe-he-encounter',
    // Benchmark 7's name (seed 003); not in seed 000's legend.
    name: 'Encounters with further and higher education',
    // Benchmark 7 statement (seed 003).
    description:
      'All pupils should understand the full range of learning opportunities that are available to them, including ' +
      'academic, technical and vocational routes. This should incorporate learning in schools, colleges, independent ' +
      'training providers (ITPs), universities and in the workplace.',
    benchmarks: [7],
    // 3.2 Learner understanding of all routes available to them at key transitions; 3.7 Working in partnership:
    // Effective provider engagement
    maturityRows: ['3.2', '3.7'],
  },
  {
    id: 'other',
    name: 'Other',
    // Ours: no document describes a catch-all category.
    description: 'Any other careers activity the school adds to its provision.',
    benchmarks: [],
    maturityRows: [],
  },
];

/** When an activity takes place. */
export const terms = ['Autumn', 'Spring', 'Summer', 'Throughout the year'] as const;
export type Term = (typeof terms)[number];
