import { describe, expect, it } from 'vitest';
import { statutoryChecklist } from '../../../../src/domain/statutory/checklist';
import { strategicEvidence, type StrategicEvidence } from '../../../../src/domain/statutory/strategic';
import type { StatutoryRecord } from '../../../../src/domain/statutory/types';
import type { Review } from '../../../../src/domain/review/types';
import { act, mapOf, phases, PRE_16, WITH_SIXTH_FORM } from '../fixtures';

const complete: StatutoryRecord = {
  institutionId: 'school',
  careersLeader: { name: 'Zoe Correa', email: 'z.correa@school.org.uk', training: 'trained' },
  seniorLeader: { name: 'Sam Head' },
  explicitBacking: { how: 'Careers strategy endorsed by the full governing body', date: '2025-10-01' },
  linkGovernor: { name: 'Gill Governor' },
  providerAccessPolicy: {
    url: 'https://school.org.uk/pal',
    published: true,
    contents: ['encounters', 'procedure', 'grounds', 'premises'],
    signOff: { by: 'Gill Governor', date: '2025-09-20' },
  },
  publishedInformation: {
    url: 'https://school.org.uk/careers',
    publishedOn: '2025-09-22',
    careersLeaderContact: true,
    programmeSummary: true,
    impactMeasurement: true,
    nextReviewDate: '2026-07-01',
  },
  impartialGuidance: { provided: true, adviser: 'Ada Adviser' },
  destinationsCollected: true,
};

const strategic: StrategicEvidence = { priorities: 3, actions: 9, latestAgreedReview: '2025-11-20' };
const pal = (yearGroup: string) => act({ yearGroup, categories: ['provider-access'] });
const compliantMap = mapOf(['8', '9', '10', '11'].map(pal));
const today = '2026-01-15';
const check = (record: StatutoryRecord, options: { map?: ReturnType<typeof mapOf>; day?: string; s?: StrategicEvidence } = {}) =>
  Object.fromEntries(
    statutoryChecklist(
      { record, map: options.map ?? compliantMap, strategic: options.s ?? strategic, today: options.day ?? today },
      { palKeyPhases: phases },
    ).map((c) => [c.duty, c]),
  );

