/**
 * The setup form's rules, as a pure reducer: which guides and categories are
 * chosen, the count, the pacing, what stops a start and what is remembered.
 * `useSetupForm` runs it; nothing here touches React, the store or the DOM.
 */
import type { GuideSummary } from '@/content/types';
import type { AnswerInput, QuestionOrder, SessionSettings, ThinkTime, TimeLimit } from '@/domain/model';
import { DEFAULT_SETUP, MAX_COUNT, MIN_COUNT } from '@/domain/selection';

import { categoriesOf, matchingCount, prefillSetup, toStoredSettings, type PinnedQuestion } from './prefill';
import type { SetupSearch } from './search';

export interface SetupErrors {
  guides?: string;
  categories?: string;
  count?: string;
  /** About the whole selection or starting: shown by the Start button. */
  form?: string;
}

/** The radio-button choices, set one at a time by `choose`. */
export interface SetupChoices {
  order: QuestionOrder;
  timeLimitSec: TimeLimit;
  thinkTimeSec: ThinkTime;
  input: AnswerInput;
}

export interface SetupFormState extends SetupChoices {
  /** The library's guides, in library order. */
  guides: readonly GuideSummary[];
  /** Questions chosen from the library or a search (empty when none): the guide, category and count choices do not apply. */
  pinned: readonly PinnedQuestion[];
  /** Why the form does not show what the link asked for, if it does not. */
  notice: string | null;
  /** Why the guides are chosen as they are when the form opens ("From …", "Your last practice"); gone once they change. */
  reason: string | null;
  /** The chosen guides in the order they were picked: 'guide' order asks them in this order. */
  guideSlugs: string[];
  /** Unticked categories rather than ticked ones, so a category that arrives with a newly chosen guide starts ticked. */
  excluded: string[];
  /** As typed: the field may hold something that is not a count yet. */
  countText: string;
  errors: SetupErrors;
  starting: boolean;
}

export type SetupAction =
  | { type: 'toggleGuide'; slug: string; on: boolean }
  | { type: 'setAllGuides'; on: boolean }
  /** Adds these guides (those not chosen yet) after the chosen ones, in the order given. */
  | { type: 'addGuides'; slugs: readonly string[] }
  | { type: 'toggleCategory'; name: string; on: boolean }
  | { type: 'setAllCategories'; on: boolean }
  | { type: 'setCount'; text: string }
  | { [K in keyof SetupChoices]: { type: 'choose'; field: K; value: SetupChoices[K] } }[keyof SetupChoices]
  /** Start was pressed: shows what stops it, or marks the form as starting. */
  | { type: 'submit' }
  /** Starting failed after the form was valid (nothing matched, a guide did not load). */
  | { type: 'startFailed'; message: string };

export interface SetupInit {
  guides: readonly GuideSummary[];
  lastSetup: SessionSettings | null;
  search: SetupSearch;
  pinned: readonly PinnedQuestion[];
  /** How many linked questions are not in the library. */
  missing?: number;
  /** The guide of the most recent answer. */
  lastPractised?: string | null;
}

export function initSetupForm(init: SetupInit): SetupFormState {
  const { guides, pinned } = init;
  const { settings, notice, reason } = prefillSetup(init);
  return {
    guides,
    pinned,
    notice,
    reason,
    guideSlugs: settings.guideSlugs,
    excluded: categoriesOf(guides, settings.guideSlugs)
      .map((c) => c.name)
      .filter((name) => !settings.categories.includes(name)),
    countText: String(settings.count),
    order: settings.order,
    timeLimitSec: settings.timeLimitSec,
    thinkTimeSec: settings.thinkTimeSec,
    input: settings.input,
    errors: {},
    starting: false,
  };
}

function without(errors: SetupErrors, field: keyof SetupErrors): SetupErrors {
  const { [field]: _field, form: _form, ...rest } = errors;
  return rest;
}

export function setupReducer(state: SetupFormState, action: SetupAction): SetupFormState {
  switch (action.type) {
    case 'toggleGuide': {
      const { slug, on } = action;
      const rest = state.guideSlugs.filter((s) => s !== slug);
      const known = state.guides.some((g) => g.slug === slug);
      const guideSlugs = on && known ? [...rest, slug] : rest;
      return { ...state, guideSlugs, reason: null, errors: without(state.errors, 'guides') };
    }
    case 'addGuides':
      return {
        ...state,
        guideSlugs: added(state, action.slugs),
        reason: null,
        errors: without(state.errors, 'guides'),
      };
    case 'setAllGuides': {
      const guideSlugs = action.on
        ? added(
            state,
            state.guides.map((g) => g.slug),
          )
        : [];
      return { ...state, guideSlugs, reason: null, errors: action.on ? without(state.errors, 'guides') : state.errors };
    }
    case 'toggleCategory': {
      const { name, on } = action;
      const excluded = on ? state.excluded.filter((c) => c !== name) : [...state.excluded, name];
      return { ...state, excluded, errors: without(state.errors, 'categories') };
    }
    case 'setAllCategories':
      return { ...state, excluded: action.on ? [] : categoriesOf(state.guides, state.guideSlugs).map((c) => c.name) };
    case 'setCount':
      return { ...state, countText: action.text, errors: without(state.errors, 'count') };
    case 'choose':
      return { ...state, [action.field]: action.value };
    case 'submit': {
      if (state.starting) return state;
      const errors = validateSetup(state);
      return { ...state, errors, starting: !hasErrors(errors) };
    }
    case 'startFailed':
      return { ...state, errors: { form: action.message }, starting: false };
  }
}

