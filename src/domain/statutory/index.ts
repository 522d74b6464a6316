// The statutory duties checklist. Types are in ./types.
export * from './checklist';
