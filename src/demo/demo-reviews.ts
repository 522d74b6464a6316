/**
 * The demo school's two agreed Careers Impact internal leadership reviews, a year apart, against the schools model.
 *
 * Everything is derived from per-row tables: one string of choices per row and review (one character per
 * participant, in panel order: '1'–'4' a column, '?' not sure), the agreed column with the team's own evidence and
 * next steps, and a few notes. No randomness: the data is the same on every load.
 *
 * Movement from autumn 2025 to autumn 2026 (tests rely on it):
 *  - up:   1.2, 1.3, 1.5, 2.1, 3.8, 4.1, 5.3;
 *  - down: 1.7 (the Enterprise Adviser left), 2.5 (fewer Future Skills Questionnaire completions);
 *  - every other row the same.
 * Widest disagreement: 2.3 and 4.2 in 2025 (someone chose 1, someone 4); 1.5, 2.2 and 5.2 in 2026.
 * The Link Governor joined the panel in 2026 (appointed in January 2026), so 2025 has seven participants, 2026 eight.
 */
import type { ColumnNumber } from '../domain/catalogue/types';
import type { AgreedBestFit, Participant, Reflection, ReflectionChoice, Review } from '../domain/review/types';
import type { ReviewRecord } from '../domain/institution-data';
import { DEMO_INSTITUTION_ID } from './demo-provision-map';

const TENANT = 'contoso.onmicrosoft.com';

/** The local development user (tools/start.ts) is the Careers Leader. */
export const DEMO_CAREERS_LEADER_ID = `careers.leader@${TENANT}`;

export const demoPeople = {
  careersLeader: { id: DEMO_CAREERS_LEADER_ID, displayName: 'Hannah Whitfield', role: 'Careers Leader' },
  headteacher: { id: `david.okafor@${TENANT}`, displayName: 'David Okafor', role: 'Headteacher' },
  deputyHead: {
    id: `rachel.bennett@${TENANT}`,
    displayName: 'Rachel Bennett',
    role: 'Deputy Headteacher (SLT link for careers)',
  },
  careersAdviser: { id: `tom.griffiths@${TENANT}`, displayName: 'Tom Griffiths', role: 'Careers Adviser' },
  senco: { id: `aisha.rahman@${TENANT}`, displayName: 'Aisha Rahman', role: 'SENCO' },
  headOfSixthForm: { id: `mark.ellison@${TENANT}`, displayName: 'Mark Ellison', role: 'Head of Sixth Form' },
  headOfPshe: { id: `laura.chen@${TENANT}`, displayName: 'Laura Chen', role: 'Head of PSHE' },
  linkGovernor: { id: `susan.pemberton@${TENANT}`, displayName: 'Susan Pemberton', role: 'Link Governor' },
} as const satisfies Record<string, Participant>;

const p = demoPeople;
const panel2025: readonly Participant[] = [
  p.careersLeader, p.headteacher, p.deputyHead, p.careersAdviser, p.senco, p.headOfSixthForm, p.headOfPshe,
];
const panel2026: readonly Participant[] = [...panel2025, p.linkGovernor];

export const DEMO_REVIEW_2025_ID = 'highfield-review-2025-autumn';
export const DEMO_REVIEW_2026_ID = 'highfield-review-2026-autumn';

const review2025: Review = {
  id: DEMO_REVIEW_2025_ID,
  institutionId: DEMO_INSTITUTION_ID,
  variant: 'schools',
  title: 'Internal leadership review, autumn 2025',
  date: '2025-11-12',
  status: 'agreed',
  participants: panel2025,
};

const review2026: Review = {
  id: DEMO_REVIEW_2026_ID,
  institutionId: DEMO_INSTITUTION_ID,
  variant: 'schools',
  title: 'Internal leadership review, autumn 2026',
  date: '2026-11-11',
  status: 'agreed',
  participants: panel2026,
};

/** What the meeting agreed for one row in one review. */
type Agreed = readonly [column: ColumnNumber, evidence: string, nextSteps: string];

interface RowTable {
  readonly row: string;
  /** Reflections: one character per participant of the panel, in order. */
  readonly reflections: readonly [y2025: string, y2026: string];
  readonly y2025: Agreed;
  readonly y2026: Agreed;
}

