// The careers information a school publishes on its website: the page, its check and its HTML.
export * from './page';
export * from './record';
export * from './render';
export type * from './types';
