import { describe, expect, it } from 'vitest';
import { statutoryChecklist } from '../../../../src/domain/statutory/checklist';
import type { StatutoryRecord } from '../../../../src/domain/statutory/types';
import { act, mapOf, phases, PRE_16, WITH_SIXTH_FORM } from './fixtures';

const complete: StatutoryRecord = {
  institutionId: 'school',
  careersLeader: { name: 'Zoe Correa', email: 'z.correa@school.org.uk', training: 'trained' },
  seniorLeader: { name: 'Sam Head' },
  linkGovernor: { name: 'Gill Governor' },
  providerAccessPolicy: { url: 'https://school.org.uk/pal', published: true },
  publishedInformation: {
    url: 'https://school.org.uk/careers',
    careersLeaderContact: true,
    programmeSummary: true,
    impactMeasurement: true,
    nextReviewDate: '2026-07-01',
  },
  impartialGuidance: { provided: true, adviser: 'Ada Adviser' },
  destinationsCollected: true,
};

const pal = (yearGroup: string) => act({ yearGroup, categories: ['provider-access'] });
const compliantMap = mapOf(['8', '9', '10', '11'].map(pal));
const today = '2026-01-15';
const byDuty = (record: StatutoryRecord, map = compliantMap, day = today) =>
  Object.fromEntries(statutoryChecklist(record, map, day, { palKeyPhases: phases }).map((c) => [c.duty, c]));

describe('statutoryChecklist', () => {
  it('gives one met check per duty, in the catalogue order, when everything is in place', () => {
    const checks = statutoryChecklist(complete, compliantMap, today, { palKeyPhases: phases });
    expect(checks.map((c) => [c.duty, c.status, c.missing])).toEqual([
      ['careers-leader', 'met', []],
      ['senior-leader', 'met', []],
      ['link-governor', 'met', []],
      ['provider-access-policy', 'met', []],
      ['published-information', 'met', []],
      ['impartial-guidance', 'met', []],
      ['destinations', 'met', []],
    ]);
  });

  it('partly meets the Careers Leader duty when the leader is named but not trained', () => {
    const untrained = { ...complete, careersLeader: { ...complete.careersLeader!, training: 'not-trained' as const } };
    expect(byDuty(untrained)['careers-leader']).toEqual({
      duty: 'careers-leader',
      status: 'partly-met',
      missing: ['Zoe Correa is named as Careers Leader but has not had Careers Leader training.'],
    });
    const training = { ...complete, careersLeader: { ...complete.careersLeader!, training: 'in-training' as const } };
    expect(byDuty(training)['careers-leader']!.status).toBe('partly-met');
    const { careersLeader: _, ...none } = complete;
    expect(byDuty(none)['careers-leader']).toEqual({ duty: 'careers-leader', status: 'not-met', missing: ['No Careers Leader is named.'] });
  });

  it('partly meets the published information duty when the next review date has passed', () => {
    const stale = { ...complete, publishedInformation: { ...complete.publishedInformation, nextReviewDate: '2026-01-14' } };
    expect(byDuty(stale)['published-information']).toEqual({
      duty: 'published-information',
      status: 'partly-met',
      missing: ['The date set for the next review of the published information (14 January 2026) has passed.'],
    });
    const dueToday = { ...complete, publishedInformation: { ...complete.publishedInformation, nextReviewDate: today } };
    expect(byDuty(dueToday)['published-information']!.status).toBe('met');
  });

  it('lists each missing published item, and does not meet the duty when none is in place', () => {
    const some = { ...complete, publishedInformation: { ...complete.publishedInformation, impactMeasurement: false } };
    expect(byDuty(some)['published-information']!.missing).toEqual([
      'How the school measures and assesses the impact of the careers programme is not published.',
    ]);
    const nothing = { ...complete, publishedInformation: { careersLeaderContact: false, programmeSummary: false, impactMeasurement: false } };
    const check = byDuty(nothing)['published-information']!;
    expect(check.status).toBe('not-met');
    expect(check.missing).toHaveLength(5);
  });

  it("takes the provider access duty from the map's key phases as well as the policy", () => {
    const short = mapOf(['8', '10', '11'].map(pal));
    expect(byDuty(complete, short)['provider-access-policy']).toEqual({
      duty: 'provider-access-policy',
      status: 'partly-met',
      missing: ['The first key phase (Years 8 and 9) has 1 of the 2 provider encounters required.'],
    });
    const { providerAccessPolicy: _, ...noPolicy } = complete;
    expect(byDuty(noPolicy, mapOf([]))['provider-access-policy']).toEqual({
      duty: 'provider-access-policy',
      status: 'not-met',
      missing: [
        'No provider access policy statement is recorded.',
        'The first key phase (Years 8 and 9) has 0 of the 2 provider encounters required.',
        'The second key phase (Years 10 and 11) has 0 of the 2 provider encounters required.',
      ],
    });
    const unpublished = { ...complete, providerAccessPolicy: { url: 'https://school.org.uk/pal', published: false } };
    expect(byDuty(unpublished)['provider-access-policy']!.missing).toEqual([
      "The provider access policy statement is not yet published on the school's website.",
    ]);
  });

  it('requires the third key phase only where there is a sixth form', () => {
    expect(byDuty(complete, mapOf(['8', '9', '10', '11'].map(pal), PRE_16))['provider-access-policy']!.status).toBe('met');
    const sixth = byDuty(complete, mapOf(['8', '9', '10', '11'].map(pal), WITH_SIXTH_FORM))['provider-access-policy']!;
    expect(sixth.missing).toEqual(['The third key phase (Years 12 and 13) has 0 of the 2 provider encounters required.']);
  });

  it('checks the people, guidance and destinations duties', () => {
    const { seniorLeader: _s, linkGovernor: _l, ...noPeople } = complete;
    const checks = byDuty({
      ...noPeople,
      impartialGuidance: { provided: true },
      destinationsCollected: false,
    });
    expect(checks['senior-leader']!.missing).toEqual(['No senior leader is named as responsible for careers.']);
    expect(checks['link-governor']).toMatchObject({ status: 'not-met', missing: ['No Link Governor for careers is named.'] });
    expect(checks['impartial-guidance']).toEqual({
      duty: 'impartial-guidance',
      status: 'partly-met',
      missing: ['No careers adviser is named to give the guidance.'],
    });
    expect(checks.destinations!.status).toBe('not-met');
    expect(byDuty({ ...complete, impartialGuidance: { provided: false, adviser: 'Ada' } })['impartial-guidance']!.status).toBe('not-met');
  });
});
