import { ofstedProviderAccessQuote } from '../catalogue/statutory';
import type { StatutoryItemId } from '../catalogue/types';
import { plural } from '../provision-map/labels';
import { statutoryChecklist, type StatutoryInputs } from '../statutory/checklist';
import type { StrategicEvidence } from '../statutory/strategic';
import type { DutyStatus, StatutoryRecord, TrainingStatus } from '../statutory/types';
import { formatDate } from '../validation/dates';
import type { StatutorySummary } from './types';

const trainingWords: Readonly<Record<TrainingStatus, string>> = {
  trained: 'trained',
  'in-training': 'in training',
  'not-trained': 'not trained',
};

/** What the record names against each item, so governors see who, where and when, not only a status. */
export function dutyDetails(record: StatutoryRecord, strategic?: StrategicEvidence): Partial<Record<StatutoryItemId, string>> {
  const out: Partial<Record<StatutoryItemId, string>> = {};
  const leader = record.careersLeader;
  if (leader?.name.trim()) out['careers-leader'] = `${leader.name}, ${leader.email}, ${trainingWords[leader.training]}`;
  const policy = record.providerAccessPolicy;
  if (policy) {
    const signOff = policy.signOff;
    const signed = signOff ? `signed off by ${signOff.by} on ${formatDate(signOff.date)}` : 'not yet signed off';
    out['provider-access'] = `${policy.url.trim() ? `${policy.url}, ` : ''}${signed}`;
  }
  const info = record.publishedInformation;
  const review = info.nextReviewDate ? `next review ${formatDate(info.nextReviewDate)}` : '';
  const publishedOn = info.publishedOn ? `published ${formatDate(info.publishedOn)}` : '';
  const published = [info.url ?? '', publishedOn, review].filter((s) => s !== '').join(', ');
  if (published) out['published-information'] = published;
  if (record.impartialGuidance.adviser?.trim()) out['impartial-guidance'] = record.impartialGuidance.adviser;
  if (strategic) {
    const review = strategic.latestAgreedReview ? `latest review agreed ${formatDate(strategic.latestAgreedReview)}` : 'no review agreed';
    out['strategic-approach'] =
      `${plural(strategic.priorities, 'priority', 'priorities')}, ${plural(strategic.actions, 'action', 'actions')}; ${review}`;
  }
  const backing = record.explicitBacking;
  const senior = record.seniorLeader?.name.trim() ? `senior leader responsible: ${record.seniorLeader.name}` : '';
  const backingText = backing?.how.trim() ? `${backing.how}${backing.date ? ` (${formatDate(backing.date)})` : ''}` : '';
  const backingDetail = [backingText, senior].filter((s) => s !== '').join('; ');
  if (backingDetail) out['explicit-backing'] = backingDetail;
  if (record.linkGovernor?.name.trim()) out['link-governor'] = record.linkGovernor.name;
  out.destinations = record.destinationsCollected ? 'Collected for all learners' : 'Not collected';
  return out;
}

/** The web addresses recorded against items, for the views to offer as links. */
export function dutyLinks(record: StatutoryRecord): Partial<Record<StatutoryItemId, string>> {
  const out: Partial<Record<StatutoryItemId, string>> = {};
  if (record.providerAccessPolicy?.url.trim()) out['provider-access'] = record.providerAccessPolicy.url;
  if (record.publishedInformation.url?.trim()) out['published-information'] = record.publishedInformation.url;
  return out;
}

/**
 * The statutory checklist with counts over the five responsibilities only (recommendations are counted apart), the
 * names behind it, and Ofsted's expectation where the provider access legislation is not fully met.
 */
export function statutorySummary(inputs: StatutoryInputs): StatutorySummary {
  const checks = statutoryChecklist(inputs);
  const count = (kind: 'responsibility' | 'recommendation'): Record<DutyStatus, number> => {
    const counts: Record<DutyStatus, number> = { met: 0, 'partly-met': 0, 'not-met': 0 };
    for (const c of checks) if (c.kind === kind) counts[c.status] += 1;
    return counts;
  };
  const pal = checks.find((c) => c.duty === 'provider-access');
  return {
    checks,
    counts: count('responsibility'),
    recommendationCounts: count('recommendation'),
    details: dutyDetails(inputs.record, inputs.strategic),
    links: dutyLinks(inputs.record),
    ...(pal && pal.status !== 'met' ? { ofsted: ofstedProviderAccessQuote } : {}),
  };
}
