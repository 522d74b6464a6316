import type { StatutoryDutyId } from '../catalogue/types';
import type { ProvisionMap } from '../provision-map/types';
import { statutoryChecklist } from '../statutory/checklist';
import type { DutyStatus, StatutoryRecord, TrainingStatus } from '../statutory/types';
import { formatDate } from '../validation/dates';
import type { StatutorySummary } from './types';

const trainingWords: Readonly<Record<TrainingStatus, string>> = {
  trained: 'trained',
  'in-training': 'in training',
  'not-trained': 'not trained',
};

/** What the record names against each duty, so governors see who and where, not only a status. */
export function dutyDetails(record: StatutoryRecord): Partial<Record<StatutoryDutyId, string>> {
  const out: Partial<Record<StatutoryDutyId, string>> = {};
  const leader = record.careersLeader;
  if (leader?.name.trim()) out['careers-leader'] = `${leader.name}, ${leader.email}, ${trainingWords[leader.training]}`;
  if (record.seniorLeader?.name.trim()) out['senior-leader'] = record.seniorLeader.name;
  if (record.linkGovernor?.name.trim()) out['link-governor'] = record.linkGovernor.name;
  const policy = record.providerAccessPolicy;
  if (policy?.url.trim()) out['provider-access-policy'] = `${policy.url}${policy.published ? '' : ', not yet published'}`;
  const info = record.publishedInformation;
  const review = info.nextReviewDate ? `next review ${formatDate(info.nextReviewDate)}` : '';
  const published = [info.url ?? '', review].filter((s) => s !== '').join(', ');
  if (published) out['published-information'] = published;
  if (record.impartialGuidance.adviser?.trim()) out['impartial-guidance'] = record.impartialGuidance.adviser;
  out.destinations = record.destinationsCollected ? 'Collected for all learners' : 'Not collected';
  return out;
}

/** The web addresses recorded against duties, for the views to offer as links. */
export function dutyLinks(record: StatutoryRecord): Partial<Record<StatutoryDutyId, string>> {
  const out: Partial<Record<StatutoryDutyId, string>> = {};
  if (record.providerAccessPolicy?.url.trim()) out['provider-access-policy'] = record.providerAccessPolicy.url;
  if (record.publishedInformation.url?.trim()) out['published-information'] = record.publishedInformation.url;
  return out;
}

/** The statutory duties checklist with counts and the names behind it. */
export function statutorySummary(record: StatutoryRecord, map: ProvisionMap, today: string): StatutorySummary {
  const checks = statutoryChecklist(record, map, today);
  const counts: Record<DutyStatus, number> = { met: 0, 'partly-met': 0, 'not-met': 0 };
  for (const c of checks) counts[c.status] += 1;
  return { checks, counts, details: dutyDetails(record), links: dutyLinks(record) };
}
