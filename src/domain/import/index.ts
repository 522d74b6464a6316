// Reading a school's own provision map (CSV or workbook rows, decoded at the edge) in the school's own words.
export * from './cells';
export * from './columns';
export * from './keys';
export * from './preview';
export * from './read-cell';
export * from './reading';
export * from './report';
export * from './types';
export * from './workbook-text';
