import { palKeyPhases, providerAccessPolicyContents, statutoryRecommendations, statutoryResponsibilities } from '../catalogue/statutory';
import type { PalKeyPhase, StatutoryItemId, StatutoryRecommendationId, StatutoryResponsibilityId } from '../catalogue/types';
import { yearsLabel } from '../provision-map/labels';
import { palCompliance } from '../provision-map/pal';
import type { ProvisionMap } from '../provision-map/types';
import { formatDate } from '../validation/dates';
import type { StrategicEvidence } from './strategic';
import type { DutyCheck, DutyStatus, StatutoryRecord } from './types';

export interface ChecklistOptions {
  readonly palKeyPhases?: readonly PalKeyPhase[];
}

/** What the checklist reads: the record, the provision map (PAL encounters) and the plan and reviews (the fifth). */
export interface StatutoryInputs {
  readonly record: StatutoryRecord;
  readonly map: ProvisionMap;
  readonly strategic: StrategicEvidence;
  /** yyyy-mm-dd. */
  readonly today: string;
}

/** A requirement in the guide's words' reach, and what to say when it is not in place. */
interface Requirement {
  readonly met: boolean;
  readonly missing: string;
}

/** Met when every requirement is; not met when none is; partly met in between. */
function judge(
  duty: StatutoryItemId,
  kind: DutyCheck['kind'],
  requirements: readonly Requirement[],
  notes: readonly string[] = [],
): DutyCheck {
  const missing = requirements.filter((r) => !r.met).map((r) => r.missing);
  const status: DutyStatus =
    missing.length === 0 ? 'met' : missing.length === requirements.length ? 'not-met' : 'partly-met';
  return { duty, kind, status, missing, notes };
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
const phaseNames = { first: 'first', second: 'second', third: 'third' } as const;

/**
 * The five statutory responsibilities as seed 003 numbers them, then its recommendations ("should"s), each judged
 * only on what its words ask. Recommendations are never counted among the responsibilities.
 */
export function statutoryChecklist(inputs: StatutoryInputs, options: ChecklistOptions = {}): DutyCheck[] {
  const { record, map, strategic, today } = inputs;
  const responsibilities: Record<StatutoryResponsibilityId, () => DutyCheck> = {
    'careers-leader': () => careersLeader(record),
    'provider-access': () => providerAccess(record, map, options.palKeyPhases ?? palKeyPhases),
    'published-information': () => publishedInformation(record, today),
    'impartial-guidance': () => impartialGuidance(record),
    'strategic-approach': () => strategicApproach(strategic),
  };
  const recommendations: Record<StatutoryRecommendationId, () => DutyCheck> = {
    'explicit-backing': () =>
      judge('explicit-backing', 'recommendation', [
        {
          met: !blank(record.explicitBacking?.how),
          missing: 'How leaders and governors give the careers provision their explicit backing is not recorded.',
        },
      ]),
    'link-governor': () =>
      judge('link-governor', 'recommendation', [
        { met: !blank(record.linkGovernor?.name), missing: 'No Link Governor for careers is named.' },
      ]),
    destinations: () =>
      judge('destinations', 'recommendation', [
        { met: record.destinationsCollected, missing: 'Destinations data is not recorded as collected for all learners.' },
      ]),
  };
  return [
    ...statutoryResponsibilities.map((r) => responsibilities[r.id]()),
    ...statutoryRecommendations.map((r) => recommendations[r.id]()),
  ];
}

/** "The appointment of a Careers Leader": a named Careers Leader with contact details. Training is a question, not the duty. */
function careersLeader(record: StatutoryRecord): DutyCheck {
  const leader = record.careersLeader;
  const named = leader !== undefined && !blank(leader.name);
  const notes: string[] = [];
  if (named && leader.training === 'in-training') notes.push(`${leader.name.trim()} is still completing Careers Leader training.`);
  if (named && leader.training === 'not-trained') notes.push(`${leader.name.trim()} has not had Careers Leader training.`);
  return judge(
    'careers-leader',
    'responsibility',
    [
      { met: named, missing: 'No Careers Leader is named.' },
      { met: named && !blank(leader.email), missing: "The Careers Leader's contact details are not recorded." },
    ],
    notes,
  );
}

/** "Compliance with the provider access legislation": the encounters, and a policy statement signed off with the governing body. */
function providerAccess(record: StatutoryRecord, map: ProvisionMap, phases: readonly PalKeyPhase[]): DutyCheck {
  const policy = record.providerAccessPolicy;
  const signOff = policy?.signOff;
  const policyRequirements: Requirement[] = [
    { met: policy !== undefined, missing: 'No provider access policy statement is recorded.' },
    {
      met: signOff !== undefined && !blank(signOff.by) && !blank(signOff.date),
      missing: 'The provider access policy statement is not recorded as signed off in agreement with the governing body.',
    },
  ];
  const encounters: Requirement[] = palCompliance(map, phases)
    .filter((c) => c.status !== 'not-applicable')
    .map((c) => ({
      met: c.status === 'met',
      missing:
        `The ${phaseNames[c.phase]} key phase (${yearsLabel(c.yearGroups)}) has ${c.encounters} of the ` +
        `${c.required} provider encounters required.`,
    }));
  return judge('provider-access', 'responsibility', [...policyRequirements, ...encounters]);
}

/**
 * "The publishing of policy statements on the school's website": the provider access policy statement, published
 * with its four required contents, and the careers information with its four items.
 */
function publishedInformation(record: StatutoryRecord, today: string): DutyCheck {
  const policy = record.providerAccessPolicy;
  const included = new Set(policy?.contents ?? []);
  const info = record.publishedInformation;
  const review = info.nextReviewDate?.slice(0, 10);
  return judge('published-information', 'responsibility', [
    {
      met: policy !== undefined && policy.published && !blank(policy.url),
      missing: "The provider access policy statement's place on the school's website is not recorded.",
    },
    ...providerAccessPolicyContents.map((c) => ({
      met: included.has(c.id),
      missing: `The provider access policy statement is not recorded as including: ${c.label.toLowerCase()}.`,
    })),
    { met: !blank(info.url), missing: "No web address is recorded for the careers information on the school's website." },
    { met: !blank(info.publishedOn), missing: "The date the careers information was published on the school's website is not recorded." },
    { met: info.careersLeaderContact, missing: 'The name and contact details of the Careers Leader are not published.' },
    {
      met: info.programmeSummary,
      missing: 'A summary of the careers programme, including how people can find out about it, is not published.',
    },
    {
      met: info.impactMeasurement,
      missing: 'How the school measures and assesses the impact of the careers programme is not published.',
    },
    blank(review)
      ? { met: false, missing: 'No date is set for the next review of the published information.' }
      : {
          met: review! >= today,
          missing: `The date set for the next review of the published information (${formatDate(review!)}) has passed.`,
        },
  ]);
}

/** "Commitment to the delivery of independent and impartial careers guidance". Who gives it is worth knowing, not the duty. */
function impartialGuidance(record: StatutoryRecord): DutyCheck {
  const g = record.impartialGuidance;
  const notes = g.provided && blank(g.adviser) ? ['No careers adviser is named as giving the guidance.'] : [];
  return judge(
    'impartial-guidance',
    'responsibility',
    [{ met: g.provided, missing: 'Independent and impartial careers guidance is not recorded as provided to all learners.' }],
    notes,
  );
}

/**
 * "A strategic approach … with a commitment to quality assurance and continuous improvement": a strategic careers
 * plan with priorities and actions, and an agreed internal leadership review (the guide's quality mechanism).
 */
function strategicApproach(s: StrategicEvidence): DutyCheck {
  return judge('strategic-approach', 'responsibility', [
    { met: s.priorities > 0, missing: 'The strategic careers plan has no priorities yet.' },
    { met: s.actions > 0, missing: 'The strategic careers plan has no actions yet.' },
    {
      met: s.latestAgreedReview !== undefined,
      missing: 'No Careers Impact internal leadership review has been agreed yet.',
    },
  ]);
}
