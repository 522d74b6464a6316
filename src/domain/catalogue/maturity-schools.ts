/**
 * Careers Impact Maturity Model: Schools and Specialist Settings — transcribed from
 * ../shared/seeds/002_98358aec8a90517b.txt ("Careers Impact Maturity Model — Schools and Specialist Settings"):
 * the outline — themes, their benchmarks, row numbers and row headings. Each row's column descriptors and
 * purpose are in maturity-schools-text.ts, loaded only by the views that show them. Words are verbatim: only
 * white space has been re-flowed. tests/unit/domain/catalogue/maturity-schools.test.ts checks every string
 * against the seed.
 */
import type { MaturityModel } from './types';

export const schoolsModel: MaturityModel = {
  variant: 'schools',
  name: 'Careers Impact Maturity Model: Schools and Specialist Settings',
  themes: [
    {
      id: 1,
      title: 'Careers leadership, vision and intent, and planning for development',
      benchmarks: [1],
      rows: [
        {
          id: '1.1',
          themeId: 1,
          title: 'Careers leadership and distributed leadership of careers',
          variant: 'schools',
        },
        {
          id: '1.2',
          themeId: 1,
          title: "Leaders' vision and intent for careers",
          variant: 'schools',
        },
        {
          id: '1.3',
          themeId: 1,
          title: 'Strategic careers planning',
          variant: 'schools',
        },
        {
          id: '1.4',
          themeId: 1,
          title: 'Strategic leadership of careers',
          variant: 'schools',
        },
        {
          id: '1.5',
          themeId: 1,
          title: 'Support and challenge from governance',
          variant: 'schools',
        },
        {
          id: '1.6',
          themeId: 1,
          title: 'Engagement with the national Careers Hub network and other careers networks',
          variant: 'schools',
        },
        {
          id: '1.7',
          themeId: 1,
          title: 'Engagement with Enterprise Advisers or business volunteers',
          variant: 'schools',
        },
      ],
    },
    {
      id: 2,
      title: 'Addressing the needs of all learners and impact evaluation',
      benchmarks: [1, 3],
      rows: [
        {
          id: '2.1',
          themeId: 2,
          title: 'Development of progressive careers learning journeys',
          variant: 'schools',
        },
        {
          id: '2.2',
          themeId: 2,
          title: 'Addressing the needs of all learners',
          variant: 'schools',
        },
        {
          id: '2.3',
          themeId: 2,
          title: 'Effective use of recording systems',
          variant: 'schools',
        },
        {
          id: '2.4',
          themeId: 2,
          title: 'Careers impact evaluation: Destinations data',
          variant: 'schools',
        },
        {
          id: '2.5',
          themeId: 2,
          title: 'Careers impact evaluation: Learner perception',
          variant: 'schools',
        },
        {
          id: '2.6',
          themeId: 2,
          title: 'Careers impact evaluation: Stakeholder voice',
          variant: 'schools',
        },
        {
          id: '2.7',
          themeId: 2,
          title: 'Careers impact evaluation: Quality assurance',
          variant: 'schools',
        },
      ],
    },
    {
      id: 3,
      title: 'Understanding of Labour Market Information (LMI) and future pathway options',
      benchmarks: [2, 7],
      rows: [
        {
          id: '3.1',
          themeId: 3,
          // The change log names this row 'Understanding of what LMI is and how to make effective use of it'; the
          // model's own row heading (used here) begins 'Learner understanding'.
          title: 'Learner understanding of what LMI is and how to make effective use of it',
          variant: 'schools',
        },
        {
          id: '3.2',
          themeId: 3,
          title: 'Learner understanding of all routes available to them at key transitions',
          variant: 'schools',
        },
        {
          id: '3.3',
          themeId: 3,
          // The change log names this row 'Supporting learners to challenge misconceptions and stereotypes'; the
          // model's own row heading (used here) includes 'recognise and'.
          title: 'Supporting learners to recognise and challenge misconceptions and stereotypes',
          variant: 'schools',
        },
        {
          id: '3.4',
          themeId: 3,
          title: 'Parent and carer understanding of what LMI is and how to make effective use of it',
          variant: 'schools',
        },
        {
          id: '3.5',
          themeId: 3,
          title: 'Parent and carer understanding of all routes available to learners at key transitions',
          variant: 'schools',
        },
        {
          id: '3.6',
          themeId: 3,
          // The change log names this row 'Staff understanding of LMI and all routes available to learners at key
          // transitions'; the model's own row heading (used here) has 'and of all routes'.
          title: 'Staff understanding of LMI and of all routes available to learners at key transitions',
          variant: 'schools',
        },
        {
          id: '3.7',
          themeId: 3,
          title: 'Working in partnership: Effective provider engagement',
          variant: 'schools',
        },
        {
          id: '3.8',
          themeId: 3,
          title: 'Effective use of success stories',
          variant: 'schools',
        },
      ],
    },
    {
      id: 4,
      title: 'Linking curriculum learning to careers',
      benchmarks: [4],
      rows: [
        {
          id: '4.1',
          themeId: 4,
          title: 'Careers education',
          variant: 'schools',
        },
        {
          id: '4.2',
          themeId: 4,
          title: 'Staff highlighting the relevance of their subjects and making links from the curriculum',
          variant: 'schools',
        },
        {
          id: '4.3',
          themeId: 4,
          title: 'Staff learning and development to support understanding of Labour Market Information (LMI) and pathways, to inform careers in the curriculum',
          variant: 'schools',
        },
        {
          id: '4.4',
          themeId: 4,
          title: 'Learner skills development',
          variant: 'schools',
        },
      ],
    },
    {
      id: 5,
      title: 'Encounters with employers/employees and experiences of the workplace',
      benchmarks: [5, 6],
      rows: [
        {
          id: '5.1',
          themeId: 5,
          title: 'Working in partnership: Effective employer engagement',
          variant: 'schools',
        },
        {
          id: '5.2',
          themeId: 5,
          title: 'Meaningful encounters with employers',
          variant: 'schools',
        },
        // In the extraction 5.3 is not a table row but a "## 5.3 …" heading followed by ten loose paragraphs with no
        // column boundaries. Split 2 / 2 / 3 / 3 by the model's column language (occasional → regular → routinely →
        // systematically) and by the parallel rows 5.2 (2/2/2/3 paragraphs) and 6.2 (whose column 3 also has the
        // "positioned as a … component of … wider approaches to aspiration, … including NEET prevention" paragraph).
        {
          id: '5.3',
          themeId: 5,
          title: 'Meaningful experiences of the workplace',
          variant: 'schools',
        },
      ],
    },
    {
      id: 6,
      title: 'Personal guidance',
      benchmarks: [8],
      rows: [
        {
          id: '6.1',
          themeId: 6,
          title: 'Engagement with personal guidance',
          variant: 'schools',
        },
        {
          id: '6.2',
          themeId: 6,
          title: 'Meaningful approach to personal guidance',
          variant: 'schools',
        },
        // In the extraction 6.3 is not a table row but a "## 6.3 …" heading followed by ten loose paragraphs with no
        // column boundaries. Split 2 / 3 / 2 / 3: each column opens with an "Impartial personal guidance is … provided
        // …" sentence (plain → regular training → routinely → embedded professional development).
        {
          id: '6.3',
          themeId: 6,
          title: 'Personal guidance resourcing',
          variant: 'schools',
        },
      ],
    },
  ],
};
