/**
 * The demo school's strategic careers plan for 2026–27, in the style of seed 001's template: visions, four
 * priorities (statements taken from seed 001's example priorities), SMART objectives and an action plan over the six
 * action periods (Autumn 1 = September–October 2026 … Summer 2 = June–July 2027).
 *
 * For tests and demos "today" is 24 November 2026 (DEMO_AS_OF). On that date (tests rely on it):
 *  - exactly one action is overdue: act-publish-impact-statement (end point 13 November 2026, not completed, red);
 *  - three actions are completed: act-careers-leader-training-place, act-link-governor-meetings and
 *    act-careers-day-sixth-form;
 *  - every RAG state is present (red, amber, green);
 *  - act-request-enterprise-adviser was made from the autumn 2026 review's next steps for row 1.7;
 *  - act-publish-impact-statement was carried forward from the 2025/26 plan (demo-history.ts).
 */
import type { PlanAction, Priority, StrategicPlan } from '../domain/plan/types';
import { DEMO_INSTITUTION_ID, DEMO_YEAR } from './demo-provision-map';
import { DEMO_REVIEW_2026_ID } from './demo-reviews';

/** The date the demo is set on: the action plan's overdue actions are judged against it. */
export const DEMO_AS_OF = '2026-11-24';

/** act-publish-impact-statement was begun in 2025/26, left open at the year's end and carried into this plan. */
export const DEMO_CARRIED_ACTION_ID = 'act-publish-impact-statement~2025/26';

const EVIDENCE = 'https://contoso.sharepoint.com/sites/HighfieldCareers/Shared%20Documents/Evidence/';

const HW = 'Hannah Whitfield (Careers Leader)';
const RB = 'Rachel Bennett (Deputy Headteacher)';
const TG = 'Tom Griffiths (Careers Adviser)';
const AR = 'Aisha Rahman (SENCO)';
const ME = 'Mark Ellison (Head of Sixth Form)';
const LC = 'Laura Chen (Head of PSHE)';