// Panel order: Careers Leader, Headteacher, Deputy Head, Careers Adviser, SENCO, Head of Sixth Form, Head of PSHE
// (, Link Governor in 2026).
const rows: readonly RowTable[] = [
  {
    row: '1.1',
    reflections: ['2322222', '23222223'],
    y2025: [2, 'Careers Leader appointed in September 2025 with two hours a week; Head of PSHE and Head of Sixth Form lead parts of the programme.', 'Agree a written job description and protected time for the Careers Leader.'],
    y2026: [2, 'Job description agreed and time increased to four hours a week; tutors deliver some sessions but roles are not yet written down.', 'Set out careers responsibilities for tutors and heads of year in the staff handbook.'],
  },
  {
    row: '1.2',
    reflections: ['2332122', '33432333'],
    y2025: [2, 'School vision refers to preparing pupils for their future; no separate careers vision.', 'Draft a careers vision with SLT and share it with governors.'],
    y2026: [3, 'Careers vision written with SLT in spring 2026 and referred to in the school development plan.', 'Make the vision visible to pupils and parents on the website and in the Year 7 induction.'],
  },
  {
    row: '1.3',
    reflections: ['2222?22', '33332334'],
    y2025: [2, 'Careers development plan exists but is a list of events for the year.', 'Write a strategic careers plan with priorities and SMART objectives.'],
    y2026: [3, 'Strategic careers plan for 2026–27 with four priorities, reviewed at SLT each half term; careers appears in the school development plan.', 'Report progress against the plan to the full governing body each term.'],
  },
  {
    row: '1.4',
    reflections: ['2322232', '2332222?'],
    y2025: [2, 'Deputy Head line-manages the Careers Leader; careers is on the SLT agenda twice a year.', 'Put careers on the SLT agenda every half term.'],
    y2026: [2, 'Careers on the SLT agenda each half term since January, but mainly for events rather than strategy.', 'Use SLT time to look at destinations and FSQ data, not just the calendar.'],
  },
  {
    row: '1.5',
    reflections: ['1211?21', '1233?224'],
    y2025: [1, 'Governors receive the annual careers report; no Link Governor in post.', 'Appoint a Link Governor for careers.'],
    y2026: [2, 'Susan Pemberton appointed Link Governor in January 2026 and meets the Careers Leader each half term; termly update to the curriculum committee.', 'Agree the data the Link Governor will see each term and add careers to the full board agenda.'],
  },
  {
    row: '1.6',
    reflections: ['22?3???', '22?2???2'],
    y2025: [2, 'Careers Leader attends Careers Hub network meetings each term.', 'Take part in a peer review when the Hub next offers one.'],
    y2026: [2, 'Careers Leader attends network meetings and Benchmark 1 training; peer review postponed by the Hub.', 'Book a place on the spring 2027 peer review.'],
  },
  {
    row: '1.7',
    reflections: ['223?2?2', '1121?21?'],
    y2025: [2, 'Enterprise Adviser from Arden Precision Engineering meets the Careers Leader each half term.', 'Invite the Enterprise Adviser to an SLT meeting.'],
    y2026: [1, 'Our Enterprise Adviser moved to a new role in March 2026; no replacement yet and business volunteers are contacted event by event.', 'Ask the Careers Hub for a new Enterprise Adviser and agree termly meetings with SLT.'],
  },
  {
    row: '2.1',
    reflections: ['1211112', '22322233'],
    y2025: [1, 'Activities are planned year by year; no documented learning journey.', 'Map the whole programme by stage and year with learning outcomes.'],
    y2026: [2, 'Provision map for Years 7–13 with learning outcomes per stage, shared with staff and on the website.', 'Plan reflection points for pupils and close the outcome gaps the map shows (SA3, CK5).'],
  },
  {
    row: '2.2',
    reflections: ['2232123', '24321223'],
    y2025: [2, 'SENCO and Careers Leader share a list of pupils with EHC plans; targeted guidance for pupils at risk of NEET.', 'Use attendance and pupil premium data to identify further pupils for targeted support.'],
    y2026: [2, 'Targeted interviews for pupils at risk of NEET in Year 10; pupil premium mentoring in Year 8. Work experience for pupils with SEND still patchy.', 'Plan supported work experience placements for pupils with EHC plans with the SENCO.'],
  },
  {
    row: '2.3',
    reflections: ['1322142', '22322?22'],
    y2025: [2, 'Compass+ used for Years 10–13 activities; intended destinations recorded for Year 11 only.', 'Record all year groups\u2019 activities in Compass+.'],
    y2026: [2, 'All activities recorded in Compass+ from September 2026; pupil reflections not yet recorded.', 'Add pupil reflections after work experience and guidance interviews.'],
  },
  {
    row: '2.4',
    reflections: ['2232?32', '2232?32?'],
    y2025: [2, 'Year 11 and Year 13 destinations collected each October and reported to governors.', 'Compare destinations of pupil premium pupils with their peers.'],
    y2026: [2, 'Destinations collected and reported; first comparison by pupil premium done in October 2026.', 'Add sustained destinations from the published data to the governors\u2019 report.'],
  },
  {
    row: '2.5',
    reflections: ['2212?22', '1121?11?'],
    y2025: [2, 'Future Skills Questionnaire completed by most of Years 7, 9 and 11 (about 70%).', 'Use FSQ results in planning the Year 9 programme.'],
    y2026: [1, 'FSQ completion fell to about 35% after the timetable change; results not yet analysed.', 'Timetable FSQ completion in tutor time and analyse the results with SLT.'],
  },
  {
    row: '2.6',
    reflections: ['1121111', '1121112?'],
    y2025: [1, 'Employer feedback collected after the careers fair only.', 'Survey parents and carers and staff on the careers programme.'],
    y2026: [1, 'Parent survey drafted but not yet sent; employer feedback after events.', 'Send the parent and carer and staff surveys in the spring term.'],
  },
  {
    row: '2.7',
    reflections: ['1?11?11', '11?1?11?'],
    y2025: [1, 'No planned quality assurance of careers activities.', 'Observe a sample of careers lessons each term.'],
    y2026: [1, 'Two PSHE careers lessons observed; no wider quality assurance.', 'Agree a quality assurance calendar with the Deputy Head.'],
  },
  {
    row: '3.1',
    reflections: ['1211122', '12111212'],
    y2025: [1, 'Labour market information appears in a few assemblies.', 'Build labour market information into PSHE careers lessons.'],
    y2026: [1, 'Regional LMI in Year 7 and Year 8 assemblies and Futures week only.', 'Use LMI in Year 9–11 lessons, not just assemblies.'],
  },
  {
    row: '3.2',
    reflections: ['2232232', '22323222'],
    y2025: [2, 'Post-16 evening and provider assemblies in Year 11; UCAS support in the sixth form.', 'Bring apprenticeship providers into Year 9.'],
    y2026: [2, 'Provider encounters in Years 9–13 but only one in Year 8–9.', 'Add a second provider encounter in Year 8 to meet the provider access requirement.'],
  },
  {
    row: '3.3',
    reflections: ['2122212', '2222212?'],
    y2025: [2, 'Stereotypes covered in Year 8 PSHE and a Year 9 assembly.', 'Invite speakers working in non-traditional roles.'],
    y2026: [2, 'Year 8 and Year 9 sessions on stereotypes; three speakers in non-traditional roles.', 'Track options and post-16 choices by gender and pupil premium.'],
  },
  {
    row: '3.4',
    reflections: ['11?1?11', '11?1?11?'],
    y2025: [1, 'Nothing specific for parents and carers on labour market information.', 'Include labour market information at options evening.'],
    y2026: [1, 'A labour market information leaflet was given out at options evening.', 'Run a short parent and carer session on local jobs at the Year 8 pathways evening.'],
  },
  {
    row: '3.5',
    reflections: ['2221?22', '22212223'],
    y2025: [2, 'Options evening and post-16 evening for parents and carers.', 'Add an apprenticeships session for parents and carers.'],
    y2026: [2, 'Year 8 pathways evening added; apprenticeships covered at post-16 evening.', 'Collect parent and carer feedback after each evening.'],
  },
  {
    row: '3.6',
    reflections: ['1111121', '1111122?'],
    y2025: [1, 'No staff training on pathways or labour market information.', 'Plan a staff briefing on apprenticeships and technical routes.'],
    y2026: [1, 'One staff briefing on T levels in June 2026.', 'Include pathways and LMI in the INSET programme.'],
  },
  {
    row: '3.7',
    reflections: ['2323222', '23232222'],
    y2025: [2, 'Good links with Northbridge College; provider access policy published.', 'Widen the range of providers, including independent training providers.'],
    y2026: [2, 'Northbridge College, Midshire Training Group and Kingsmere University visit each year.', 'Plan provider encounters for each key phase at the start of the year.'],
  },
  {
    row: '3.8',
    reflections: ['1211131', '2322132?'],
    y2025: [1, 'Alumni occasionally invited to speak.', 'Start an alumni network.'],
    y2026: [2, 'Alumni network of 40 former pupils; alumni success stories assembly in Year 11.', 'Reach 18 alumni encounters across the year, including apprentices.'],
  },
  {
    row: '4.1',
    reflections: ['2222223', '33333343'],
    y2025: [2, 'Careers taught in PSHE in every year, planned by the Head of PSHE.', 'Link PSHE careers lessons to the learning outcomes.'],
    y2026: [3, 'PSHE careers units in every year are mapped to the learning outcomes and sequenced by stage.', 'Add pupil reflection at the end of each unit.'],
  },
  {
    row: '4.2',
    reflections: ['2312143', '2322123?'],
    y2025: [2, 'Some departments display careers posters; links in lessons are uneven.', 'Run a curriculum audit of careers links.'],
    y2026: [2, 'Curriculum audit done; science, geography and design technology make regular links, others rarely.', 'Share good practice from science and geography at a department leaders\u2019 meeting.'],
  },
  {
    row: '4.3',
    reflections: ['1121112', '11211121'],
    y2025: [1, 'No CPD on careers in the curriculum.', 'Include careers in the curriculum in the INSET plan.'],
    y2026: [1, 'Careers in the curriculum planned for INSET but postponed.', 'Deliver the careers in the curriculum INSET in January 2027.'],
  },
  {
    row: '4.4',
    reflections: ['2222232', '22222323'],
    y2025: [2, 'Skills taught in PSHE and through the Year 9 employer brief.', 'Use a skills framework across the programme.'],
    y2026: [2, 'Skills framework agreed; used in PSHE, not yet across subjects.', 'Introduce the skills framework to subject leaders.'],
  },
  {
    row: '5.1',
    reflections: ['2332222', '23322223'],
    y2025: [2, 'Twelve regular employer partners, mostly through the careers fair.', 'Keep a register of employer partners and what they offer.'],
    y2026: [2, 'Employer register of 19 partners kept by the Careers Leader.', 'Match employers to gaps in the map, starting with Year 8.'],
  },
  {
    row: '5.2',
    reflections: ['2332?22', '14322223'],
    y2025: [2, 'Employer encounters in most year groups.', 'Give every encounter a clear purpose shared with employers.'],
    y2026: [2, 'Encounters in every year except Year 8; briefing sheet for employers introduced.', 'Plan an employer encounter for Year 8 (workplace safari).'],
  },
  {
    row: '5.3',
    reflections: ['2221232', '33342333'],
    y2025: [2, 'Year 12 work experience; Year 10 work experience for about half the year group.', 'Offer Year 10 work experience to every pupil.'],
    y2026: [3, '94% of Year 10 completed a week of work experience in July 2026; Year 9 work insight days; Year 12 placements.', 'Find supported placements for pupils with EHC plans.'],
  },
  {
    row: '6.1',
    reflections: ['3333233', '33332333'],
    y2025: [3, 'Every Year 11 pupil has a 1:1 interview with a qualified adviser; sixth formers on request.', 'Offer interviews to Year 13 pupils before UCAS and apprenticeship deadlines.'],
    y2026: [3, 'All Year 11 and Year 13 pupils interviewed; Year 12 on request.', 'Offer Year 9 pupils a guidance conversation before options.'],
  },
  {
    row: '6.2',
    reflections: ['3344232', '3343233?'],
    y2025: [3, 'Interviews recorded with action plans shared with pupils and tutors.', 'Share action plans with parents and carers.'],
    y2026: [3, 'Action plans shared with pupils, tutors and parents and carers.', 'Follow up action plans at a second meeting for pupils with no intended destination.'],
  },
  {
    row: '6.3',
    reflections: ['2233?22', '2232?222'],
    y2025: [2, 'Careers adviser bought in for 40 days a year.', 'Review whether 40 days is enough for Years 9–13.'],
    y2026: [2, 'Adviser days kept at 40; sixth form demand exceeds the time.', 'Make the case for 50 adviser days in the 2027–28 budget.'],
  },
];

