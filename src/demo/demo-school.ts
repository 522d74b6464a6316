/**
 * The demo institution: Highfield Academy, an invented 11–18 academy in the Midlands, as Waypoint holds it on
 * 24 November 2026 (DEMO_AS_OF). `npm start` loads it into the local Graph server; tests use it as a realistic
 * whole. It is deliberately imperfect so every rule has something to say; the planted gaps are listed in the
 * sibling files' headers:
 *  - demo-provision-map.ts: the provision map (gaps in Year 8 employer encounters, the first PAL key phase, SA3 and
 *    CK5 unaddressed, CK3 not progressing, no parent and carer engagement in Year 7);
 *  - demo-reviews.ts: two agreed internal leadership reviews (autumn 2025, autumn 2026) and who moved where;
 *  - demo-plan.ts: the 2026–27 strategic careers plan (one overdue action, every RAG state);
 *  - demo-history.ts: 2024/25 and 2025/26, the two academic years before (gaps closed, an action carried over,
 *    a new duty met); the two reviews fall in 2025/26 and 2026/27;
 *  - this file: the institution and the statutory record, partly met (Careers Leader in training; published
 *    information does not say how impact is measured; the provider access policy statement, signed off by the
 *    Link Governor, does not yet detail premises and facilities).
 */
import type { Institution } from '../domain/institution';
import type { StatutoryRecord } from '../domain/statutory/types';
import { DEMO_INSTITUTION_ID, DEMO_YEAR, demoProvisionMap, demoYearGroups } from './demo-provision-map';
import { demoEarlierYears } from './demo-history';
import { demoPlan } from './demo-plan';
import { DEMO_CAREERS_LEADER_ID, demoPeople, demoReviews } from './demo-reviews';
import type { InstitutionData } from '../domain/institution-data';

export { DEMO_INSTITUTION_ID, DEMO_YEAR, demoActivities, demoProvisionMap, demoYearGroups } from './demo-provision-map';
export { DEMO_AS_OF, DEMO_CARRIED_ACTION_ID, demoPlan } from './demo-plan';
export * from './demo-history';
export {
  DEMO_CAREERS_LEADER_ID,
  DEMO_REVIEW_2025_ID,
  DEMO_REVIEW_2026_ID,
  demoPeople,
  demoReviews,
} from './demo-reviews';

export const demoInstitution: Institution = {
  id: DEMO_INSTITUTION_ID,
  name: 'Highfield Academy',
  variant: 'schools',
  yearGroups: demoYearGroups,
};

export const demoStatutory: StatutoryRecord = {
  institutionId: DEMO_INSTITUTION_ID,
  academicYear: DEMO_YEAR,
  careersLeader: {
    name: demoPeople.careersLeader.displayName,
    email: DEMO_CAREERS_LEADER_ID,
    training: 'in-training',
  },
  seniorLeader: { name: demoPeople.deputyHead.displayName },
  explicitBacking: {
    how: 'Careers strategy endorsed by the headteacher and the full governing body, minuted',
    date: '2026-10-08',
  },
  linkGovernor: { name: demoPeople.linkGovernor.displayName },
  providerAccessPolicy: {
    url: 'https://highfield.contoso.com/careers/provider-access-policy',
    published: true,
    contents: ['encounters', 'procedure', 'grounds'],
    signOff: { by: `${demoPeople.linkGovernor.displayName}, for the governing body`, date: '2026-09-17' },
  },
  publishedInformation: {
    url: 'https://highfield.contoso.com/careers',
    publishedOn: '2026-09-21',
    careersLeaderContact: true,
    programmeSummary: true,
    impactMeasurement: false,
    nextReviewDate: '2027-07-16',
  },
  impartialGuidance: { provided: true, adviser: `${demoPeople.careersAdviser.displayName}, Midshire Careers Service` },
  destinationsCollected: true,
};

/** This year's map, plan and record, with the two years before (`otherYears`, 2024/25 and 2025/26). */
export const demoSchool: InstitutionData = {
  institution: demoInstitution,
  academicYear: DEMO_YEAR,
  otherYears: demoEarlierYears(demoStatutory),
  provisionMap: demoProvisionMap,
  reviews: demoReviews,
  plan: demoPlan,
  statutory: demoStatutory,
};
