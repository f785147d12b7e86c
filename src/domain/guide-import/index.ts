/**
 * Bringing your own guides (issue 15): the checks a file passes before it is
 * parsed, and the plan the preview shows (new, replace with its diff, or
 * refused with the reason). Parsing itself runs in a worker
 * (src/features/library/import/), with the build's parser (src/content/parse-guide.ts).
 */
export { checkGuideFile, formatFileSize, hasGuideExtension } from './check.ts';
export type { GuideFileFacts, GuideFileProblem, GuideFileProblemCode } from './check.ts';
export { countGuide } from './counts.ts';
export { diffGuides } from './diff.ts';
export { GUIDE_EXTENSIONS, MAX_GUIDE_BYTES, MAX_USER_GUIDES } from './limits.ts';
export { bundledFromSearchIndex, DUPLICATE_SHARE, guideSlugOfFile, parserFileName, planGuideImport } from './plan.ts';
export type * from './types.ts';
