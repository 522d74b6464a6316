import {
  cohortName,
  type DestinationsRecord,
  type ImpactMeasure,
  type NeetRiskRecord,
  type PerceptionRecord,
  sourceNames,
  stakeholderGroupNames,
  surveyLabel,
  type VoiceRecord,
} from '../../domain/impact';
import { formatDate } from '../../domain/validation/dates';
import type { RecordOfKind } from './data/port';
import type { Versioned } from '../../shared/versioned';

/** Which record a person is adding (no `existing`), changing or removing. */
export type Editing =
  | { readonly kind: 'destinations'; readonly existing?: Versioned<DestinationsRecord> }
  | { readonly kind: 'perception'; readonly existing?: Versioned<PerceptionRecord> }
  | { readonly kind: 'voice'; readonly existing?: Versioned<VoiceRecord> }
  | { readonly kind: 'neet-risk'; readonly existing?: Versioned<NeetRiskRecord> }
  | { readonly kind: 'remove'; readonly target: RecordOfKind };

/** The four kinds of impact evidence, each a section of the Impact view (kept in the address as `?section=`). */
export type ImpactKind = RecordOfKind['kind'];
export const impactKinds: readonly ImpactKind[] = ['destinations', 'perception', 'voice', 'neet-risk'];

export const kindWords: Readonly<
  Record<
    ImpactKind,
    {
      readonly title: string;
      readonly add: string;
      readonly caption: (year: string) => string;
      readonly empty: (year: string) => string;
      /** The measures its trends follow. */
      readonly measures: readonly ImpactMeasure['kind'][];
    }
  >
> = {
  destinations: {
    title: 'Destinations',
    add: 'Add destinations',
    caption: (year) => `Destinations of leavers in ${year}`,
    empty: (year) => `No destinations recorded for leavers in ${year}.`,
    measures: ['destinations'],
  },
  perception: {
    title: 'Learner perception',
    add: 'Add survey results',
    caption: (year) => `Learner perception survey results in ${year}`,
    empty: (year) => `No survey results recorded for ${year}.`,
    measures: ['perception', 'responses'],
  },
  voice: {
    title: 'Stakeholder voice',
    add: 'Add stakeholder voice',
    caption: (year) => `Stakeholder voice in ${year}`,
    empty: (year) => `No stakeholder voice recorded for ${year}.`,
    measures: ['voice'],
  },
  'neet-risk': {
    title: 'Risk of NEET',
    add: 'Add risk of NEET counts',
    caption: (year) => `Learners flagged at risk of NEET in ${year}`,
    empty: (year) => `No risk of NEET counts recorded for ${year}.`,
    measures: ['neet-risk'],
  },
};

/** "destinations of Year 11 leavers from the local authority": names one record on a button and in a question. */
export function recordName(t: RecordOfKind): string {
  switch (t.kind) {
    case 'destinations': {
      const r = t.record.value;
      return `destinations of ${cohortName(r.cohort)}${r.sustained ? ' (sustained)' : ''} from ${sourceNames[r.source]}`;
    }
    case 'perception':
      return `results of ${surveyLabel(t.record.value)}, Year ${t.record.value.yearGroup}, ${formatDate(t.record.value.date)}`;
    case 'voice':
      return `voice of ${stakeholderGroupNames[t.record.value.group]}, ${formatDate(t.record.value.date)}`;
    case 'neet-risk':
      return `risk of NEET counts for Year ${t.record.value.yearGroup}, ${formatDate(t.record.value.date)}`;
  }
}

/** Changing a record: its form, filled in. */
export function changing(t: RecordOfKind): Editing {
  switch (t.kind) {
    case 'destinations':
      return { kind: t.kind, existing: t.record };
    case 'perception':
      return { kind: t.kind, existing: t.record };
    case 'voice':
      return { kind: t.kind, existing: t.record };
    case 'neet-risk':
      return { kind: t.kind, existing: t.record };
  }
}