/** A few reflections carry a short note: [review, row, participant, note]. */
const notes: readonly (readonly [2025 | 2026, string, Participant, string])[] = [
  [2025, '1.1', p.headteacher, 'Hannah is new in post; the structure is there but it is early days.'],
  [2025, '1.6', p.headOfSixthForm, 'I don\u2019t know enough about the Hub to judge.'],
  [2025, '2.3', p.senco, 'SEND pupils\u2019 activities are not recorded anywhere that I can see.'],
  [2025, '2.3', p.headOfSixthForm, 'Every sixth form activity is on Compass+ and we use it weekly.'],
  [2025, '4.2', p.careersAdviser, 'Pupils in interviews rarely mention careers from their subjects.'],
  [2025, '4.2', p.headOfSixthForm, 'A level teachers talk about university courses all the time.'],
  [2025, '5.3', p.headOfSixthForm, 'Year 12 placements are strong; Year 10 is the gap.'],
  [2025, '6.2', p.careersAdviser, 'Every interview has a written action plan.'],
  [2025, '6.2', p.senco, 'Action plans for pupils with EHC plans are not shared with me.'],
  [2026, '1.5', p.careersLeader, 'Governors have not yet seen any careers data this year.'],
  [2026, '1.5', p.linkGovernor, 'We meet every half term and I report to the curriculum committee.'],
  [2026, '1.7', p.careersLeader, 'Since March we have had no Enterprise Adviser.'],
  [2026, '2.2', p.headteacher, 'Targeted work for NEET risk and pupil premium is a real strength now.'],
  [2026, '2.2', p.senco, 'Only two pupils with EHC plans had a work experience placement.'],
  [2026, '2.5', p.deputyHead, 'FSQ was squeezed out when tutor time moved.'],
  [2026, '5.2', p.careersLeader, 'Year 8 has no employer encounter at all this year.'],
  [2026, '5.2', p.headteacher, 'The careers fair and mock interviews are excellent.'],
  [2026, '5.3', p.careersAdviser, 'Year 10 work experience came up in almost every Year 11 interview.'],
  [2026, '6.2', p.linkGovernor, 'Not sure I have seen enough of the interviews to judge.'],
];

