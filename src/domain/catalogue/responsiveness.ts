// Source: seed 000 (Careers Learning Journeys), Activity 3 "Making effective use of data to ensure a responsive
// universal careers provision and personalised Careers Learning Journeys".
export type ResponsivenessDataSourceId = 'learner-perception' | 'destinations' | 'stakeholder-voice' | 'risk-of-neet';

export interface ResponsivenessDataSource {
  readonly id: ResponsivenessDataSourceId;
  /** The seed's name for the source (ours for risk of NEET, see below). */
  readonly name: string;
  /** The seed's own description of the source, where it gives one. */
  readonly description?: string;
  /** The seed's reflection questions for the source. */
  readonly questions: readonly string[];
}

/**
 * The data sources Activity 3 asks leaders to use. The first three are the bullets of "Developing responsive careers
 * provision: Longer term impact evaluation" with their questions; only the Future Skills Questionnaire is given a
 * description (the paragraphs after the review task). Risk of NEET comes from "Personalised Careers Learning
 * Journeys": its name is ours (from the seed's "Risk of NEET Indicators tools"), its description is the section's
 * lead sentence (trailing colon dropped), and its questions are the section's two NEET reflection questions.
 */
export const responsivenessDataSources: readonly ResponsivenessDataSource[] = [
  {
    id: 'learner-perception',
    name: 'Learner perception of their career-readiness (Future Skills Questionnaire)',
    description:
      "The Future Skills Questionnaire is a tool to measure learners' career-readiness. FSQ covers key aspects of " +
      'knowledge, skills and attitudes that are important for successful transitions.',
    questions: [
      'Are there any persistent misconceptions?',
      'Is there a trend of low confidence in knowledge/skills by a particular group that could be addressed more ' +
        'explicitly in the careers provision?',
    ],
  },
  {
    id: 'destinations',
    name: 'Sustained and long-term destinations data',
    questions: [
      'How does sustained destinations data align to regional opportunities?',
      'Are there any pathways underrepresented in destinations data?',
      'Are there any student groups that struggle to make effective or sustained destinations data over time?',
    ],
  },
  {
    id: 'stakeholder-voice',
    name: 'Stakeholder voice (including learners, staff, employers and parents & carers)',
    questions: [
      'Are there persistent trends in stakeholder voice over time, which may benefit from additions to the careers ' +
        'provision?',
      'What does stakeholder voice tell you about staff development needs over time or how parental engagement ' +
        'provision can better support parents & carers?',
    ],
  },
  {
    id: 'risk-of-neet',
    name: 'Risk of NEET indicators',
    description:
      'There are a range of data insights that you can use to help you identify learners at risk of NEET or those ' +
      'who are not making progress against the aims and ambition you have set for your universal careers provision',
    questions: [
      'Which data do you capture to consider risk of disengagement or NEET?',
      'Who is engaged in considering risk of disengagement or NEET and inputting or analysing data from OnTrack+?',
    ],
  },
];

/** The data insights the seed lists for personalised journeys and risk of NEET (link mark-up removed). */
export const personalisedJourneyDataInsights: readonly string[] = [
  'Accurate data for each learner on their aspirations, intended and immediate education, training or employment ' +
    'destinations.',
  'Learner perception of their career-readiness.',
  'Feedback on specific elements of careers provision.',
  'Education engagement.',
  'OnTrack+ feature or alternative Risk of NEET Indicators tools.',
];
