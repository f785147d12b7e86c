/**
 * What the reveal's lazy chunk offers (lazy.tsx loads it): the review screen and the idle-time
 * preparation of its markdown. The answering screen imports neither directly, so the model answer's
 * renderer, the hints and the rubric load after the question has painted, not before.
 */
export { prepareReveal } from './prepare';
export { RevealPanel } from './RevealPanel';
