/**
 * The demo school's impact data on 24 November 2026 (DEMO_AS_OF): figures only, never a pupil's name. Consistent with
 * its reviews (rows 2.4–2.7 in demo-reviews.ts) and its plan (demo-plan.ts). Tests rely on:
 *  - destinations of Year 11 and Year 13 leavers for 2023/24 (the local authority for Year 11), 2024/25 and 2025/26 (the
 *    school's own October collection); 2025/26 Year 11 broken down by group for the first time ("first comparison by
 *    pupil premium done in October 2026"); the DfE's sustained destinations of the 2023/24 Year 11 leavers, which the
 *    2026 review's next steps ask to bring into the governors' report;
 *  - NEET among Year 11 leavers rising from 3% (2024/25) to 5% (2025/26), 10% among disadvantaged leavers; 4% of 2026
 *    Year 11 leavers starting an apprenticeship (the plan's problem statement);
 *  - two Future Skills Questionnaire rounds for Years 7, 9 and 11: about 70% answered in 2025, about 35% in 2026
 *    (the 2025 and 2026 reviews' evidence for row 2.5);
 *  - stakeholder voice from employers after each careers fair, learners (a focus group, and the October 2026 careers
 *    day survey where 71% learnt about a new route, as in the plan), and parents and carers (comment cards at
 *    options evening: the parent survey itself is still only drafted); none from staff or providers;
 *  - risk-of-NEET counts for Year 11 (2025/26 and 2026/27) and Year 10 (2026/27), three Year 10 learners awaiting support.
 */
import {
  type DestinationCounts,
  destinationIds,
  type DestinationsRecord,
  type DestinationsSource,
  type ImpactData,
  type LearnerGroup,
  type NeetRiskRecord,
  type PerceptionRecord,
  type VoiceRecord,
} from '../domain/impact/types';

/** A cohort and its counts in the order of `destinationIds`. */
type CohortCountsInput = readonly [cohort: number, counts: readonly number[]];

const countsOf = ([cohort, counts]: CohortCountsInput): DestinationCounts => ({
  cohort,
  counts: Object.fromEntries(destinationIds.map((d, i) => [d, counts[i] ?? 0])) as DestinationCounts['counts'],
});

function destinations(
  id: string,
  academicYear: string,
  kind: 'year-11' | 'year-13',
  source: DestinationsSource,
  all: CohortCountsInput,
  groups: Partial<Record<LearnerGroup, CohortCountsInput>> = {},
): DestinationsRecord {
  return {
    id,
    academicYear,
    cohort: { kind },
    source,
    sustained: false,
    all: countsOf(all),
    groups: (Object.entries(groups) as [LearnerGroup, CohortCountsInput][]).map(([group, c]) => ({ group, ...countsOf(c) })),
  };
}

const RONI = 'Midshire County Council risk of NEET indicators (RONI)';

// Counts in the order: sixth form, FE college, apprenticeship, employment with training, employment without
// training, higher education, NEET, not known.
const y11: Record<string, CohortCountsInput> = {
  '2023/24': [176, [88, 52, 9, 3, 4, 0, 4, 16]],
  '2024/25': [182, [90, 60, 10, 3, 5, 0, 6, 8]],
  '2025/26': [180, [86, 66, 7, 4, 3, 0, 9, 5]],
};
const y13: Record<string, CohortCountsInput> = {
  '2023/24': [92, [0, 2, 8, 9, 6, 58, 3, 6]],
  '2024/25': [88, [0, 2, 9, 8, 6, 55, 2, 6]],
  '2025/26': [95, [0, 1, 11, 9, 5, 60, 4, 5]],
};

const demoDestinations = [
  destinations('y11-2023-24-la', '2023/24', 'year-11', 'local-authority', y11['2023/24']!),
  destinations('y11-2024-25', '2024/25', 'year-11', 'school', y11['2024/25']!),
  destinations('y11-2025-26', '2025/26', 'year-11', 'school', y11['2025/26']!, {
    disadvantaged: [48, [16, 20, 2, 1, 2, 0, 5, 2]],
    send: [22, [6, 10, 1, 0, 1, 0, 3, 1]],
    'ehc-plan': [6, [1, 3, 0, 0, 0, 0, 1, 1]],
    female: [88, [46, 30, 1, 2, 1, 0, 5, 3]],
    male: [92, [40, 36, 6, 2, 2, 0, 4, 2]],
  }),
  {
    ...destinations('y11-2023-24-dfe-sustained', '2023/24', 'year-11', 'dfe', [175, [84, 50, 8, 3, 3, 0, 12, 15]]),
    sustained: true,
    note: 'From the DfE’s Key Stage 4 destination measures published in October 2026: learners whose destination was not sustained are recorded as NEET, and those whose activity was not captured as not known.',
  },
  destinations('y13-2023-24', '2023/24', 'year-13', 'school', y13['2023/24']!),
  destinations('y13-2024-25', '2024/25', 'year-13', 'school', y13['2024/25']!),
  destinations('y13-2025-26', '2025/26', 'year-13', 'school', y13['2025/26']!),
];