/** Meeting times: the panel works theme by theme from 4 pm, about eight minutes a theme (GMT, so UTC). */
function agreedAt(date: string, rowId: string): string {
  const theme = Number(rowId.split('.')[0]);
  const minutes = 8 * theme;
  return `${date}T16:${String(minutes).padStart(2, '0')}:00.000Z`;
}

/** Evidence links recorded on a few agreed rows. */
const EVIDENCE = 'https://contoso.sharepoint.com/sites/HighfieldCareers/Shared%20Documents/Evidence/';
const links: Readonly<Record<string, readonly string[]>> = {
  '2025:1.1': [`${EVIDENCE}Careers-Leader-appointment-2025.pdf`],
  '2025:6.1': [`${EVIDENCE}Y11-guidance-interview-log-2025.xlsx`],
  '2026:1.3': [`${EVIDENCE}Strategic-careers-plan-2026-27.docx`],
  '2026:2.1': [`${EVIDENCE}Provision-map-2026-27.xlsx`, 'https://highfield.contoso.com/careers'],
  '2026:5.3': [`${EVIDENCE}Y10-work-experience-placements-2026.xlsx`],
  '2026:2.4': [`${EVIDENCE}Destinations-report-2026.pdf`],
};

function choiceOf(c: string): ReflectionChoice {
  if (c === '?') return 'not-sure';
  const n = Number(c);
  if (n === 1 || n === 2 || n === 3 || n === 4) return n;
  throw new Error(`Demo reflection table holds "${c}"`);
}

