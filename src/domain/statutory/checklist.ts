import { palKeyPhases, statutoryDuties } from '../catalogue/statutory';
import type { PalKeyPhase, StatutoryDutyId } from '../catalogue/types';
import { yearsLabel } from '../provision-map/labels';
import { palCompliance } from '../provision-map/pal';
import type { ProvisionMap } from '../provision-map/types';
import { formatDate } from '../validation/dates';
import type { DutyCheck, DutyStatus, StatutoryRecord } from './types';

export interface ChecklistOptions {
  readonly palKeyPhases?: readonly PalKeyPhase[];
  /** The duties to check, in the order to show them; defaults to the catalogue's. */
  readonly duties?: readonly StatutoryDutyId[];
}

/** A requirement of a duty, and what to say when it is not in place. */
interface Requirement {
  readonly met: boolean;
  readonly missing: string;
}

/** Met when every requirement is; not met when none is; partly met in between. */
function judge(duty: StatutoryDutyId, requirements: readonly Requirement[]): DutyCheck {
  const missing = requirements.filter((r) => !r.met).map((r) => r.missing);
  const status: DutyStatus =
    missing.length === 0 ? 'met' : missing.length === requirements.length ? 'not-met' : 'partly-met';
  return { duty, status, missing };
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const phaseNames = { first: 'first', second: 'second', third: 'third' } as const;

/**
 * One check per statutory duty (seed 003, "Statutory Duties and Ofsted Requirements"), from what the school has
 * recorded and, for the provider access legislation, from the provision map. `today` is yyyy-mm-dd.
 *
 * The provider access duty covers both the published policy statement and the encounters themselves: the guide
 * treats them as one duty ("Compliance with the provider access legislation"), and a policy without the encounters
 * does not comply.
 */
export function statutoryChecklist(
  record: StatutoryRecord,
  map: ProvisionMap,
  today: string,
  options: ChecklistOptions = {},
): DutyCheck[] {
  const duties = options.duties ?? statutoryDuties.map((d) => d.id);
  const checks: Record<StatutoryDutyId, () => DutyCheck> = {
    'careers-leader': () => careersLeader(record),
    'senior-leader': () =>
      judge('senior-leader', [
        { met: !blank(record.seniorLeader?.name), missing: 'No senior leader is named as responsible for careers.' },
      ]),
    'link-governor': () =>
      judge('link-governor', [
        { met: !blank(record.linkGovernor?.name), missing: 'No Link Governor for careers is named.' },
      ]),
    'provider-access-policy': () => providerAccess(record, map, options.palKeyPhases ?? palKeyPhases),
    'published-information': () => publishedInformation(record, today),
    'impartial-guidance': () => impartialGuidance(record),
    destinations: () =>
      judge('destinations', [
        {
          met: record.destinationsCollected,
          missing: 'Destinations data is not being collected for all learners.',
        },
      ]),
  };
  return duties.map((d) => checks[d]());
}

function careersLeader(record: StatutoryRecord): DutyCheck {
  const leader = record.careersLeader;
  if (!leader || blank(leader.name)) {
    return { duty: 'careers-leader', status: 'not-met', missing: ['No Careers Leader is named.'] };
  }
  const name = leader.name.trim();
  if (leader.training === 'trained') return { duty: 'careers-leader', status: 'met', missing: [] };
  const missing =
    leader.training === 'in-training'
      ? `${name} is named as Careers Leader and is still completing Careers Leader training.`
      : `${name} is named as Careers Leader but has not had Careers Leader training.`;
  return { duty: 'careers-leader', status: 'partly-met', missing: [missing] };
}

function providerAccess(record: StatutoryRecord, map: ProvisionMap, phases: readonly PalKeyPhase[]): DutyCheck {
  const policy = record.providerAccessPolicy;
  const policyRequirement: Requirement = !policy
    ? { met: false, missing: 'No provider access policy statement is recorded.' }
    : !policy.published
      ? { met: false, missing: "The provider access policy statement is not yet published on the school's website." }
      : blank(policy.url)
        ? { met: false, missing: 'The provider access policy statement is published, but its web address is not recorded.' }
        : { met: true, missing: '' };
  const encounters: Requirement[] = palCompliance(map, phases)
    .filter((c) => c.status !== 'not-applicable')
    .map((c) => ({
      met: c.status === 'met',
      missing:
        `The ${phaseNames[c.phase]} key phase (${yearsLabel(c.yearGroups)}) has ${c.encounters} of the ` +
        `${c.required} provider encounters required.`,
    }));
  return judge('provider-access-policy', [policyRequirement, ...encounters]);
}

function publishedInformation(record: StatutoryRecord, today: string): DutyCheck {
  const info = record.publishedInformation;
  const review = info.nextReviewDate?.slice(0, 10);
  const reviewRequirement: Requirement = blank(review)
    ? { met: false, missing: 'No date is set for the next review of the published information.' }
    : review! < today
      ? {
          met: false,
          missing: `The date set for the next review of the published information (${formatDate(review!)}) has passed.`,
        }
      : { met: true, missing: '' };
  return judge('published-information', [
    { met: !blank(info.url), missing: "No web address is recorded for the careers information on the school's website." },
    { met: info.careersLeaderContact, missing: 'The name and contact details of the Careers Leader are not published.' },
    {
      met: info.programmeSummary,
      missing: 'A summary of the careers programme, including how people can find out about it, is not published.',
    },
    {
      met: info.impactMeasurement,
      missing: 'How the school measures and assesses the impact of the careers programme is not published.',
    },
    reviewRequirement,
  ]);
}

function impartialGuidance(record: StatutoryRecord): DutyCheck {
  const g = record.impartialGuidance;
  if (!g.provided) {
    return {
      duty: 'impartial-guidance',
      status: 'not-met',
      missing: ['Independent and impartial careers guidance is not recorded as provided to all learners.'],
    };
  }
  return judge('impartial-guidance', [
    { met: true, missing: '' },
    { met: !blank(g.adviser), missing: 'No careers adviser is named to give the guidance.' },
  ]);
}
