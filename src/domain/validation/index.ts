// Validation of every input shape, and the text limits shared with the SharePoint column definitions.
export * from './activity';
export * from './choices';
export * from './context';
export * from './dates';
export * from './fields';
export * from './learning-outcome';
export * from './limits';
export * from './plan';
export * from './result';
export * from './review';
export * from './statutory';