const SA = 'Self-awareness';
const CK = 'Career knowledge and decision-making';
const RW = 'Recruitment and workplace readiness';

function fsq(year: string, date: string, yearGroup: string, size: number, responses: number, results: readonly [number, number, number]): PerceptionRecord {
  return {
    id: `fsq-${year.replace('/', '-')}-y${yearGroup}`,
    academicYear: year,
    survey: 'fsq',
    date,
    yearGroup,
    responses,
    yearGroupSize: size,
    areas: [
      { area: SA, percentPositive: results[0] },
      { area: CK, percentPositive: results[1] },
      { area: RW, percentPositive: results[2] },
    ],
  };
}

const demoPerception: readonly PerceptionRecord[] = [
  fsq('2024/25', '2025-06-20', '7', 182, 130, [64, 52, 45]),
  fsq('2024/25', '2025-06-20', '9', 178, 124, [61, 58, 49]),
  fsq('2024/25', '2025-06-20', '11', 182, 125, [68, 66, 60]),
  fsq('2025/26', '2026-06-19', '7', 184, 66, [62, 50, 44]),
  fsq('2025/26', '2026-06-19', '9', 180, 61, [55, 51, 47]),
  fsq('2025/26', '2026-06-19', '11', 180, 63, [67, 64, 58]),
];

const demoVoice: readonly VoiceRecord[] = [
  {
    id: 'voice-employers-2025-03',
    academicYear: '2024/25',
    group: 'employers',
    date: '2025-03-13',
    method: 'Feedback forms after the Year 10 careers fair',
    participants: 21,
    findings: 'Employers found pupils polite but unsure what to ask; they asked for a briefing on their sectors beforehand.',
  },
  {
    id: 'voice-learners-2026-02',
    academicYear: '2025/26',
    group: 'learners',
    date: '2026-02-10',
    method: 'Focus group with the student council',
    participants: 12,
    findings: 'Pupils want to hear more about apprenticeships, earlier, and to know about work experience before Year 10.',
  },
  {
    id: 'voice-parents-2026-02',
    academicYear: '2025/26',
    group: 'parents-carers',
    date: '2026-02-05',
    method: 'Comment cards at the Year 9 options evening',
    participants: 37,
    findings: 'Parents and carers asked for clearer information on apprenticeships and T levels; several did not know the school has a careers page.',
  },
  {
    id: 'voice-employers-2026-03',
    academicYear: '2025/26',
    group: 'employers',
    date: '2026-03-12',
    method: 'Feedback forms after the Year 10 careers fair',
    participants: 24,
    findings: 'Most employers would come again and five offered work experience places; fewer pupils asked about apprenticeships than last year.',
  },
  {
    id: 'voice-learners-2026-10',
    academicYear: '2026/27',
    group: 'learners',
    date: '2026-10-07',
    method: 'Online survey after the Key Stage 4 careers day',
    participants: 142,
    findings: '71% said they learnt about a route they had not considered; girls were least likely to consider engineering and construction.',
  },
];

const demoNeetRisk: readonly NeetRiskRecord[] = [
  {
    id: 'neet-risk-2025-10-y11',
    academicYear: '2025/26',
    yearGroup: '11',
    date: '2025-10-14',
    yearGroupSize: 181,
    flagged: 14,
    supported: 14,
    support: 'Guidance interviews with the Careers Adviser before Christmas; two learners referred to the local authority’s post-16 transition team.',
    indicator: RONI,
  },
  {
    id: 'neet-risk-2026-10-y10',
    academicYear: '2026/27',
    yearGroup: '10',
    date: '2026-10-13',
    yearGroupSize: 178,
    flagged: 12,
    supported: 9,
    support: 'Early careers interviews with the Careers Adviser; three learners are waiting for theirs.',
    indicator: RONI,
  },
  {
    id: 'neet-risk-2026-10-y11',
    academicYear: '2026/27',
    yearGroup: '11',
    date: '2026-10-13',
    yearGroupSize: 180,
    flagged: 15,
    supported: 15,
    support: 'Guidance interviews with the Careers Adviser, mentoring by sixth formers, and college taster days.',
    indicator: RONI,
  },
];

export const demoImpact: ImpactData = {
  destinations: demoDestinations,
  perception: demoPerception,
  voice: demoVoice,
  neetRisk: demoNeetRisk,
};
