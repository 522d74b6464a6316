import type { BenchmarkNumber } from '../catalogue/types';
import type { EvidenceSpec } from './evidence-specs';

const rows = (ids: readonly string[], colleges?: readonly string[]): EvidenceSpec => ({
  kind: 'rows',
  rows: ids,
  ...(colleges ? { colleges } : {}),
});
const years = (benchmark: BenchmarkNumber): EvidenceSpec => ({ kind: 'benchmark-years', benchmark });
const duties = (...ids: Extract<EvidenceSpec, { kind: 'duties' }>['duties']): EvidenceSpec => ({ kind: 'duties', duties: ids });
const pal: EvidenceSpec = { kind: 'pal' };
const reviews: EvidenceSpec = { kind: 'reviews' };
const plan: EvidenceSpec = { kind: 'plan' };

/**
 * What bears on each key strategic question (seed 003), in the order of `keyStrategicQuestionGroups`: one list per
 * group, one entry per question. Row numbers are the schools model's; the colleges model numbers its theme 4 rows
 * differently, so those carry their colleges numbers too. A unit test keeps the shape in step with the catalogue.
 */
export const keyQuestionSources: readonly (readonly (readonly EvidenceSpec[])[])[] = [
  // Legal requirements and other expectations
  [
    // Informed of the legal requirements: the duties as recorded, and how governance supports and challenges.
    [duties('careers-leader', 'provider-access', 'published-information', 'impartial-guidance', 'strategic-approach'), rows(['1.5'])],
    // Complies with them, and the other responsibilities: the checklist with its recommendations, and the encounters.
    [
      duties(
        'careers-leader',
        'provider-access',
        'published-information',
        'impartial-guidance',
        'strategic-approach',
        'explicit-backing',
        'link-governor',
        'destinations',
      ),
      pal,
    ],
    // Every learner meets further and higher education, apprenticeships and other routes.
    [pal, years(7), rows(['3.2', '3.7'])],
  ],
  // Strategic oversight
  [
    // Aware of the provision and engaged in evaluating it.
    [{ kind: 'outcomes' }, rows(['1.5', '2.7'])],
    // Is there a strategic careers plan?
    [plan, rows(['1.3'])],
    [
      {
        kind: 'not-recorded',
        text: 'Waypoint does not record governing body meetings: ask how often the plan has been discussed this year.',
      },
      rows(['1.5']),
    ],
    // Aligned with the school's strategic priorities: the visions the plan serves.
    [{ kind: 'visions' }, rows(['1.2', '1.3'])],
    // Has the school undertaken an internal leadership review, in line with its planning cycle?
    [reviews],
  ],
  // Leadership of careers
  [
    // The senior leader responsible is recorded with the leaders' explicit backing.
    [duties('explicit-backing', 'careers-leader'), { kind: 'leads' }, rows(['1.1', '1.4'])],
    [duties('careers-leader', 'published-information'), rows(['1.1'])],
    [duties('link-governor'), rows(['1.5'])],
  ],
  // Quality assurance
  [
    [rows(['2.4', '2.5', '2.6', '2.7']), duties('destinations')],
    [{ kind: 'targeted' }, rows(['2.2'])],
    // Whole-staff CPD: staff learning and development rows (colleges: 4.5).
    [rows(['3.6', '4.3'], ['3.6', '4.5'])],
  ],
];

/** What bears on each benchmark's prompt questions (seed 003), one list per question in the catalogue's order. */
export const benchmarkQuestionSources: Readonly<Record<BenchmarkNumber, readonly (readonly EvidenceSpec[])[]>> = {
  1: [
    // Quality mechanisms: the internal leadership review and quality assurance.
    [reviews, rows(['2.7', '1.5'])],
    // Responsive, sequenced, underpinned by learning outcomes, linked to the development plan.
    [{ kind: 'outcomes' }, rows(['2.1', '2.2', '1.3'])],
    // Stakeholder feedback and parental engagement.
    [{ kind: 'parents-carers' }, rows(['2.6', '3.4', '3.5'])],
  ],
  2: [
    [rows(['3.1', '3.6'])],
    [rows(['3.1', '3.4']), { kind: 'parents-carers' }],
    // The Careers Hub network.
    [rows(['1.6'])],
  ],
  3: [
    // Future Skills Questionnaire: learner perception.
    [rows(['2.5'])],
    [duties('destinations'), rows(['2.4'])],
    [rows(['2.3'])],
  ],
  4: [
    [years(4), rows(['4.2', '1.1'], ['4.2', '4.4'])],
    [years(4), rows(['4.1', '4.2'])],
    [rows(['4.3'], ['4.5'])],
  ],
  5: [
    // "a meaningful encounter with an employer every year from the age of 11".
    [years(5), rows(['5.2'])],
    [rows(['5.1', '5.2'])],
    [rows(['5.1'])],
  ],
  6: [
    // Work experience during key stages 3 and 4.
    [years(6), rows(['5.3'])],
    [rows(['5.3'])],
    [{ kind: 'targeted' }, rows(['2.2', '5.1'])],
  ],
  7: [
    [years(7), rows(['3.2', '3.5'])],
    [duties('impartial-guidance'), rows(['3.7'])],
    // The provider access legislation's encounters.
    [pal, duties('provider-access')],
  ],
  8: [
    [years(8), rows(['6.1', '6.2'])],
    [duties('impartial-guidance'), rows(['6.3'])],
    [duties('published-information'), rows(['6.1'])],
  ],
};
