/**
 * The demo school's provision map for 2026–27: Highfield Academy, an 11–18 school.
 *
 * Activities are drawn from the example mapping in seed 000 (Activity 1) and the example programme overview in
 * seed 001, with a few more in the same style. The map is realistic but deliberately imperfect, so that the
 * provision-map rules have something to say. The planted gaps (tests in tests/unit/demo rely on them):
 *  - Year 8 has no employer encounter (no activity in the category and none recording Benchmark 5), and no
 *    encounter with further or higher education (Benchmark 7);
 *  - the first PAL key phase (Years 8 and 9) has one provider encounter (act-y9-meet-the-provider): short of two;
 *    the second (Years 10–11) and third (Years 12–13) have three each;
 *  - SA3 and CK5 are never addressed (SA3 is even chosen for Apply and Demonstrate: intent without delivery);
 *  - CK3 (labour market) is addressed only in Introduce and Inspire, so it does not progress;
 *  - Year 7 has no activity in which parents and carers take part;
 *  - four empty cells: Year 7 and Year 8 Apply and Demonstrate, Year 11 and Year 13 Introduce and Inspire.
 */
import type { AcademicYear } from '../domain/academic-year';
import type { Term } from '../domain/catalogue/provision';
import type { BenchmarkNumber, StageId, YearGroup } from '../domain/catalogue/types';
import type { Activity, Audience, ProvisionMap } from '../domain/provision-map/types';

export const DEMO_INSTITUTION_ID = 'highfield-academy';

/** The academic year the demo is set in (24 November 2026); demo-history.ts holds the two before it. */
export const DEMO_YEAR: AcademicYear = '2026/27';

export const demoYearGroups: readonly YearGroup[] = ['7', '8', '9', '10', '11', '12', '13'];

const II: StageId = 'introduce-inspire';
const IE: StageId = 'investigate-explore';
const AD: StageId = 'apply-demonstrate';

const EVIDENCE = 'https://contoso.sharepoint.com/sites/HighfieldCareers/Shared%20Documents/Evidence/';

const universal: Audience = { kind: 'universal' };
const targeted = (group: string): Audience => ({ kind: 'targeted', group });

interface Extra {
  readonly audience?: Audience;
  readonly parents?: boolean;
  readonly provider?: string;
  /** File name under the evidence library. */
  readonly evidence?: string;
}

function activity(
  id: string,
  stage: StageId,
  yearGroup: YearGroup,
  title: string,
  categories: readonly string[],
  learningOutcomes: readonly string[],
  benchmarks: readonly BenchmarkNumber[],
  term: Term,
  extra: Extra = {},
): Activity {
  return {
    id,
    stage,
    yearGroup,
    title,
    categories,
    learningOutcomes,
    benchmarks,
    audience: extra.audience ?? universal,
    term,
    parentsAndCarers: extra.parents ?? false,
    ...(extra.provider !== undefined ? { provider: extra.provider } : {}),
    ...(extra.evidence !== undefined ? { evidenceLink: EVIDENCE + extra.evidence } : {}),
    academicYear: DEMO_YEAR,
  };
}

