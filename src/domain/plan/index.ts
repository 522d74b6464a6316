// The strategic careers plan and action plan rules. Types are in ./types.
export * from './from-review';
export * from './links';
export * from './overdue';
export * from './periods';
export * from './priorities';
export * from './rag';
export * from './smart';
