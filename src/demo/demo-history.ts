/**
 * The demo school's two earlier academic years, 2024/25 (its first provision map) and 2025/26, so
 * the year-on-year views have a story to tell. Keys of earlier years' items end in their year
 * (`act-y10-work-experience~2024/25`), as "Start the next year" names them; this year's keep the plain
 * ids the tests use. The story (tests in tests/unit/demo rely on it):
 *  - gaps closed: 2024/25 had no Year 10 work experience, no college and apprenticeship provider
 *    assemblies in Year 11 and no apprenticeship talk in Year 10; all three arrive in 2025/26. The
 *    Year 8 pathways evening for parents and carers arrives in 2026/27;
 *  - an activity dropped: the Year 8 careers quiz in tutor time ran in 2024/25 and 2025/26, not in 2026/27;
 *  - an activity moved: "Meet the provider" was a Year 10 activity in 2025/26 and is in Year 9 in 2026/27;
 *  - an action carried over: the statement of how impact is measured (act-publish-impact-statement~2025/26)
 *    was still open in July 2026 and continues in the 2026/27 plan, where it is now overdue;
 *  - a new duty met: the provider access policy statement, unpublished in 2024/25, was published in 2025/26;
 *    a Link Governor was named in 2025/26.
 */
import type { AcademicYear } from '../domain/academic-year';
import type { PlanAction, Priority, StrategicPlan } from '../domain/plan/types';
import type { Activity, ProvisionMap } from '../domain/provision-map/types';
import type { StatutoryRecord } from '../domain/statutory/types';
import { carriedKey } from '../domain/years/keys';
import type { YearRecord } from '../domain/years/types';
import { DEMO_CARRIED_ACTION_ID, demoPlan } from './demo-plan';
import { DEMO_INSTITUTION_ID, demoProvisionMap } from './demo-provision-map';

export const DEMO_FIRST_YEAR: AcademicYear = '2024/25';
export const DEMO_LAST_YEAR: AcademicYear = '2025/26';

/** Activities first run in 2025/26 (gaps closed) and in 2026/27. */
export const DEMO_NEW_IN_2025 = ['act-y10-work-experience', 'act-y11-provider-assemblies', 'act-y10-apprenticeship-talk'] as const;
export const DEMO_NEW_IN_2026 = ['act-y8-parents-pathways-evening'] as const;
export const DEMO_DROPPED_ACTIVITY = 'act-y8-careers-quiz';
export const DEMO_MOVED_ACTIVITY = 'act-y9-meet-the-provider';

const careersQuiz = (year: AcademicYear): Activity => ({
  id: carriedKey(DEMO_DROPPED_ACTIVITY, year),
  stage: 'introduce-inspire',
  yearGroup: '8',
  title: 'Careers quiz in tutor time',
  categories: ['other'],
  learningOutcomes: ['CK1'],
  benchmarks: [1],
  audience: { kind: 'universal' },
  term: 'Spring',
  parentsAndCarers: false,
  academicYear: year,
});

function earlierMap(year: AcademicYear, absent: readonly string[]): ProvisionMap {
  const activities = demoProvisionMap.activities
    .filter((a) => !absent.includes(a.id))
    .map((a): Activity => ({
      ...a,
      id: carriedKey(a.id, year),
      academicYear: year,
      ...(a.id === DEMO_MOVED_ACTIVITY && year === DEMO_LAST_YEAR ? { yearGroup: '10' } : {}),
    }));
  return { ...demoProvisionMap, academicYear: year, activities: [...activities, careersQuiz(year)] };
}

const priority = (id: string, year: AcademicYear): Priority => {
  const current = demoPlan.priorities.find((p) => p.id === id)!;
  return { ...current, id: carriedKey(id, year), academicYear: year };
};

function done(year: AcademicYear, id: string, priorityId: string, action: string, period: PlanAction['period'], endPoint: string): PlanAction {
  return {
    id: carriedKey(id, year),
    priorityId: carriedKey(priorityId, year),
    action,
    lead: 'Hannah Whitfield (Careers Leader)',
    period,
    progress: 'Done.',
    endPoint,
    impactEvidence: '',
    rag: 'green',
    evidenceList: [],
    maturityRows: [],
    completed: true,
    academicYear: year,
  };
}

