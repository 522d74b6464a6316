// Source: seed 001 (Benchmark 1: Frameworks & Tools), "Universal Learning Outcomes Framework".
import type { LearningOutcome, LearningOutcomeArea } from './types';

/** The three areas, in the framework's order. */
export const learningOutcomeAreas: readonly LearningOutcomeArea[] = [
  'Self-awareness',
  'Career knowledge and decision-making',
  'Recruitment and workplace readiness',
];

const sa = (n: number, text: string): LearningOutcome => ({
  id: `SA${n}`,
  area: 'Self-awareness',
  text,
  universal: true,
});
const ck = (n: number, text: string): LearningOutcome => ({
  id: `CK${n}`,
  area: 'Career knowledge and decision-making',
  text,
  universal: true,
});
const rw = (n: number, text: string): LearningOutcome => ({
  id: `RW${n}`,
  area: 'Recruitment and workplace readiness',
  text,
  universal: true,
});

/**
 * The 18 universal career-related learning outcomes ("Learners as leavers of this institution will:").
 * Seed 001 shows the framework twice; the first copy (under "Next steps") stops after Career knowledge and
 * decision-making and mis-aligns its last row, so the complete copy under "Universal Learning Outcomes Framework"
 * is transcribed. Ids are ours, numbered in the seed's order within each area.
 */
export const universalLearningOutcomes: readonly LearningOutcome[] = [
  sa(
    1,
    'Be aware of their passions, skills, and work preferences and understand how these could inform their career ' +
      'choices.',
  ),
  sa(2, 'Be inspired and motivated by career opportunities which they may not have otherwise considered.'),
  sa(3, 'Be able to articulate and demonstrate what they have learnt throughout their careers learning journey.'),
  ck(1, 'Have a broad knowledge of a range of career opportunities which enable informed decision-making.'),
  ck(
    2,
    'Have a deeper level of knowledge and understanding about the roles, responsibilities, and pathways of careers ' +
      'in their areas of interest.',
  ),
  ck(
    3,
    'Understand how the local and national labour market is changing and what this might mean for their career ' +
      'choices.',
  ),
  ck(4, 'Be able to evaluate the risks and rewards of the full range of pathways available at key transition points.'),
  ck(5, 'Be able to evaluate the risks and rewards of different types of employment and working environments.'),
  ck(6, 'Be able to make links between their curriculum to skills, pathways, and to the world of work.'),
  ck(7, 'Be able to identify and make effective use of available support systems.'),
  ck(
    8,
    'Be able to recognise and challenge stereotypes about career pathways and understand that their career ' +
      'aspirations should not be limited by them.',
  ),
  ck(
    9,
    'Have a clear understanding of the learning pathways and qualifications that they will need to pursue their ' +
      'career goals.',
  ),
  rw(1, 'Have developed essential skills which will support them to transition to the workplace.'),
  rw(
    2,
    'Understand how recruitment and selection processes work (including interviews and assessment centres) and what ' +
      'they need to do to succeed in them.',
  ),
  rw(3, 'Understand the expectations, behaviours, and cultures of a range of workplaces.'),
  rw(4, 'Be able to evidence when they have applied their knowledge and skills within the workplace.'),
  rw(5, 'Be able to articulate their knowledge and skills to potential employers.'),
  rw(6, 'Be able to use their work experiences to make informed career decisions.'),
];
