// The internal leadership review rules. Types are in ./types.
export * from './agenda';
export * from './compare';
export * from './distribution';
export * from './indexes';
export * from './model-rows';
export * from './progress';
export * from './spread';
export * from './spread-summary';
export * from './status';
export * from './strengths';
