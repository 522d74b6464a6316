// The meeting's live layer (see meeting-live.ts). Nothing here imports Live Share or Fluid statically.
export * from './connect';
export type * from './meeting-live';
export * from './polling-live';
export * from './refresh-cadence';
export * from './timer';
