import type { SourceRef } from '../findings';

/** Where each provision-map rule rests in the source documents (section headings as the seeds write them). */
export const sources = {
  benchmark5: {
    document: '003',
    section: 'Prompt questions to support conversations with Careers Leaders: Benchmark 5 – Encounters with employers and employees',
  },
  benchmark6Ks34: {
    document: '003',
    section: 'Prompt questions to support conversations with Careers Leaders: Benchmark 6 – Experiences of workplaces',
  },
  benchmark6: { document: '003', section: 'Careers Context and The Gatsby Benchmarks: 6. Experiences of workplaces' },
  benchmark7: {
    document: '003',
    section: 'Careers Context and The Gatsby Benchmarks: 7. Encounters with further and higher education',
  },
  benchmark8: { document: '003', section: 'Careers Context and The Gatsby Benchmarks: 8. Personal guidance' },
  benchmark8Options: { document: '001', section: 'Gatsby Benchmark 1: A stable careers programme (example action plan, Action Period 2)' },
  pal: { document: '003', section: 'Statutory Duties and Ofsted Requirements: Compliance with the provider access legislation' },
  parentsAndCarers: { document: '001', section: 'BM1 A Stable careers programme' },
  outcomesMet: { document: '000', section: 'Activity 1: Review your current careers provision mapping' },
  progression: { document: '000', section: 'Overview: What are Careers Learning Journeys?' },
  stageOutcomeLimit: { document: '000', section: 'Appendix 1: Template to map careers provision' },
} as const satisfies Record<string, SourceRef>;

/** The documents' words that findings quote (inside curly quotes); the catalogue fidelity test finds each in its seed. */
export const findingQuotes = {
  /** Seed 003, Benchmark 5's first prompt question. */
  employerEveryYear: 'that each and every learner has a meaningful encounter with an employer every year from the age of 11',
  /** Seed 003, Benchmark 8's statement. */
  guidanceWhenChoosing: 'should be available for all pupils whenever significant study or career choices are being made',
} as const;
