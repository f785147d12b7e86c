/** Delivery figures of a spoken answer: pure functions over samples and a transcript (see each module). */
export * from './audio';
export * from './figures';
export * from './targets';
export * from './transcript';
export * from './types';
