import { providerAccessPolicyContents } from '../../domain/catalogue/statutory';
import type { StatutoryRecord } from '../../domain/statutory/types';
import { formatDate } from '../../domain/validation/dates';
import type { Described } from '../common/conflict-choice';

const yes = (b: boolean): string => (b ? 'Yes' : 'No');

/** A statutory record as labelled lines, to compare two versions. */
export function describeRecord(r: StatutoryRecord): Described {
  const info = r.publishedInformation;
  const policy = r.providerAccessPolicy;
  return [
    ['Careers Leader', r.careersLeader ? `${r.careersLeader.name}, ${r.careersLeader.email}, ${r.careersLeader.training}` : ''],
    ['Senior leader responsible', r.seniorLeader?.name ?? ''],
    ['Explicit backing', r.explicitBacking ? `${r.explicitBacking.how}${r.explicitBacking.date ? `, ${formatDate(r.explicitBacking.date)}` : ''}` : ''],
    ['Link Governor', r.linkGovernor?.name ?? ''],
    ['Provider access policy statement', r.providerAccessPolicy ? `${r.providerAccessPolicy.url} (published: ${yes(r.providerAccessPolicy.published)})` : ''],
    ['Policy statement signed off', policy?.signOff ? `${policy.signOff.by}, ${formatDate(policy.signOff.date)}` : ''],
    ['Policy statement includes', providerAccessPolicyContents.filter((c) => policy?.contents?.includes(c.id)).map((c) => c.label).join('; ')],
    ['Published careers information', info.url ?? ''],
    ['Careers information published on', info.publishedOn ? formatDate(info.publishedOn) : ''],
    ['Careers Leader contact published', yes(info.careersLeaderContact)],
    ['Programme summary published', yes(info.programmeSummary)],
    ['How impact is measured published', yes(info.impactMeasurement)],
    ['Date of the next review', info.nextReviewDate ? formatDate(info.nextReviewDate) : ''],
    ['Impartial guidance provided', `${yes(r.impartialGuidance.provided)}${r.impartialGuidance.adviser ? `, ${r.impartialGuidance.adviser}` : ''}`],
    ['Destinations collected', yes(r.destinationsCollected)],
  ];
}
