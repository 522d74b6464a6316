// The governors' report: every rule's answer gathered for the board, with the guide's questions beside the data.
export { dutyStatusWords } from './bearing-records';
export * from './board-paper';
export * from './governors-report';
export { benchmarkQuestionSources, keyQuestionSources } from './question-sources';
export { agreedReviews, maturitySnapshot } from './snapshot';
export { dutyDetails, dutyLinks, statutorySummary } from './statutory';
export type * from './types';
export { impactQuestionFigures } from './impact-evidence';
