// Academic years across the map, the plan and the record. The year itself is ../academic-year.
export * from './carry-forward';
export * from './judged-on';
export * from './keys';
export * from './reviews';
export * from './types';
export * from './year-on-year';