/** The chosen guides, then those of `slugs` in the library and not chosen yet. */
function added(state: SetupFormState, slugs: readonly string[]): string[] {
  const known = new Set(state.guides.map((g) => g.slug));
  const chosen = new Set(state.guideSlugs);
  const next = [...state.guideSlugs];
  for (const slug of slugs) {
    if (!known.has(slug) || chosen.has(slug)) continue;
    chosen.add(slug);
    next.push(slug);
  }
  return next;
}

/** A whole number in range, or null: "", "3.5" and "0" are not counts. */
export function parseCount(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= MIN_COUNT && n <= MAX_COUNT ? n : null;
}

/** What the form's choices add up to; the summary beside the form shows it. */
export function deriveSetup(state: SetupFormState) {
  const { guides, guideSlugs, excluded, pinned } = state;
  const offered = categoriesOf(guides, guideSlugs);
  const categories = offered.map((c) => c.name).filter((name) => !excluded.includes(name));
  const isPinned = pinned.length > 0;
  const matching = isPinned ? pinned.length : matchingCount(guides, guideSlugs, categories);
  const count = parseCount(state.countText);
  const planned = isPinned ? pinned.length : Math.min(count ?? 0, matching);
  return {
    offered,
    categories,
    matching,
    count,
    planned,
    /** More asked for than there is: all that match are asked. */
    capped: !isPinned && count !== null && count > matching && matching > 0,
    /** Minutes of answering at most, or null without a time limit. */
    minutes:
      state.timeLimitSec > 0 && planned > 0
        ? Math.ceil((planned * (state.timeLimitSec + state.thinkTimeSec)) / 60)
        : null,
  };
}

/** What stops a start, field by field; pinned questions need no choices. */
export function validateSetup(state: SetupFormState): SetupErrors {
  if (state.pinned.length > 0) return {};
  const { categories, matching, count } = deriveSetup(state);
  const found: SetupErrors = {};
  if (state.guideSlugs.length === 0) found.guides = 'Choose at least one guide.';
  else if (categories.length === 0) found.categories = 'Choose at least one category.';
  else if (matching === 0) found.categories = 'These guides have no questions in the chosen categories.';
  if (count === null) found.count = `Enter how many questions you want, from ${MIN_COUNT} to ${MAX_COUNT}.`;
  return found;
}

export function hasErrors(errors: SetupErrors): boolean {
  return Boolean(errors.guides || errors.categories || errors.count || errors.form);
}

/**
 * The settings a session starts with: the guides as picked, every category
 * stored as "all" (see `toStoredSettings`); pinned questions are those
 * questions of their guides, whatever the form held.
 */
export function sessionSettings(state: SetupFormState): SessionSettings {
  const { pinned, order, timeLimitSec, thinkTimeSec, input } = state;
  if (pinned.length > 0) {
    const guideSlugs = [...new Set(pinned.map((p) => p.guideSlug))];
    return { guideSlugs, categories: [], count: pinned.length, order, timeLimitSec, thinkTimeSec, input };
  }
  const { categories, count } = deriveSetup(state);
  const form = {
    guideSlugs: state.guideSlugs,
    categories,
    count: count ?? 1,
    order,
    timeLimitSec,
    thinkTimeSec,
    input,
  };
  return toStoredSettings(form, state.guides);
}

/** The questions a pinned session asks, in order (empty when nothing is pinned). */
export function pinnedQuestionIds(state: SetupFormState): string[] {
  return state.pinned.map((p) => p.question.id);
}

/**
 * What the next setup starts from. A session of linked questions keeps the
 * stored choice of guides; only the pacing carries over.
 */
export function setupToRemember(
  state: SetupFormState,
  started: SessionSettings,
  lastSetup: SessionSettings | null,
): SessionSettings {
  if (state.pinned.length === 0) return started;
  const { timeLimitSec, thinkTimeSec, input } = state;
  return { ...(lastSetup ?? DEFAULT_SETUP), timeLimitSec, thinkTimeSec, input };
}

/** The message shown when starting fails with an error (a guide that did not load). */
export function loadFailure(error: unknown): string {
  return `The questions could not be loaded${error instanceof Error ? ` (${error.message})` : ''}. Try again.`;
}

export const NOTHING_MATCHES = 'No questions match these choices. Choose more guides or categories.';