export const demoActivities: readonly Activity[] = [
  // Year 7: Introduce and Inspire, with one Investigate and Explore activity. No parent and carer engagement.
  activity('act-y7-nhs-careers', II, '7', 'Understanding careers in the NHS (visiting speakers from Midshire Hospitals Trust)',
    ['employer-encounter'], ['SA2', 'CK1'], [5], 'Spring'),
  activity('act-y7-mini-careers-fair', II, '7', 'Skills-focused interactive mini careers fair', ['employer-encounter'],
    ['SA1', 'SA2', 'CK1'], [5], 'Summer', { evidence: 'Y7-mini-careers-fair-feedback-2026.pdf' }),
  activity('act-y7-pd-strengths', II, '7', 'Personal Development curriculum: strengths and preferences',
    ['careers-in-curriculum'], ['SA1'], [4], 'Autumn'),
  activity('act-y7-assembly-future-jobs', II, '7', 'Assembly programme: jobs of the future and STEM careers', ['assembly'],
    ['SA2', 'CK1', 'CK3'], [2], 'Autumn'),
  activity('act-y7-meet-your-adviser', II, '7', 'Meet your adviser: careers advice workshop', ['personal-guidance'],
    ['CK7'], [8], 'Autumn'),
  activity('act-y7-stem-workshop', II, '7', 'STEM workshop with engineers from Arden Precision Engineering',
    ['employer-encounter', 'careers-in-curriculum'], ['SA2', 'CK6'], [4, 5], 'Summer'),
  activity('act-y7-subject-careers-links', II, '7', 'Careers links in subject lessons (curriculum audit touch points)',
    ['careers-in-curriculum'], ['CK6', 'CK1'], [4], 'Throughout the year'),
  activity('act-y7-campus-discovery-day', II, '7', 'Campus discovery day at Kingsmere University', ['fe-he-encounter'],
    ['SA2', 'CK9'], [3, 7], 'Summer', { audience: targeted('Pupil premium') }),
  activity('act-y7-send-careers-group', II, '7', 'Small-group careers sessions with the SENCO', ['other'], ['SA1', 'CK7'],
    [3], 'Spring', { audience: targeted('Pupils with SEND') }),
  activity('act-y7-virtual-work-experience', IE, '7', 'Virtual work experience week', ['work-experience'],
    ['SA1', 'RW3'], [6], 'Summer'),

  // Year 8: no employer encounter and no further or higher education encounter.
  activity('act-y8-pd-pathways', II, '8', 'Personal Development: all pathways, careers as a journey, challenging stereotypes',
    ['careers-in-curriculum'], ['CK1', 'CK8'], [4], 'Autumn'),
  activity('act-y8-assembly-pathways-lmi', II, '8',
    'Assembly programme: understanding pathways (including technical and vocational) and regional labour market information',
    ['assembly'], ['CK3', 'CK9'], [2], 'Spring'),
  activity('act-y8-green-careers-geography', II, '8', 'Careers and the climate: green jobs project in geography',
    ['careers-in-curriculum'], ['SA2', 'CK1', 'CK6'], [4], 'Summer'),
  activity('act-y8-guidance-triage', IE, '8', 'Personal guidance: triage and group work', ['personal-guidance'],
    ['SA1', 'CK7'], [8], 'Spring'),
  activity('act-y8-exploring-pathways', IE, '8', 'Exploring all pathways workshops', ['careers-in-curriculum'],
    ['CK4', 'CK9'], [4], 'Spring'),
  activity('act-y8-assembly-providers-a', IE, '8', 'Assembly programme: spotlight on pathways and providers A', ['assembly'],
    ['CK4', 'CK9'], [], 'Summer'),
  activity('act-y8-parents-pathways-evening', IE, '8', 'Pathways information evening for parents and carers', ['other'],
    ['CK4', 'CK9'], [3], 'Summer', { parents: true }),
  activity('act-y8-aspirations-mentoring', IE, '8', 'Aspirations mentoring with sixth form mentors', ['other'],
    ['SA1', 'CK7'], [3], 'Throughout the year', { audience: targeted('Pupil premium') }),

  // Year 9: options year. Only one provider encounter in the first PAL key phase.
  activity('act-y9-careers-expo', II, '9', 'Interactive careers expo with employer briefs', ['employer-encounter'],
    ['SA2', 'CK1', 'CK2'], [5], 'Autumn', { parents: true, evidence: 'Y9-careers-expo-register-2026.xlsx' }),
  activity('act-y9-assembly-stereotypes', II, '9', 'Assembly: challenging stereotypes about jobs and routes', ['assembly'],
    ['CK8'], [3], 'Autumn'),
  activity('act-y9-employer-workshops', IE, '9', 'Employer workshops (NHS, RAF and Arden Precision Engineering)',
    ['employer-encounter'], ['CK2', 'RW2', 'RW3'], [5], 'Spring'),
  activity('act-y9-pd-choices', IE, '9',
    'Personal Development: considering choices, mapping skills and qualities, effective decision making',
    ['careers-in-curriculum'], ['SA1', 'CK4'], [4], 'Spring'),
  activity('act-y9-meet-the-provider', IE, '9', 'Meet the provider: technical courses and apprenticeships at Northbridge College',
    ['provider-access'], ['CK4', 'CK9'], [7], 'Spring',
    { provider: 'Northbridge College', evidence: 'Y9-meet-the-provider-register-2027.xlsx' }),
  activity('act-y9-options-evening', IE, '9', 'Options evening with subject and careers stalls', ['other'],
    ['CK6', 'CK9'], [3, 4], 'Spring', { parents: true }),
  activity('act-y9-guidance-before-options', IE, '9', 'Personal guidance: group sessions before options', ['personal-guidance'],
    ['CK4', 'CK7'], [8], 'Spring'),
  activity('act-y9-work-insight-days', IE, '9', 'Work insight days', ['work-experience'], ['CK2', 'RW3', 'RW4', 'RW6'], [6],
    'Summer'),
  activity('act-y9-employer-brief', AD, '9', 'Employer brief and presentation: team activity', ['employer-encounter'],
    ['RW1', 'RW5'], [5], 'Summer'),

  // Year 10
  activity('act-y10-careers-fair', II, '10', 'Careers fair with employers, colleges and apprenticeship providers',
    ['employer-encounter', 'provider-access'], ['SA2', 'CK1', 'CK2'], [5, 7], 'Autumn',
    { parents: true, provider: 'Northbridge College and Midshire Training Group', evidence: 'Y10-careers-fair-2026.pdf' }),
  activity('act-y10-pshe-future-choices', IE, '10', 'PSHE: future choices and planning', ['careers-in-curriculum'],
    ['SA1', 'CK1', 'CK4', 'CK9'], [4], 'Autumn'),
  activity('act-y10-sixth-form-college-assemblies', IE, '10', 'Sixth form and college assemblies', ['fe-he-encounter'],
    ['CK9'], [7], 'Spring'),
  activity('act-y10-apprenticeship-talk', IE, '10', 'Apprenticeship provider talk: Midshire Training Group',
    ['provider-access'], ['CK4', 'CK9'], [7], 'Spring', { provider: 'Midshire Training Group' }),
  activity('act-y10-neet-risk-interviews', IE, '10', 'Early careers interviews for pupils at risk of NEET',
    ['personal-guidance'], ['CK7'], [3, 8], 'Summer', { audience: targeted('Pupils at risk of NEET') }),
  activity('act-y10-mock-interviews', AD, '10', 'Mock interview event with employer volunteers', ['employer-encounter'],
    ['RW2', 'RW5'], [5], 'Spring', { evidence: 'Y10-mock-interviews-feedback-2027.pdf' }),
  activity('act-y10-pshe-interview-skills', AD, '10', 'PSHE: interview skills and personal presentation',
    ['careers-in-curriculum'], ['RW1', 'RW2'], [4], 'Spring'),
  activity('act-y10-fe-taster-days', AD, '10', 'FE taster days at Northbridge College', ['fe-he-encounter'],
    ['CK2', 'CK4'], [7], 'Summer'),
  activity('act-y10-work-experience', AD, '10', 'Work experience week', ['work-experience'], ['RW1', 'RW3', 'RW4'], [6],
    'Summer', { evidence: 'Y10-work-experience-placements-2027.xlsx' }),

  // Year 11: no Introduce and Inspire activity.
  activity('act-y11-personal-guidance', IE, '11', 'Personal guidance 1:1 interviews', ['personal-guidance'],
    ['CK4', 'CK7', 'CK9'], [8], 'Autumn', { evidence: 'Y11-guidance-interview-log-2026.xlsx' }),
  activity('act-y11-provider-assemblies', IE, '11', 'College and apprenticeship provider assemblies', ['provider-access'],
    ['CK4', 'CK9'], [7], 'Autumn', { provider: 'Northbridge College' }),
  activity('act-y11-post16-evening', IE, '11', 'Post-16 options evening for pupils, parents and carers',
    ['fe-he-encounter'], ['CK4', 'CK9'], [7], 'Autumn', { parents: true }),
  activity('act-y11-alumni-assembly', IE, '11', 'Assembly programme: alumni success stories', ['assembly'],
    ['SA2', 'CK8'], [], 'Spring'),
  activity('act-y11-sixth-form-mentoring', IE, '11', 'Sixth form mentoring for Year 11 pupils considering sixth form',
    ['other'], ['SA1', 'CK7'], [3], 'Spring', { audience: targeted('Pupils not yet planning a post-16 place') }),
  activity('act-y11-application-feedback', AD, '11', 'Employer application feedback workshops', ['employer-encounter'],
    ['RW2', 'RW5'], [5], 'Spring'),
  activity('act-y11-pshe-next-steps', AD, '11', 'PSHE: next steps, employability skills and decision making',
    ['careers-in-curriculum'], ['RW1', 'CK7'], [4], 'Spring'),

  // Year 12
  activity('act-y12-futures-week', II, '12', 'Futures week: employer speed networking and university talks',
    ['employer-encounter', 'fe-he-encounter'], ['SA2', 'CK1', 'CK3', 'RW5'], [5, 7], 'Summer',
    { evidence: 'Y12-futures-week-programme-2027.pdf' }),
  activity('act-y12-degree-apprenticeship-talk', IE, '12', 'Degree apprenticeships talk: Kingsmere University',
    ['provider-access'], ['CK2', 'CK4'], [7], 'Autumn', { provider: 'Kingsmere University' }),
  activity('act-y12-pshe-personal-finance', IE, '12', 'PSHE: personal finance (tax, income and financial advice)',
    ['careers-in-curriculum'], ['CK6', 'RW1'], [4], 'Autumn'),
  activity('act-y12-ucas-apprenticeship-fair', IE, '12', 'UCAS and apprenticeship fair',
    ['fe-he-encounter', 'provider-access'], ['CK2', 'CK4', 'CK9'], [7], 'Spring',
    { parents: true, provider: 'Midshire Training Group' }),
  activity('act-y12-personal-guidance', IE, '12', '1:1 careers guidance', ['personal-guidance'], ['CK2', 'CK7'], [8],
    'Throughout the year'),
  activity('act-y12-work-experience', AD, '12', 'Sixth form work experience placement', ['work-experience'],
    ['RW3', 'RW4', 'RW6'], [6], 'Summer', { evidence: 'Y12-work-experience-placements-2027.xlsx' }),

  // Year 13: no Introduce and Inspire activity.
  activity('act-y13-university-visits', IE, '13', 'University visits', ['fe-he-encounter'], ['CK2', 'CK9'], [7], 'Autumn'),
  activity('act-y13-personal-guidance', IE, '13', '1:1 careers guidance: next steps and intended destinations',
    ['personal-guidance'], ['CK4', 'CK7'], [8], 'Autumn'),
  activity('act-y13-student-finance-evening', IE, '13', 'Student finance and UCAS evening for parents and carers',
    ['fe-he-encounter'], ['CK9'], [7], 'Autumn', { parents: true }),
  activity('act-y13-apprenticeship-applications', AD, '13', 'Apprenticeship and job applications workshop',
    ['provider-access', 'employer-encounter'], ['RW2', 'RW5'], [5, 7], 'Spring', { provider: 'Northbridge College' }),
  activity('act-y13-pshe-personal-finance', AD, '13', 'PSHE: personal finance for leavers (pay, loans and budgeting)',
    ['careers-in-curriculum'], ['RW1'], [4], 'Spring'),
];

export const demoProvisionMap: ProvisionMap = {
  institutionId: DEMO_INSTITUTION_ID,
  academicYear: DEMO_YEAR,
  yearGroups: demoYearGroups,
  activities: demoActivities,
  stageOutcomes: {
    'introduce-inspire': ['SA1', 'SA2', 'CK1', 'CK3', 'CK8'],
    'investigate-explore': ['CK2', 'CK4', 'CK6', 'CK9', 'RW3'],
    'apply-demonstrate': ['SA3', 'RW1', 'RW2', 'RW5', 'RW6'],
  },
};