const plan2024: StrategicPlan = {
  ...demoPlan,
  academicYear: DEMO_FIRST_YEAR,
  priorities: [priority('pri-leadership', DEMO_FIRST_YEAR)],
  actions: [
    done(DEMO_FIRST_YEAR, 'act-first-provision-map', 'pri-leadership', 'Map the careers provision of every year group for the first time.', 'Autumn 2', '2024-12-13'),
    done(DEMO_FIRST_YEAR, 'act-careers-programme-page', 'pri-leadership', 'Publish the careers programme and the Careers Leader’s contact details on the website.', 'Spring 1', '2025-02-07'),
  ],
};

const impactStatement2025: PlanAction = {
  id: DEMO_CARRIED_ACTION_ID,
  priorityId: carriedKey('pri-impact-evaluation', DEMO_LAST_YEAR),
  action: 'Write and publish a statement on the careers web page of how we measure the impact of the programme.',
  lead: 'Hannah Whitfield (Careers Leader)',
  period: 'Summer 2',
  progress: 'Measures agreed with SLT; statement not yet drafted.',
  endPoint: '2026-07-17',
  impactEvidence: '',
  rag: 'amber',
  evidenceList: [],
  maturityRows: ['2.7'],
  completed: false,
  academicYear: DEMO_LAST_YEAR,
};

const plan2025: StrategicPlan = {
  ...demoPlan,
  academicYear: DEMO_LAST_YEAR,
  priorities: [priority('pri-leadership', DEMO_LAST_YEAR), priority('pri-work-experience', DEMO_LAST_YEAR), priority('pri-impact-evaluation', DEMO_LAST_YEAR)],
  actions: [
    done(DEMO_LAST_YEAR, 'act-name-link-governor', 'pri-leadership', 'Ask the governing board to name a Link Governor for careers.', 'Autumn 1', '2025-10-17'),
    done(DEMO_LAST_YEAR, 'act-publish-provider-access-policy', 'pri-leadership', 'Publish the provider access policy statement on the school website.', 'Spring 1', '2026-02-06'),
    done(DEMO_LAST_YEAR, 'act-relaunch-y10-work-experience', 'pri-work-experience', 'Relaunch the Year 10 work experience week with local employers.', 'Summer 1', '2026-05-22'),
    impactStatement2025,
  ],
};

/** The statutory record of the two earlier years, from this year's (`current`) with what was not yet in place. */
function earlierStatutory(current: StatutoryRecord): readonly [StatutoryRecord, StatutoryRecord] {
  const { linkGovernor: _governor, providerAccessPolicy: _policy, ...without } = current;
  const leader = current.careersLeader ? { careersLeader: { ...current.careersLeader, training: 'not-trained' as const } } : {};
  const first: StatutoryRecord = {
    ...without,
    ...leader,
    institutionId: DEMO_INSTITUTION_ID,
    academicYear: DEMO_FIRST_YEAR,
    publishedInformation: { ...current.publishedInformation, publishedOn: '2024-09-23', programmeSummary: false, impactMeasurement: false, nextReviewDate: '2025-07-18' },
  };
  const second: StatutoryRecord = {
    ...current,
    ...leader,
    academicYear: DEMO_LAST_YEAR,
    publishedInformation: { ...current.publishedInformation, publishedOn: '2025-09-22', impactMeasurement: false, nextReviewDate: '2026-07-17' },
  };
  return [first, second];
}

/** 2024/25 and 2025/26, earliest first. */
export function demoEarlierYears(currentStatutory: StatutoryRecord): YearRecord[] {
  const [statutory2024, statutory2025] = earlierStatutory(currentStatutory);
  return [
    {
      academicYear: DEMO_FIRST_YEAR,
      provisionMap: earlierMap(DEMO_FIRST_YEAR, [...DEMO_NEW_IN_2025, ...DEMO_NEW_IN_2026]),
      plan: plan2024,
      statutory: statutory2024,
    },
    { academicYear: DEMO_LAST_YEAR, provisionMap: earlierMap(DEMO_LAST_YEAR, DEMO_NEW_IN_2026), plan: plan2025, statutory: statutory2025 },
  ];
}