const priorities: readonly Priority[] = [
  {
    id: 'pri-stereotypes',
    title:
      'To identify and tackle key misconceptions and stereotypes to support all learners to make informed and ' +
      'aspirational decisions at key transition points',
    problem:
      'Options and post-16 choices at Highfield are narrow and strongly gendered: in 2026 only 4% of Year 11 leavers ' +
      'started an apprenticeship, and girls are under-represented in engineering and construction courses.',
    maturityRows: ['3.2', '3.3', '3.5', '3.8'],
    objectives: [
      {
        id: 'obj-alumni-encounters',
        statement:
          'Increase encounters with alumni who have taken different routes by organising 18 alumni talks across ' +
          'Years 7–13 by 16 July 2027.',
        outcome: 'Every year group hears from at least two alumni, including apprentices and college leavers.',
        dueDate: '2027-07-16',
        keyMetric: 'Number of alumni encounters (target 18)',
      },
      {
        id: 'obj-stereotype-sessions',
        statement:
          'Every pupil in Years 8–10 takes part in at least two sessions on non-traditional routes and roles by ' +
          '21 May 2027.',
        outcome: 'Fewer pupils hold stereotyped views of jobs in the FSQ; a wider spread of options and post-16 choices.',
        dueDate: '2027-05-21',
        keyMetric: 'Proportion of Year 11 leavers starting apprenticeships or technical courses',
        keyMetricRef: { measure: { kind: 'destinations', cohort: { kind: 'year-11' }, destinations: ['apprenticeship', 'fe-college'] }, target: 45 },
      },
    ],
  },
  {
    id: 'pri-leadership',
    title: 'To embed a sustainable and strategic approach to leadership of careers',
    problem:
      'Careers depends on one newly appointed Careers Leader who is not yet trained; governors see little careers ' +
      'data and we lost our Enterprise Adviser in March 2026.',
    maturityRows: ['1.1', '1.4', '1.5', '1.7'],
    objectives: [
      {
        id: 'obj-careers-leader-trained',
        statement: 'The Careers Leader completes funded Careers Leader training by 30 June 2027.',
        outcome: 'A trained Careers Leader, recorded in the statutory record and on the website.',
        dueDate: '2027-06-30',
      },
      {
        id: 'obj-governance-reporting',
        statement:
          'Careers is reported to the full governing body every term from autumn 2026, and the Link Governor meets ' +
          'the Careers Leader each half term.',
        outcome: 'Governors ask informed questions about careers and see destinations and FSQ data each term.',
        dueDate: '2027-07-16',
        keyMetric: 'Termly governors\u2019 reports delivered (target 3)',
      },
      {
        id: 'obj-enterprise-adviser',
        statement: 'Secure a new Enterprise Adviser through the Careers Hub by 29 January 2027.',
        outcome: 'An Enterprise Adviser meets SLT and the Careers Leader each term.',
        dueDate: '2027-01-29',
      },
    ],
  },
  {
    id: 'pri-work-experience',
    title:
      'To develop an engaging and progressive approach to Work Experience that enhances all learners\u2019 career ' +
      'readiness',
    problem:
      'Year 10 work experience now reaches almost every pupil, but pupils with EHC plans rarely get a placement and ' +
      'Year 8 has no contact with employers at all.',
    maturityRows: ['5.1', '5.2', '5.3', '2.2'],
    objectives: [
      {
        id: 'obj-y10-work-experience',
        statement:
          'Every Year 10 pupil, including all pupils with EHC plans, completes a week of meaningful work experience ' +
          'by 16 July 2027.',
        outcome: 'All Year 10 pupils have a placement recorded in Compass+ with a reflection.',
        dueDate: '2027-07-16',
        keyMetric: 'Proportion of Year 10 with a completed placement (target 100%)',
      },
      {
        id: 'obj-y8-workplace-safari',
        statement: 'Introduce a Year 8 workplace safari so that every Year 8 pupil meets an employer by 26 March 2027.',
        outcome: 'An employer encounter in every year group of the provision map.',
        dueDate: '2027-03-26',
      },
    ],
  },
  {
    id: 'pri-impact-evaluation',
    title:
      'To develop and implement an approach to impact evaluation that systematically measures and analyses the ' +
      'effectiveness of the careers provision, ensuring evidence-based decision-making and continuous improvement',
    problem:
      'FSQ completion fell to about 35% in 2026, parents and staff have never been surveyed, and our website does not ' +
      'say how we measure the impact of the careers programme.',
    maturityRows: ['2.4', '2.5', '2.6', '2.7'],
    objectives: [
      {
        id: 'obj-perception-surveys',
        statement:
          'Improve understanding of learner and stakeholder perception by surveying 40% of pupils, parents and carers ' +
          'and staff by 26 March 2027.',
        outcome: 'SLT and governors see FSQ and survey analysis each term, and it shapes the programme.',
        dueDate: '2027-03-26',
        keyMetric: 'FSQ completions per year group (target 100 in each)',
        keyMetricRef: { measure: { kind: 'responses', yearGroup: '9' }, target: 100 },
      },
      {
        id: 'obj-publish-impact',
        statement: 'Publish how the school measures the impact of its careers programme on the website by 13 November 2026.',
        outcome: 'The published careers information is complete.',
        dueDate: '2026-11-13',
      },
    ],
  },
];

function action(a: Omit<PlanAction, 'evidenceList' | 'maturityRows' | 'completed'> & Partial<PlanAction>): PlanAction {
  return { evidenceList: [], maturityRows: [], completed: false, academicYear: DEMO_YEAR, ...a };
}

