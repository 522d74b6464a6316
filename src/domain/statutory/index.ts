// The statutory responsibilities and recommendations checklist. Types are in ./types.
export * from './checklist';
export * from './strategic';
