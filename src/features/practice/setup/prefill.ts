import type { GuideSummary } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP, normalizeSetup } from '@/domain/selection';

import type { PinnedQuestion, SetupSearch } from './search';

// The route's search validation lives apart (search.ts): it ships with the first page, the form's logic does not.
export { parseSetupSearch, type PinnedQuestion, type SetupSearch } from './search';

export function availableChoices(guides: readonly GuideSummary[]) {
  const categories: string[] = [];
  const seen = new Set<string>();
  for (const guide of guides) {
    for (const { name } of guide.categories) {
      if (seen.has(name)) continue;
      seen.add(name);
      categories.push(name);
    }
  }
  return { guideSlugs: guides.map((guide) => guide.slug), categories };
}

export interface Prefill {
  settings: SessionSettings;
  /** Said when the link asked for something that no longer exists, so the user knows why the form looks as it does. */
  notice: string | null;
  /** Why these guides are chosen ("From …", "Your last practice"), shown beside the guide choice. */
  reason: string | null;
}

export interface PrefillInput {
  guides: readonly GuideSummary[];
  lastSetup: SessionSettings | null;
  search: SetupSearch;
  /** The linked questions found in the library, in the link's order. */
  pinned: readonly PinnedQuestion[];
  /** How many linked questions were not found. */
  missing?: number;
  /** The guide of the most recent answer, if any (see `lastPractisedGuide`). */
  lastPractised?: string | null;
}

export const REASON_LAST_SETUP = 'Your last practice';
export const REASON_LAST_PRACTISED = 'The guide you practised last';
export const REASON_NONE = 'Choose the guides to practise.';

/** "2 of the questions are no longer in the library." */
export function missingNotice(missing: number, found: number): string | null {
  if (missing === 0) return null;
  if (found === 0) {
    return missing === 1
      ? 'The question in the link is no longer in the library, so your usual setup is shown instead.'
      : 'The questions in the link are no longer in the library, so your usual setup is shown instead.';
  }
  return missing === 1
    ? '1 of the questions is no longer in the library.'
    : `${missing} of the questions are no longer in the library.`;
}

/**
 * The form's starting point. Linked questions or a `?guide=` link win; then
 * the guides of the last setup, in the order they were picked; then the guide
 * practised last. Never every guide (a library of hundreds would be ticked
 * through), except in a library of one guide. A stored "all" (an empty list,
 * as older versions saved it) counts as no stored choice.
 */
export function prefillSetup({
  guides,
  lastSetup,
  search,
  pinned,
  missing = 0,
  lastPractised = null,
}: PrefillInput): Prefill {
  const available = availableChoices(guides);
  const known = new Set(available.guideSlugs);
  const base = normalizeSetup(lastSetup ?? DEFAULT_SETUP, available);
  let notice = missingNotice(missing, pinned.length);
  let reason: string | null = null;
  let guideSlugs: string[] | null = null;
  let categories = base.categories;

  if (pinned.length > 0) {
    guideSlugs = [...new Set(pinned.map((p) => p.guideSlug))];
    categories = [];
  } else if (search.guide) {
    if (known.has(search.guide)) {
      guideSlugs = [search.guide];
      categories = [];
      reason = `From ${guides.find((g) => g.slug === search.guide)?.title ?? search.guide}`;
    } else {
      notice ??= 'The guide in the link is no longer in the library, so your usual setup is shown instead.';
    }
  }

  if (guideSlugs === null) {
    if (base.guideSlugs.length > 0) {
      guideSlugs = base.guideSlugs;
      reason = REASON_LAST_SETUP;
    } else if (lastPractised && known.has(lastPractised)) {
      guideSlugs = [lastPractised];
      reason = REASON_LAST_PRACTISED;
    } else if (guides.length === 1) {
      guideSlugs = [...available.guideSlugs];
    } else {
      guideSlugs = [];
      reason = guides.length > 0 ? REASON_NONE : null;
    }
  }

  const offered = categoriesOf(guides, guideSlugs).map((c) => c.name);
  categories = categories.filter((c) => offered.includes(c));
  if (categories.length === 0) categories = offered;

  return {
    settings: { ...base, guideSlugs, categories, count: pinned.length > 0 ? pinned.length : base.count },
    notice,
    reason,
  };
}

/** The guide of the most recently submitted answer, or null before the first. */
export function lastPractisedGuide(
  attempts: Record<string, { guideSlug: string; submittedAt: number }>,
): string | null {
  let latest: { guideSlug: string; submittedAt: number } | null = null;
  for (const attempt of Object.values(attempts)) {
    if (!latest || attempt.submittedAt > latest.submittedAt) latest = attempt;
  }
  return latest?.guideSlug ?? null;
}

/** Categories of the chosen guides, in library order, with how many questions each has there. */
export function categoriesOf(guides: readonly GuideSummary[], guideSlugs: readonly string[]) {
  const chosen = new Set(guideSlugs);
  const counts = new Map<string, number>();
  for (const guide of guides) {
    if (!chosen.has(guide.slug)) continue;
    for (const { name, count } of guide.categories) counts.set(name, (counts.get(name) ?? 0) + count);
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** How many questions the chosen guides and categories hold. */
export function matchingCount(
  guides: readonly GuideSummary[],
  guideSlugs: readonly string[],
  categories: readonly string[],
): number {
  return categoriesOf(guides, guideSlugs)
    .filter((c) => categories.includes(c.name))
    .reduce((sum, c) => sum + c.count, 0);
}

/**
 * What is stored: the chosen guides in the order they were picked (which
 * 'guide' order follows), never "all"; a choice of every category is saved
 * as "all" (an empty list), so categories of guides added later are included
 * next time too.
 */
export function toStoredSettings(form: SessionSettings, guides: readonly GuideSummary[]): SessionSettings {
  const known = new Set(guides.map((g) => g.slug));
  const offered = categoriesOf(guides, form.guideSlugs).map((c) => c.name);
  const allCategories = offered.every((c) => form.categories.includes(c));
  return {
    ...form,
    guideSlugs: [...new Set(form.guideSlugs)].filter((slug) => known.has(slug)),
    categories: allCategories ? [] : offered.filter((c) => form.categories.includes(c)),
  };
}
