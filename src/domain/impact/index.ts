// Destinations, learner perception, stakeholder voice and risk of NEET: figures per academic year and what they show.
export * from './academic-year';
export * from './evidence';
export * from './findings';
export * from './import';
export * from './labels';
export * from './measures';
export * from './metric-choices';
export * from './personal-data';
export * from './report';
export * from './suppression';
export * from './trends';
export * from './types';
export * from './validate';
export * from './validate-metric';