function buildRecord(review: Review, year: 2025 | 2026): ReviewRecord {
  const index = year === 2025 ? 0 : 1;
  const reflections: Reflection[] = [];
  const bestFits: AgreedBestFit[] = [];
  for (const table of rows) {
    const choices = table.reflections[index];
    if (choices.length !== review.participants.length) {
      throw new Error(`Demo reflections for ${table.row} (${year}) do not match the panel`);
    }
    review.participants.forEach((participant, i) => {
      const note = notes.find(([y, row, who]) => y === year && row === table.row && who.id === participant.id);
      reflections.push({
        reviewId: review.id,
        rowId: table.row,
        participantId: participant.id,
        choice: choiceOf(choices[i]!),
        note: note?.[3] ?? '',
      });
    });
    const [column, evidence, nextSteps] = year === 2025 ? table.y2025 : table.y2026;
    bestFits.push({
      reviewId: review.id,
      rowId: table.row,
      column,
      evidence,
      evidenceLinks: links[`${year}:${table.row}`] ?? [],
      nextSteps,
      agreedBy: review.participants.map((x) => x.id),
      agreedAt: agreedAt(review.date, table.row),
    });
  }
  return { review, reflections, bestFits };
}

/** Oldest first. */
export const demoReviews: readonly ReviewRecord[] = [buildRecord(review2025, 2025), buildRecord(review2026, 2026)];
