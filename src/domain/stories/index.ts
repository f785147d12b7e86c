/**
 * The STAR story bank's pure logic: which stories might answer a question
 * (suggest.ts), what to fix before an interview (warnings.ts), stories as
 * practice questions of a synthetic guide (practice.ts), the Markdown
 * export's section (markdown.ts) and the editor's rules (validate.ts). Takes
 * plain `StoryFields`, so the store's `Story` records work as they are.
 */
export { storiesMarkdown, storyToMarkdown } from './markdown';
export { hasNumber } from './numbers';
export { STORY_PART_LABELS, STORY_PARTS, type StoryPart } from './parts';
export { storiesGuide, STORIES_GUIDE_SLUG, storyIdOfQuestion, storyQuestion, storyQuestionId } from './practice';
export {
  FIELD_WEIGHT,
  MIN_SUGGESTION_SCORE,
  scoreStory,
  type StorySuggestion,
  suggestStories,
  type SuggestOptions,
} from './suggest';
export type { StoryFields, StoryInput } from './types';
export {
  isStoryInputValid,
  MAX_PART_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TITLE_CHARS,
  normaliseTags,
  type StoryInputErrors,
  validateStoryInput,
} from './validate';
export { type StoryWarning, type StoryWarningKind, storyWarnings, type WarningOptions } from './warnings';
