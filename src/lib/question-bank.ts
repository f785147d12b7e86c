/**
 * The question bank's loaders for code in the entry chunk (route loaders).
 *
 * `virtual:question-bank` holds every guide's summary and the map from slug to
 * guide chunk, so it grows with the bank. Imported statically by a route
 * loader it would land in the entry, which every page waits for; through this
 * module it is a lazy chunk instead, fetched once, in parallel with the first
 * route's own code. Screens that render guides (lazy route chunks) import
 * `virtual:question-bank` directly and so fetch it alongside their code.
 */
import type { SearchModule } from '@/content/search-format';
import type { Guide, SearchEntry } from '@/content/types';
import type * as QuestionBank from 'virtual:question-bank';

type Bank = typeof QuestionBank;

let pending: Promise<Bank> | undefined;

function bank(): Promise<Bank> {
  pending ??= import('virtual:question-bank').catch((error: unknown) => {
    // Offline for a moment or a deploy in between: let the next call try again.
    pending = undefined;
    throw error;
  });
  return pending;
}

/** Starts fetching the bank now: almost every page needs it, and a deep link's loader waits for it. */
export function prefetchQuestionBank(): void {
  bank().catch(() => {
    // Reported by whichever loader needs it next.
  });
}

/** A note the user wrote on an attempt, for search. */
export interface OwnNote {
  attemptId: string;
  questionId: string;
  guideSlug: string;
  note: string;
}

/**
 * What search reads of the user's own data: their guides (and the story
 * bank's practice guide) and their attempt notes. The same object while
 * nothing changed, so search can keep the index it built from it.
 */
export interface OwnSearchSources {
  guides: readonly Guide[];
  notes: readonly OwnNote[];
}

/** Where the user's own guides come from: the store, once its data is loaded (`@/stores/app-store` provides it). */
export interface OwnGuideSource {
  guide(slug: string): Promise<Guide | undefined>;
  searchEntries(): Promise<SearchEntry[]>;
  searchSources(): Promise<OwnSearchSources>;
}

let own: OwnGuideSource | undefined;

/** Called once by the store's entry point, so the loaders below also find the user's own guides. */
export function provideOwnGuides(source: OwnGuideSource): void {
  own = source;
}

/** The full guide, bundled or the user's own, or undefined when there is no guide with this slug. */
export function loadGuide(slug: string): Promise<Guide | undefined> {
  return bank()
    .then((b) => b.loadGuide(slug))
    .then((guide) => guide ?? own?.guide(slug).catch(() => undefined));
}

/** Every question's text with its guide: the bank's (its own lazy chunk), then the user's own. */
export function loadSearchIndex(): Promise<SearchEntry[]> {
  return Promise.all([bank().then((b) => b.loadSearchIndex()), own?.searchEntries().catch(() => []) ?? []]).then(
    ([bundled, mine]) => (mine.length === 0 ? bundled : [...bundled, ...mine]),
  );
}

/** The bundled full-text index's loader map (a small lazy chunk; the index parts load as queries need them). */
export function loadSearchModule(): Promise<SearchModule> {
  return bank().then((b) => b.loadSearch());
}

const NO_SOURCES: OwnSearchSources = Object.freeze({ guides: [], notes: [] });

/** The user's own guides and notes for search; none before the store provides them or when it fails to load. */
export function loadOwnSearchSources(): Promise<OwnSearchSources> {
  return own?.searchSources().catch(() => NO_SOURCES) ?? Promise.resolve(NO_SOURCES);
}
