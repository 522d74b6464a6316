// Source: seed 000 (Careers Learning Journeys), Appendix 3 "Opportunity Checklist"; encounter planning checklist from
// seed 001 (Benchmark 1: Frameworks & Tools), the "Planning" table.
import type { OpportunityCheck } from './types';

export interface OpportunityChecklistSection {
  /** The seed's sub-heading (its trailing colon, present on only some, dropped). */
  readonly heading: string;
  readonly checks: readonly OpportunityCheck[];
}

/** Appendix 3 under its four sub-headings. The appendix is a list of questions with no reason column: no `why`. */
export const opportunityChecklistSections: readonly OpportunityChecklistSection[] = [
  {
    heading: 'Alignment to strategic priorities',
    checks: [
      { question: 'How does this align with your overall strategic priorities?' },
      {
        question:
          'How does it support meaningful achievement of Gatsby Benchmarks and statutory guidance, including PAL?',
      },
    ],
  },
  {
    heading: 'Distributing leadership of careers',
    checks: [
      { question: 'Who will lead, deliver, track engagement and measure the impact of this opportunity?' },
      { question: 'Is responsibility clearly assigned for planning, delivery, and evaluation?' },
      { question: 'What resources (time, space, budget) are needed?' },
      { question: 'Are there existing systems that can support the implementation?' },
      { question: 'Could this be a valuable CPD opportunity for staff?' },
    ],
  },
  {
    heading: 'Minimising disruption to curriculum',
    checks: [
      { question: 'Does this impact curriculum learning?' },
      { question: 'Would it require missing essential curriculum content?' },
      {
        // The bracketed note is part of the seed's line and is kept with the question.
        question:
          'Where within the curriculum could this opportunity be integrated? (Consider all key stages, cohorts, and ' +
          'individual learner needs.)',
      },
      {
        question:
          'Could this opportunity enhance or complement the curriculum, providing added value to existing learning?',
      },
    ],
  },
  {
    heading: 'Effort vs. Impact',
    checks: [
      { question: 'Which career learning outcomes are supported?' },
      { question: 'What are the expected outcomes, and how will you communicate success?' },
      { question: 'Does the potential impact justify the effort needed?' },
      { question: 'Who will benefit most from this opportunity?' },
      { question: 'Is this a one-off or something that can be repeated annually?' },
      {
        question:
          'Does this slot fit into your current provision, or are adjustments required to meet the needs of your ' +
          'learners/setting?',
      },
    ],
  },
];

/** The Opportunity Checklist, flat and in order (17 questions). */
export const opportunityChecklist: readonly OpportunityCheck[] = opportunityChecklistSections.flatMap((s) => s.checks);

/** A row of seed 001's encounter planning table (What / Why / How / Completed): `question` holds the "What" cell. */
export interface EncounterPlanningCheck extends OpportunityCheck {
  readonly why: string;
  readonly how: string;
}

/**
 * Seed 001's encounter planning checklist — a different list from Appendix 3. The table appears twice in the seed;
 * its fourth row ("Structure activity and ensure all participants …") is cut off mid-sentence in every cell and is
 * left out. Underline mark-up is removed.
 */
export const encounterPlanningChecklist: readonly EncounterPlanningCheck[] = [
  {
    question: 'Consider your audience',
    why:
      'To ensure that all students have equal access to understanding value of ALL learning opportunities, including ' +
      'technical and vocational pathways',
    how:
      'Consider how cohorts and groups are supported to access encounters and experiences of all pathways. Challenge ' +
      'any unconscious bias in student/cohort selection. Refer to FSQ and Destination Data to inform interventions',
  },
  {
    question: 'Learning outcomes are defined, based on the needs of students',
    why:
      'To support the encounter to contribute to a progressive careers programme building on what has gone before ' +
      'and preparing students for what is to come',
    how:
      "Refer to frameworks such as the CDI's Framework for careers, employability and enterprise education and the " +
      'Skills Builder Universal Framework',
  },
  {
    // "virtual, blended or virtual" is the seed's wording (probably meant "in-person, blended or virtual"); kept as
    // written rather than guessed.
    question: 'Consider if the encounter would be better delivered as a virtual, blended or virtual encounter',
    why: 'To maximise value of encounter',
    how:
      'Consider learning outcomes, availability of providers and time/space/tech capacity available for the encounter',
  },
];
