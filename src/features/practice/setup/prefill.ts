import type { GuideSummary } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP, normalizeSetup } from '@/domain/selection';

import type { PinnedQuestion, SetupSearch } from './search';

// The route's search validation lives apart (search.ts): it ships with the first page, the form's logic does not.
export { parseSetupSearch, type PinnedQuestion, type SetupSearch } from './search';

export function availableChoices(guides: readonly GuideSummary[]) {
  const categories: string[] = [];
  for (const guide of guides) {
    for (const { name } of guide.categories) if (!categories.includes(name)) categories.push(name);
  }
  return { guideSlugs: guides.map((guide) => guide.slug), categories };
}

export interface Prefill {
  settings: SessionSettings;
  /** Said when the link asked for something that no longer exists, so the user knows why the form looks as it does. */
  notice: string | null;
}

/**
 * The form's starting point: a pinned question or a `?guide=` link wins, then
 * the last setup used, then the defaults. Empty guide and category lists
 * ("everything") are spelled out as every guide, so the checkboxes show what
 * will actually be practised.
 */
export function prefillSetup(
  guides: readonly GuideSummary[],
  lastSetup: SessionSettings | null,
  search: SetupSearch,
  pinned: PinnedQuestion | null,
): Prefill {
  const available = availableChoices(guides);
  const base = normalizeSetup(lastSetup ?? DEFAULT_SETUP, available);
  let notice: string | null = null;
  let guideSlugs = base.guideSlugs;
  let categories = base.categories;

  if (pinned) {
    guideSlugs = [pinned.guideSlug];
    categories = [];
  } else if (search.question) {
    notice = 'The question in the link is no longer in the library, so your usual setup is shown instead.';
  } else if (search.guide) {
    if (available.guideSlugs.includes(search.guide)) {
      guideSlugs = [search.guide];
      categories = [];
    } else {
      notice = 'The guide in the link is no longer in the library, so your usual setup is shown instead.';
    }
  }

  if (guideSlugs.length === 0) guideSlugs = available.guideSlugs;
  const offered = categoriesOf(guides, guideSlugs).map((c) => c.name);
  categories = categories.filter((c) => offered.includes(c));
  if (categories.length === 0) categories = offered;

  return { settings: { ...base, guideSlugs, categories, count: pinned ? 1 : base.count }, notice };
}

/** Categories of the chosen guides, in guide order, with how many questions each has there. */
export function categoriesOf(guides: readonly GuideSummary[], guideSlugs: readonly string[]) {
  const counts = new Map<string, number>();
  for (const guide of guides) {
    if (!guideSlugs.includes(guide.slug)) continue;
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
 * What is stored: a choice of every guide or every category is saved as
 * "all" (an empty list), so guides and categories added later are included
 * next time too.
 */
export function toStoredSettings(form: SessionSettings, guides: readonly GuideSummary[]): SessionSettings {
  const allGuides = guides.every((g) => form.guideSlugs.includes(g.slug));
  const offered = categoriesOf(guides, form.guideSlugs).map((c) => c.name);
  const allCategories = offered.every((c) => form.categories.includes(c));
  return {
    ...form,
    guideSlugs: allGuides ? [] : guides.filter((g) => form.guideSlugs.includes(g.slug)).map((g) => g.slug),
    categories: allCategories ? [] : offered.filter((c) => form.categories.includes(c)),
  };
}
