// The provision map rules. Types are in ./types.
export * from './benchmark-evidence';
export * from './coverage';
export * from './evidence';
export * from './findings';
export * from './labels';
export * from './outcome-coverage';
export * from './pal';
export * from './parent-carer';
export { sources as provisionSources } from './sources';