const actions: readonly PlanAction[] = [
  // Autumn 1
  action({
    id: 'act-careers-leader-training-place',
    priorityId: 'pri-leadership',
    objectiveId: 'obj-careers-leader-trained',
    action: 'Secure a funded place on Careers Leader training and agree cover for the training days.',
    lead: RB,
    period: 'Autumn 1',
    progress: 'Place secured; first module attended on 8 October 2026.',
    endPoint: '2026-10-16',
    impactEvidence: 'Careers Leader enrolled on the programme.',
    rag: 'green',
    evidenceList: ['Training confirmation email', `${EVIDENCE}Careers-Leader-training-confirmation.pdf`],
    maturityRows: ['1.1'],
    completed: true,
  }),
  action({
    id: 'act-link-governor-meetings',
    priorityId: 'pri-leadership',
    objectiveId: 'obj-governance-reporting',
    action: 'Set up half-termly meetings between the Link Governor and the Careers Leader, with a standing agenda.',
    lead: HW,
    period: 'Autumn 1',
    progress: 'Meetings booked for the year; first held on 14 October 2026.',
    endPoint: '2026-10-23',
    impactEvidence: 'Link Governor briefed on the plan and the provision map.',
    rag: 'green',
    evidenceList: ['Meeting notes, 14 October 2026'],
    maturityRows: ['1.5'],
    completed: true,
  }),
  action({
    id: 'act-careers-day-sixth-form',
    priorityId: 'pri-stereotypes',
    objectiveId: 'obj-stereotype-sessions',
    action: 'Strengthen sixth form and apprenticeship aspirations through a Key Stage 4 careers day with speakers in non-traditional roles.',
    lead: `${HW} / ${ME}`,
    period: 'Autumn 1',
    progress: 'Careers day held on 7 October 2026 with three speakers in non-traditional roles.',
    endPoint: '2026-10-07',
    impactEvidence: 'Pupil voice: 71% said they learnt about a route they had not considered.',
    rag: 'green',
    evidenceList: ['Careers day programme', 'Pupil voice survey'],
    maturityRows: ['3.3'],
    completed: true,
  }),
  // Autumn 2
  action({
    id: 'act-publish-impact-statement',
    priorityId: 'pri-impact-evaluation',
    objectiveId: 'obj-publish-impact',
    action: 'Write and publish a statement on the careers web page of how we measure the impact of the programme.',
    lead: HW,
    period: 'Autumn 2',
    progress: 'Draft written; waiting for SLT sign-off, which slipped from the 6 November meeting.',
    carriedFrom: DEMO_CARRIED_ACTION_ID,
    endPoint: '2026-11-13',
    impactEvidence: 'Published careers information complete.',
    rag: 'red',
    evidenceList: ['Draft statement'],
    maturityRows: ['2.7'],
  }),
  action({
    id: 'act-request-enterprise-adviser',
    priorityId: 'pri-leadership',
    objectiveId: 'obj-enterprise-adviser',
    action: 'Ask the Careers Hub for a new Enterprise Adviser and agree termly meetings with SLT.',
    lead: HW,
    period: 'Autumn 2',
    progress: 'Request made to the Careers Hub on 16 November 2026; awaiting a match.',
    endPoint: '2027-01-29',
    impactEvidence: 'Enterprise Adviser in place and attending SLT each term.',
    rag: 'amber',
    evidenceList: ['Request to the Careers Hub'],
    maturityRows: ['1.7'],
    fromReview: { reviewId: DEMO_REVIEW_2026_ID, rowId: '1.7' },
  }),
  action({
    id: 'act-stereotype-sessions-y8-y9',
    priorityId: 'pri-stereotypes',
    objectiveId: 'obj-stereotype-sessions',
    action: 'Deliver PSHE sessions on challenging stereotypes in Years 8 and 9, with an alumni speaker in each.',
    lead: LC,
    period: 'Autumn 2',
    progress: 'Year 8 sessions delivered; Year 9 sessions booked for December.',
    endPoint: '2026-12-18',
    impactEvidence: 'Pupil voice before and after the sessions.',
    rag: 'green',
    evidenceList: ['PSHE scheme of work', 'Pupil voice'],
    maturityRows: ['3.3'],
  }),
  // Spring 1
  action({
    id: 'act-y9-options-interviews',
    priorityId: 'pri-stereotypes',
    action: 'Offer Year 9 pupils a guidance interview before their options, and attend options evening to advise parents and carers.',
    lead: TG,
    period: 'Spring 1',
    progress: 'Interview slots set for January; pupils with SEND and pupil premium pupils first.',
    endPoint: '2027-02-05',
    impactEvidence: 'Year 9 pupils seen before options; fewer late changes of option.',
    rag: 'green',
    evidenceList: ['Interview records', 'Action plans'],
    maturityRows: ['6.1', '3.2'],
  }),
  action({
    id: 'act-destinations-analysis',
    priorityId: 'pri-impact-evaluation',
    action: 'Analyse 2026 destinations by pupil premium, SEND and gender and present them to SLT and governors.',
    lead: `${HW} / ${RB}`,
    period: 'Spring 1',
    progress: 'Destinations collected in October; analysis under way.',
    endPoint: '2027-02-12',
    impactEvidence: 'Destinations used to set targets for 2027–28.',
    rag: 'green',
    evidenceList: ['Destinations report'],
    maturityRows: ['2.4'],
  }),
  action({
    id: 'act-y10-placements',
    priorityId: 'pri-work-experience',
    objectiveId: 'obj-y10-work-experience',
    action: 'Confirm a work experience placement for every Year 10 pupil and record it in Compass+.',
    lead: HW,
    period: 'Spring 1',
    progress: '62% of placements confirmed by 20 November 2026.',
    endPoint: '2027-02-26',
    impactEvidence: 'All Year 10 pupils have a confirmed placement.',
    rag: 'amber',
    evidenceList: ['Placement tracker'],
    maturityRows: ['5.3'],
  }),
  // Spring 2
  action({
    id: 'act-y8-workplace-safari',
    priorityId: 'pri-work-experience',
    objectiveId: 'obj-y8-workplace-safari',
    action: 'Plan and run a Year 8 workplace safari with employers from the employer register.',
    lead: HW,
    period: 'Spring 2',
    progress: 'Two of the five employers needed have agreed to host.',
    endPoint: '2027-03-26',
    impactEvidence: 'Every Year 8 pupil visits a workplace and meets an employer.',
    rag: 'amber',
    evidenceList: ['Employer confirmations'],
    maturityRows: ['5.2', '5.3'],
  }),
  action({
    id: 'act-send-placements',
    priorityId: 'pri-work-experience',
    objectiveId: 'obj-y10-work-experience',
    action: 'Find supported work experience placements for Year 10 pupils with EHC plans, with job coaches where needed.',
    lead: `${AR} / ${HW}`,
    period: 'Spring 2',
    progress: 'No supported placements found yet for six pupils; the local authority supported internship team has been asked for help.',
    endPoint: '2027-03-31',
    impactEvidence: 'Every Year 10 pupil with an EHC plan has a placement suited to their needs.',
    rag: 'red',
    evidenceList: ['SEND placement tracker'],
    maturityRows: ['2.2', '5.3'],
  }),
  action({
    id: 'act-fsq-completion',
    priorityId: 'pri-impact-evaluation',
    objectiveId: 'obj-perception-surveys',
    action: 'Timetable Future Skills Questionnaire completion in tutor time for Years 7, 9 and 11, and analyse the results with SLT.',
    lead: RB,
    period: 'Spring 2',
    progress: 'Tutor time slot agreed for January; Year 7 baseline at 41%.',
    endPoint: '2027-03-26',
    impactEvidence: 'At least 100 FSQ completions in each year group; findings in the SLT and governors\u2019 reports.',
    rag: 'amber',
    evidenceList: ['FSQ completion report'],
    maturityRows: ['2.5'],
  }),
  // Summer 1
  action({
    id: 'act-parent-staff-survey',
    priorityId: 'pri-impact-evaluation',
    objectiveId: 'obj-perception-surveys',
    action: 'Survey parents and carers and staff on the careers programme and include the results in the governors\u2019 report.',
    lead: HW,
    period: 'Summer 1',
    progress: 'Survey drafted; sending delayed until after the FSQ window.',
    endPoint: '2027-05-21',
    impactEvidence: 'Stakeholder voice informs the 2027–28 plan.',
    rag: 'amber',
    evidenceList: ['Survey questions'],
    maturityRows: ['2.6'],
  }),
  // Summer 2
  action({
    id: 'act-alumni-network',
    priorityId: 'pri-stereotypes',
    objectiveId: 'obj-alumni-encounters',
    action: 'Grow the alumni network and schedule 18 alumni encounters across Years 7–13.',
    lead: `${HW} / ${ME}`,
    period: 'Summer 2',
    progress: '7 of 18 encounters booked, including two apprentices.',
    endPoint: '2027-07-16',
    impactEvidence: 'Every year group hears from at least two alumni.',
    rag: 'green',
    evidenceList: ['Alumni encounter log'],
    maturityRows: ['3.8'],
  }),
  action({
    id: 'act-careers-leader-training-complete',
    priorityId: 'pri-leadership',
    objectiveId: 'obj-careers-leader-trained',
    action: 'Complete the Careers Leader training programme and share learning with SLT.',
    lead: HW,
    period: 'Summer 2',
    progress: 'Two of five modules completed.',
    endPoint: '2027-06-30',
    impactEvidence: 'Trained Careers Leader; statutory record updated.',
    rag: 'green',
    evidenceList: ['Module certificates'],
    maturityRows: ['1.1'],
  }),
];

export const demoPlan: StrategicPlan = {
  institutionId: DEMO_INSTITUTION_ID,
  academicYear: DEMO_YEAR,
  institutionVision:
    'At Highfield Academy every pupil belongs, achieves and leaves ready to thrive: confident, curious and kind.',
  careersVision:
    'Careers provision at Highfield Academy will support our pupils to:\n' +
    '\u2022 Make informed and aspirational decisions\n' +
    '\u2022 Make effective and sustained transitions\n' +
    '\u2022 Develop career readiness',
  priorities: priorities.map((p) => ({ ...p, academicYear: DEMO_YEAR })),
  actions,
};