describe('statutoryChecklist', () => {
  it("gives the guide's five responsibilities in its order, then the three recommendations, all met when in place", () => {
    const checks = statutoryChecklist({ record: complete, map: compliantMap, strategic, today }, { palKeyPhases: phases });
    expect(checks.map((c) => [c.duty, c.kind, c.status, c.missing])).toEqual([
      ['careers-leader', 'responsibility', 'met', []],
      ['provider-access', 'responsibility', 'met', []],
      ['published-information', 'responsibility', 'met', []],
      ['impartial-guidance', 'responsibility', 'met', []],
      ['strategic-approach', 'responsibility', 'met', []],
      ['explicit-backing', 'recommendation', 'met', []],
      ['link-governor', 'recommendation', 'met', []],
      ['destinations', 'recommendation', 'met', []],
    ]);
  });

  it('meets the first responsibility with a named Careers Leader; training is a note, not the duty', () => {
    const training = { ...complete, careersLeader: { ...complete.careersLeader!, training: 'in-training' as const } };
    expect(check(training)['careers-leader']).toMatchObject({
      status: 'met',
      missing: [],
      notes: ['Zoe Correa is still completing Careers Leader training.'],
    });
    const { careersLeader: _, ...none } = complete;
    expect(check(none)['careers-leader']).toMatchObject({ status: 'not-met' });
  });

  it('needs the provider access policy statement signed off with the governing body, and the encounters', () => {
    const { signOff: _, ...unsigned } = complete.providerAccessPolicy!;
    expect(check({ ...complete, providerAccessPolicy: unsigned })['provider-access']).toMatchObject({
      status: 'partly-met',
      missing: ['The provider access policy statement is not recorded as signed off in agreement with the governing body.'],
    });
    const short = mapOf(['8', '10', '11'].map(pal));
    expect(check(complete, { map: short })['provider-access']!.missing).toEqual([
      'The first key phase (Years 8 and 9) has 1 of the 2 provider encounters required.',
    ]);
    const { providerAccessPolicy: _p, ...noPolicy } = complete;
    const none = check(noPolicy, { map: mapOf([]) })['provider-access']!;
    expect(none.status).toBe('not-met');
    expect(none.missing).toHaveLength(4);
  });

  it('requires the third key phase only where there is a sixth form', () => {
    expect(check(complete, { map: mapOf(['8', '9', '10', '11'].map(pal), PRE_16) })['provider-access']!.status).toBe('met');
    const sixth = check(complete, { map: mapOf(['8', '9', '10', '11'].map(pal), WITH_SIXTH_FORM) })['provider-access']!;
    expect(sixth.missing).toEqual(['The third key phase (Years 12 and 13) has 0 of the 2 provider encounters required.']);
  });

  it("checks the policy statement's four required contents and its publication under the third responsibility", () => {
    const three = { ...complete, providerAccessPolicy: { ...complete.providerAccessPolicy!, contents: ['encounters', 'procedure', 'grounds'] as const } };
    expect(check(three)['published-information']).toMatchObject({
      status: 'partly-met',
      missing: ['The provider access policy statement is not recorded as including: premises and facilities for a provider visit.'],
    });
    const unpublished = { ...complete, providerAccessPolicy: { ...complete.providerAccessPolicy!, published: false } };
    expect(check(unpublished)['published-information']!.missing).toEqual([
      "The provider access policy statement's place on the school's website is not recorded.",
    ]);
  });

  it('lists each missing published item, and a next review date that has passed', () => {
    const stale = { ...complete, publishedInformation: { ...complete.publishedInformation, nextReviewDate: '2026-01-14' } };
    expect(check(stale)['published-information']!.missing).toEqual([
      'The date set for the next review of the published information (14 January 2026) has passed.',
    ]);
    const dueToday = { ...complete, publishedInformation: { ...complete.publishedInformation, nextReviewDate: today } };
    expect(check(dueToday)['published-information']!.status).toBe('met');
    const nothing = { ...complete, providerAccessPolicy: undefined, publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false } };
    const c = check(nothing)['published-information']!;
    expect(c.status).toBe('not-met');
    expect(c.missing).toHaveLength(11);
  });

  it('marks the careers information published only with both where and when it was published', () => {
    const { publishedOn: _on, ...undated } = complete.publishedInformation;
    expect(check({ ...complete, publishedInformation: undated })['published-information']).toMatchObject({
      status: 'partly-met',
      missing: ["The date the careers information was published on the school's website is not recorded."],
    });
    const { url: _url, ...nowhere } = complete.publishedInformation;
    expect(check({ ...complete, publishedInformation: nowhere })['published-information']!.missing).toEqual([
      "No web address is recorded for the careers information on the school's website.",
    ]);
  });

  it('meets the fourth on guidance provided; an unnamed adviser is a note', () => {
    expect(check({ ...complete, impartialGuidance: { provided: true } })['impartial-guidance']).toMatchObject({
      status: 'met',
      notes: ['No careers adviser is named as giving the guidance.'],
    });
    expect(check({ ...complete, impartialGuidance: { provided: false, adviser: 'Ada' } })['impartial-guidance']!.status).toBe('not-met');
  });

  it('judges the fifth on the plan and the internal leadership reviews', () => {
    const none = check(complete, { s: { priorities: 0, actions: 0 } })['strategic-approach']!;
    expect(none.status).toBe('not-met');
    expect(none.missing).toEqual([
      'The strategic careers plan has no priorities yet.',
      'The strategic careers plan has no actions yet.',
      'No Careers Impact internal leadership review has been agreed yet.',
    ]);
    expect(check(complete, { s: { priorities: 3, actions: 2 } })['strategic-approach']!.status).toBe('partly-met');
    const review = (date: string, status: Review['status']): Review => ({
      id: date,
      institutionId: 'school',
      variant: 'schools',
      title: date,
      date,
      status,
      participants: [],
    });
    expect(strategicEvidence({ priorities: [1], actions: [] }, [review('2025-11-20', 'agreed'), review('2026-11-20', 'preparing'), review('2024-11-20', 'agreed')])).toEqual({
      priorities: 1,
      actions: 0,
      latestAgreedReview: '2025-11-20',
    });
  });

  it('checks each recommendation on what its words ask: backing recorded, a Link Governor named, destinations collected', () => {
    const { explicitBacking: _b, linkGovernor: _l, ...bare } = complete;
    const checks = check({ ...bare, destinationsCollected: false });
    expect(checks['explicit-backing']).toMatchObject({
      kind: 'recommendation',
      status: 'not-met',
      missing: ['How leaders and governors give the careers provision their explicit backing is not recorded.'],
    });
    // A named senior leader alone is not explicit backing.
    expect(complete.seniorLeader).toBeDefined();
    expect(checks['link-governor']).toMatchObject({ status: 'not-met', missing: ['No Link Governor for careers is named.'] });
    expect(checks.destinations!.status).toBe('not-met');
  });
});
