import { publishedCareersInformation } from '../catalogue/statutory';
import type { Institution } from '../institution';
import type { StrategicPlan } from '../plan/types';
import { yearLabel } from '../provision-map/labels';
import type { ProvisionMap } from '../provision-map/types';
import type { Review } from '../review/types';
import type { StatutoryRecord } from '../statutory/types';
import { formatDate } from '../validation/dates';
import type { PageBlock, PageSection, PublishedItemCheck, PublishedItemId, PublishedPage } from './types';

export interface PublishedPageInputs {
  readonly institution: Institution;
  readonly record: StatutoryRecord;
  readonly map: ProvisionMap;
  readonly plan: StrategicPlan;
  readonly reviews: readonly Review[];
  /** yyyy-mm-dd. */
  readonly today: string;
}

const REQUIRED: readonly PublishedItemId[] = ['careers-leader-contact', 'programme-summary', 'impact-measurement', 'next-review'];

/**
 * The careers information page a school must publish on its website (seed 003, "How should the careers programme be
 * published…"), generated from the statutory record, the provision map and the plan, in plain words for pupils and
 * parents. Sections Waypoint cannot fill yet are left out, and `checkPublishedPage` says what to record first.
 */
export function publishedPage(inputs: PublishedPageInputs): PublishedPage {
  const { institution, record, map, plan } = inputs;
  const sections: (PageSection | undefined)[] = [
    plan.careersVision.trim() ? { id: 'vision', heading: 'What we want for our learners', blocks: [{ kind: 'paragraph', text: plan.careersVision.trim() }] } : undefined,
    careersLeaderSection(record),
    programmeSection(institution, record, map),
    impactSection(inputs),
    nextReviewSection(record),
    providerAccessSection(record),
  ];
  return {
    title: `Careers at ${institution.name}`,
    institutionName: institution.name,
    generatedOn: inputs.today,
    sections: sections.filter((s): s is PageSection => s !== undefined),
  };
}

/** Whether the page holds the four items the school must publish, each with what to record when it does not. */
export function checkPublishedPage(page: PublishedPage): PublishedItemCheck[] {
  const missing: Readonly<Record<PublishedItemId, string>> = {
    'careers-leader-contact': "Record the Careers Leader's name and email address in the statutory record.",
    'programme-summary': 'Add activities for every learner to the provision map.',
    'impact-measurement': 'Agree an internal leadership review, give the plan’s objectives a key metric, or record that destinations are collected.',
    'next-review': 'Set the date of the next review of the published information in the statutory record.',
  };
  return REQUIRED.map((item, i) => {
    const present = page.sections.some((s) => s.id === item && s.blocks.length > 0);
    return { item, requirement: publishedCareersInformation[i]!, present, ...(present ? {} : { missing: missing[item] }) };
  });
}

function careersLeaderSection(record: StatutoryRecord): PageSection | undefined {
  const leader = record.careersLeader;
  if (!leader?.name.trim() || !leader.email.trim()) return undefined;
  return {
    id: 'careers-leader-contact',
    heading: 'Who leads careers',
    blocks: [
      {
        kind: 'paragraph',
        // The address once, as the link (a reader of the page sees it and can click it).
        text: `Our Careers Leader is ${leader.name.trim()}. Pupils, parents and carers, teachers and employers can email them at`,
        link: { text: leader.email.trim(), href: `mailto:${leader.email.trim()}` },
      },
    ],
  };
}

/** Each year group's activities for every learner, by title; targeted activities are for some, so left out. */
function programmeSection(institution: Institution, record: StatutoryRecord, map: ProvisionMap): PageSection | undefined {
  const years = map.yearGroups
    .map((y) => {
      const titles = [...new Set(map.activities.filter((a) => a.yearGroup === y && a.audience.kind === 'universal').map((a) => a.title))];
      return titles.length ? `${yearLabel(y)}: ${titles.join('; ')}.` : undefined;
    })
    .filter((line): line is string => line !== undefined);
  if (years.length === 0) return undefined;
  const contact = record.careersLeader?.email.trim();
  const blocks: PageBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Every learner at ${institution.name} takes part in a careers programme that builds year by year: first ` +
        'discovering what is out there, then exploring it, then putting it into practice. This is what each year group takes part in:',
    },
    { kind: 'list', items: years },
    {
      kind: 'paragraph',
      text:
        'Pupils, parents and carers, teachers and employers can find out more about the programme on this page' +
        (contact ? `, or by contacting our Careers Leader at ${contact}.` : '.'),
    },
  ];
  return { id: 'programme-summary', heading: 'Our careers programme', blocks };
}

function impactSection(inputs: PublishedPageInputs): PageSection | undefined {
  const lines: string[] = [];
  const latest = inputs.reviews.filter((r) => r.status === 'agreed').map((r) => r.date).sort().at(-1);
  if (latest) {
    lines.push(
      `Our leaders review how well careers education is led and delivered using the Careers Impact internal leadership review; the latest was agreed on ${formatDate(latest)}.`,
    );
  }
  const metrics = inputs.plan.priorities.flatMap((p) => p.objectives.map((o) => o.keyMetric?.trim() ?? '')).filter((m) => m !== '');
  if (metrics.length) lines.push(`Our careers plan sets measures we check as the year goes on: ${metrics.join('; ')}.`);
  if (inputs.record.destinationsCollected) lines.push('We collect and look at where our learners go after they leave us, to see how well the programme prepared them.');
  if (lines.length === 0) return undefined;
  return { id: 'impact-measurement', heading: 'How we know the programme is working', blocks: lines.map((text) => ({ kind: 'paragraph', text })) };
}

function nextReviewSection(record: StatutoryRecord): PageSection | undefined {
  const date = record.publishedInformation.nextReviewDate;
  if (!date) return undefined;
  return { id: 'next-review', heading: 'When we next review this page', blocks: [{ kind: 'paragraph', text: `We will next review this information on ${formatDate(date)}.` }] };
}

function providerAccessSection(record: StatutoryRecord): PageSection | undefined {
  const url = record.providerAccessPolicy?.url.trim();
  if (!url) return undefined;
  return {
    id: 'provider-access',
    heading: 'Colleges, training and apprenticeship providers',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Our provider access policy statement explains how colleges, training providers and apprenticeship providers can visit to talk to our pupils.',
        link: { text: 'Read our provider access policy statement', href: url },
      },
    ],
  };
}
