/**
 * Careers Impact Maturity Model: Colleges — transcribed from
 * ../shared/seeds/004_d09117aab9f99d89.txt ("Careers Impact Maturity Model — Colleges", a rough text
 * extraction of a PDF table): the outline — themes, their benchmarks, row numbers and row headings. Each row's
 * column descriptors are in maturity-colleges-text.ts, loaded only by the views that show them. Words are
 * verbatim: only white space has been re-flowed. tests/unit/domain/catalogue/maturity-colleges.test.ts checks
 * every string against the seed.
 */
import type { MaturityModel } from './types';

export const collegesModel: MaturityModel = {
  variant: 'colleges',
  name: 'Careers Impact Maturity Model: Colleges',
  themes: [
    {
      id: 1,
      title: 'Careers Leadership, vision and intent, and planning for development',
      // The colleges document's Theme 1 line names no benchmark; [1] is taken from the same theme's
      // heading in the schools model (seed 002: "… planning for development (Benchmark 1)").
      benchmarks: [1],
      rows: [
        {
          id: '1.1',
          themeId: 1,
          title: 'Careers leadership and distributed leadership of careers',
          variant: 'colleges',
        },
        {
          id: '1.2',
          themeId: 1,
          title: 'Leaders’ vision and intent for careers',
          variant: 'colleges',
        },
        {
          id: '1.3',
          themeId: 1,
          title: 'Strategic careers planning',
          variant: 'colleges',
        },
        {
          id: '1.4',
          themeId: 1,
          title: 'Strategic leadership of careers',
          variant: 'colleges',
        },
        {
          id: '1.5',
          themeId: 1,
          title: 'Support and challenge from governance',
          variant: 'colleges',
        },
        {
          id: '1.6',
          themeId: 1,
          title: 'Engagement with the national Careers Hub network and other careers networks',
          variant: 'colleges',
        },
        {
          id: '1.7',
          themeId: 1,
          title: 'Effective engagement with an Enterprise Adviser(s)',
          variant: 'colleges',
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
          variant: 'colleges',
        },
        {
          id: '2.2',
          themeId: 2,
          title: 'Addressing the needs of all learners',
          variant: 'colleges',
        },
        {
          id: '2.3',
          themeId: 2,
          title: 'Effective use of recording systems',
          variant: 'colleges',
        },
        {
          id: '2.4',
          themeId: 2,
          title: 'Careers impact evaluation: Destinations data',
          variant: 'colleges',
        },
        {
          id: '2.5',
          themeId: 2,
          title: 'Careers impact evaluation: Learner perception',
          variant: 'colleges',
        },
        {
          id: '2.6',
          themeId: 2,
          title: 'Careers impact evaluation: Stakeholder voice',
          variant: 'colleges',
        },
        {
          id: '2.7',
          themeId: 2,
          title: 'Careers impact evaluation: Quality assurance',
          variant: 'colleges',
        },
      ],
    },
    {
      id: 3,
      title: 'Understanding of labour market information (LMI) and future pathway options',
      benchmarks: [2, 7],
      rows: [
        {
          id: '3.1',
          themeId: 3,
          title: 'Learner understanding of what LMI is and how to make effective use of it',
          variant: 'colleges',
        },
        {
          id: '3.2',
          themeId: 3,
          title: 'Learner understanding of all routes available to them at key transitions',
          variant: 'colleges',
        },
        {
          id: '3.3',
          themeId: 3,
          title: 'Supporting learners to challenge misconceptions and stereotypes',
          variant: 'colleges',
        },
        {
          id: '3.4',
          themeId: 3,
          title: 'Parent and carer understanding of what LMI is and how to make effective use of it',
          variant: 'colleges',
        },
        {
          id: '3.5',
          themeId: 3,
          title: 'Parent/carer understanding of all routes available to learners at key transitions',
          variant: 'colleges',
        },
        {
          id: '3.6',
          themeId: 3,
          title: 'Staff understanding of all routes available to learners at key transitions',
          variant: 'colleges',
        },
        {
          id: '3.7',
          themeId: 3,
          title: 'Effective provider engagement',
          variant: 'colleges',
        },
        {
          id: '3.8',
          themeId: 3,
          title: 'Effective use of success stories',
          variant: 'colleges',
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
          variant: 'colleges',
        },
        {
          id: '4.2',
          themeId: 4,
          title: 'Delivery of careers learning outcomes, highlighting links between the curriculum and careers',
          variant: 'colleges',
        },
        {
          id: '4.3',
          themeId: 4,
          title: 'Quality assurance of careers in the curriculum',
          variant: 'colleges',
        },
        {
          id: '4.4',
          themeId: 4,
          title: 'Establishing a shared definition of careers to support the embedding of careers across the curriculum',
          variant: 'colleges',
        },
        {
          id: '4.5',
          themeId: 4,
          title: 'Staff learning and development supports staff to highlight the relevance of their subjects and to make links to careers from the curriculum',
          variant: 'colleges',
        },
        {
          id: '4.6',
          themeId: 4,
          title: 'Learner skills development',
          variant: 'colleges',
        },
      ],
    },
    {
      id: 5,
      title: 'Encounters with employers/employees and workplace experiences',
      benchmarks: [5, 6],
      rows: [
        {
          id: '5.1',
          themeId: 5,
          title: 'Effective employer engagement',
          variant: 'colleges',
        },
        {
          id: '5.2',
          themeId: 5,
          title: 'Meaningful encounters with employers',
          variant: 'colleges',
        },
        {
          id: '5.3',
          themeId: 5,
          title: 'Meaningful workplace experiences',
          variant: 'colleges',
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
          variant: 'colleges',
        },
        {
          id: '6.2',
          themeId: 6,
          title: 'Meaningful approach to personal guidance',
          variant: 'colleges',
        },
        {
          id: '6.3',
          themeId: 6,
          title: 'Personal guidance resourcing',
          variant: 'colleges',
        },
      ],
    },
  ],
};
