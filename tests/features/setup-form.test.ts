import { describe, expect, it } from 'vitest';

import type { GuideSummary } from '@/content/types';
import type { SessionSettings } from '@/domain/model';
import { DEFAULT_SETUP } from '@/domain/selection';
import type { PinnedQuestion } from '@/features/practice/setup/search';
import {
  deriveSetup,
  initSetupForm,
  parseCount,
  sessionSettings,
  setupReducer,
  setupToRemember,
  validateSetup,
  type SetupAction,
  type SetupFormState,
} from '@/features/practice/setup/setup-form';

function summary(slug: string, categories: { name: string; count: number }[]): GuideSummary {
  return {
    slug,
    title: slug,
    description: '',
    category: '',
    vertical: '',
    tags: [],
    questionCount: categories.reduce((sum, c) => sum + c.count, 0),
    categories,
  };
}

const alpha = summary('alpha', [
  { name: 'Technical', count: 2 },
  { name: 'Behavioral', count: 1 },
]);
const beta = summary('beta', [
  { name: 'Situational', count: 1 },
  { name: 'Technical', count: 3 },
]);
// A guide whose only category holds nothing yet.
const gamma = summary('gamma', [{ name: 'Leadership', count: 0 }]);
const GUIDES = [alpha, beta, gamma];

const pinned: PinnedQuestion = {
  guideSlug: 'beta',
  guideTitle: 'Beta',
  question: { id: 'beta--q2', number: 2, category: 'Technical', text: 'Why?', sections: [], keyTerms: [], line: 1 },
};

const last = (overrides: Partial<SessionSettings> = {}): SessionSettings => ({ ...DEFAULT_SETUP, ...overrides });

function init(
  options: { lastSetup?: SessionSettings | null; guide?: string; pin?: boolean; lastPractised?: string } = {},
) {
  return initSetupForm({
    guides: GUIDES,
    lastSetup: options.lastSetup ?? null,
    lastPractised: options.lastPractised ?? null,
    search: options.guide ? { guide: options.guide } : {},
    pinned: options.pin ? [pinned] : [],
  });
}

/** A form whose last setup picked every guide, in library order. */
const initAll = () => init({ lastSetup: last({ guideSlugs: ['alpha', 'beta', 'gamma'] }) });

const run = (state: SetupFormState, ...actions: SetupAction[]) => actions.reduce(setupReducer, state);

describe('initSetupForm', () => {
  it('starts from the defaults with no guide ticked (never all) and asks for a choice', () => {
    const state = init();
    expect(state.guideSlugs).toEqual([]);
    expect(state.excluded).toEqual([]);
    expect(state).toMatchObject({ countText: '5', order: 'guide', timeLimitSec: 120, thinkTimeSec: 0, input: 'type' });
    expect(state).toMatchObject({
      errors: {},
      starting: false,
      notice: null,
      reason: 'Choose the guides to practise.',
    });
  });

  it('keeps the guides of the last setup in the order they were picked', () => {
    const state = init({ lastSetup: last({ guideSlugs: ['gamma', 'alpha'] }), lastPractised: 'beta' });
    expect(state.guideSlugs).toEqual(['gamma', 'alpha']);
    expect(state.reason).toBe('Your last practice');
  });

  it('ticks only the categories of the last setup, and keeps its pacing', () => {
    const state = init({
      lastSetup: last({
        guideSlugs: ['alpha'],
        categories: ['Behavioral'],
        count: 3,
        timeLimitSec: 60,
        input: 'voice',
      }),
    });
    expect(state.guideSlugs).toEqual(['alpha']);
    expect(state.excluded).toEqual(['Technical']);
    expect(state).toMatchObject({ countText: '3', timeLimitSec: 60, input: 'voice' });
  });

  it('narrows to the guide in the link, or says the link is stale', () => {
    expect(init({ guide: 'beta' })).toMatchObject({ guideSlugs: ['beta'], reason: 'From beta' });
    const stale = init({ guide: 'retired', lastSetup: last({ guideSlugs: ['alpha'] }) });
    expect(stale.guideSlugs).toEqual(['alpha']);
    expect(stale.notice).toMatch(/guide in the link is no longer in the library/);
  });

  it('asks exactly one question when one is pinned', () => {
    const state = init({ pin: true, lastSetup: last({ count: 9 }) });
    expect(state.guideSlugs).toEqual(['beta']);
    expect(state.countText).toBe('1');
    expect(state.pinned).toEqual([pinned]);
  });
});

describe('setupReducer: guides and categories', () => {
  it('keeps chosen guides in the order they are ticked in', () => {
    const state = run(
      initAll(),
      { type: 'setAllGuides', on: false },
      { type: 'toggleGuide', slug: 'gamma', on: true },
      { type: 'toggleGuide', slug: 'alpha', on: true },
    );
    expect(state.guideSlugs).toEqual(['gamma', 'alpha']);
    expect(run(state, { type: 'toggleGuide', slug: 'alpha', on: false }).guideSlugs).toEqual(['gamma']);
    // Ticking again moves nothing; an unknown slug is ignored.
    expect(run(state, { type: 'toggleGuide', slug: 'gamma', on: true }).guideSlugs).toEqual(['alpha', 'gamma']);
    expect(run(state, { type: 'toggleGuide', slug: 'retired', on: true }).guideSlugs).toEqual(['gamma', 'alpha']);
  });

  it('adds guides after the chosen ones, skipping those already chosen and unknown ones', () => {
    const state = run(init({ guide: 'beta' }), { type: 'addGuides', slugs: ['gamma', 'beta', 'retired', 'alpha'] });
    expect(state.guideSlugs).toEqual(['beta', 'gamma', 'alpha']);
    // The line saying why the guides were chosen goes once the user changes them.
    expect(init({ guide: 'beta' }).reason).toBe('From beta');
    expect(state.reason).toBeNull();
    expect(run(init({ guide: 'beta' }), { type: 'toggleGuide', slug: 'beta', on: false }).reason).toBeNull();
  });

  it('selects every guide or none', () => {
    const none = run(initAll(), { type: 'setAllGuides', on: false });
    expect(none.guideSlugs).toEqual([]);
    expect(run(none, { type: 'setAllGuides', on: true }).guideSlugs).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('ticks the categories a newly chosen guide brings', () => {
    const state = run(
      init({ guide: 'alpha' }),
      { type: 'toggleCategory', name: 'Behavioral', on: false },
      { type: 'toggleGuide', slug: 'beta', on: true },
    );
    expect(deriveSetup(state).categories).toEqual(['Technical', 'Situational']);
  });

  it('unticks and reticks a category', () => {
    const off = run(initAll(), { type: 'toggleCategory', name: 'Technical', on: false });
    expect(deriveSetup(off).categories).toEqual(['Behavioral', 'Situational', 'Leadership']);
    const on = run(off, { type: 'toggleCategory', name: 'Technical', on: true });
    expect(deriveSetup(on).categories).toEqual(['Technical', 'Behavioral', 'Situational', 'Leadership']);
  });

  it('clears every category the chosen guides offer, or ticks them all again', () => {
    const none = run(init({ guide: 'alpha' }), { type: 'setAllCategories', on: false });
    expect(deriveSetup(none).categories).toEqual([]);
    expect(deriveSetup(run(none, { type: 'setAllCategories', on: true })).categories).toEqual([
      'Technical',
      'Behavioral',
    ]);
  });

  it('sets the count as typed and each radio choice', () => {
    const state = run(
      initAll(),
      { type: 'setCount', text: '1' },
      { type: 'setCount', text: '12' },
      { type: 'choose', field: 'order', value: 'weakest' },
      { type: 'choose', field: 'timeLimitSec', value: 180 },
      { type: 'choose', field: 'thinkTimeSec', value: 30 },
      { type: 'choose', field: 'input', value: 'voice' },
    );
    expect(state).toMatchObject({ countText: '12', order: 'weakest', timeLimitSec: 180, thinkTimeSec: 30 });
    expect(state.input).toBe('voice');
  });
});

describe('setupReducer: starting', () => {
  it('refuses a start without guides, saying which field to fix', () => {
    const state = run(initAll(), { type: 'setAllGuides', on: false }, { type: 'submit' });
    expect(state.errors).toEqual({ guides: 'Choose at least one guide.' });
    expect(state.starting).toBe(false);
  });

  it('refuses a start without categories', () => {
    const state = run(initAll(), { type: 'setAllCategories', on: false }, { type: 'submit' });
    expect(state.errors).toEqual({ categories: 'Choose at least one category.' });
  });

  it('refuses categories that hold no questions in the chosen guides', () => {
    const state = run(init({ guide: 'gamma' }), { type: 'submit' });
    expect(state.errors).toEqual({ categories: 'These guides have no questions in the chosen categories.' });
  });

  it('refuses a count that is not a whole number from 1 to 100, along with the other problems', () => {
    const state = run(
      initAll(),
      { type: 'setAllGuides', on: false },
      { type: 'setCount', text: '0' },
      { type: 'submit' },
    );
    expect(state.errors).toEqual({
      guides: 'Choose at least one guide.',
      count: 'Enter how many questions you want, from 1 to 100.',
    });
  });

  it('starts when nothing is wrong, and ignores a second submit while starting', () => {
    const started = run(initAll(), { type: 'submit' });
    expect(started).toMatchObject({ errors: {}, starting: true });
    const broken = { ...started, guideSlugs: [] };
    expect(setupReducer(broken, { type: 'submit' })).toBe(broken);
  });

  it('needs no choices for a pinned question', () => {
    const state = run(init({ pin: true }), { type: 'setCount', text: '' }, { type: 'submit' });
    expect(state).toMatchObject({ errors: {}, starting: true });
  });

  it('shows why a start failed and lets the user try again', () => {
    const state = run(initAll(), { type: 'submit' }, { type: 'startFailed', message: 'No luck.' });
    expect(state).toMatchObject({ errors: { form: 'No luck.' }, starting: false });
    expect(setupReducer(state, { type: 'submit' }).starting).toBe(true);
  });

  it('drops a field’s error, and the form-wide one, once that field changes', () => {
    const failed = run(
      initAll(),
      { type: 'setAllGuides', on: false },
      { type: 'setCount', text: '' },
      { type: 'submit' },
    );
    const withForm = { ...failed, errors: { ...failed.errors, form: 'x' } };
    expect(run(withForm, { type: 'toggleGuide', slug: 'alpha', on: true }).errors).toEqual({
      count: failed.errors.count,
    });
    expect(run(withForm, { type: 'setCount', text: '3' }).errors).toEqual({ guides: failed.errors.guides });
    const noCategories = run(initAll(), { type: 'setAllCategories', on: false }, { type: 'submit' });
    expect(run(noCategories, { type: 'toggleCategory', name: 'Technical', on: true }).errors).toEqual({});
  });
});

describe('parseCount', () => {
  it('accepts whole numbers from 1 to 100 only', () => {
    expect(parseCount(' 7 ')).toBe(7);
    expect(parseCount('1')).toBe(1);
    expect(parseCount('100')).toBe(100);
    for (const text of ['', '0', '101', '3.5', '-2', '1e1', 'five']) expect(parseCount(text)).toBeNull();
  });
});

describe('deriveSetup', () => {
  it('counts the matching questions and caps the plan at them', () => {
    const state = run(init({ guide: 'alpha' }), { type: 'setCount', text: '10' });
    expect(deriveSetup(state)).toMatchObject({ matching: 3, count: 10, planned: 3, capped: true });
    expect(deriveSetup(run(state, { type: 'setCount', text: '2' }))).toMatchObject({ planned: 2, capped: false });
    // Nothing matching is a problem of its own, not a cap.
    expect(deriveSetup(init({ guide: 'gamma' }))).toMatchObject({ matching: 0, planned: 0, capped: false });
  });

  it('plans nothing while the count is invalid', () => {
    expect(deriveSetup(run(initAll(), { type: 'setCount', text: '' }))).toMatchObject({ planned: 0, minutes: null });
  });

  it('estimates whole minutes of answering, think time included, only with a time limit', () => {
    const state = run(
      initAll(),
      { type: 'setCount', text: '3' },
      { type: 'choose', field: 'timeLimitSec', value: 60 },
      { type: 'choose', field: 'thinkTimeSec', value: 10 },
    );
    // 3 × 70 s = 210 s: 4 minutes, rounded up.
    expect(deriveSetup(state).minutes).toBe(4);
    expect(deriveSetup(run(state, { type: 'choose', field: 'timeLimitSec', value: 0 })).minutes).toBeNull();
  });

  it('plans one question when one is pinned', () => {
    expect(deriveSetup(init({ pin: true }))).toMatchObject({ matching: 1, planned: 1, capped: false });
  });
});

describe('sessionSettings and setupToRemember', () => {
  it('stores every category as "all", but the guides as picked, never "all"', () => {
    expect(sessionSettings(initAll())).toMatchObject({
      guideSlugs: ['alpha', 'beta', 'gamma'],
      categories: [],
      count: 5,
    });
    const picked = run(
      init(),
      { type: 'toggleGuide', slug: 'gamma', on: true },
      { type: 'toggleGuide', slug: 'beta', on: true },
    );
    expect(sessionSettings(picked).guideSlugs).toEqual(['gamma', 'beta']);
  });

  it('lists a partial choice in picked order', () => {
    const state = run(
      initAll(),
      { type: 'toggleGuide', slug: 'gamma', on: false },
      { type: 'toggleCategory', name: 'Behavioral', on: false },
      { type: 'setCount', text: '4' },
      { type: 'choose', field: 'order', value: 'shuffled' },
    );
    expect(sessionSettings(state)).toEqual({
      ...DEFAULT_SETUP,
      guideSlugs: ['alpha', 'beta'],
      categories: ['Technical', 'Situational'],
      count: 4,
      order: 'shuffled',
    });
  });

  it('asks a pinned question alone, in its own guide', () => {
    const state = run(
      init({ pin: true }),
      { type: 'choose', field: 'timeLimitSec', value: 180 },
      // Not offered with a pinned question; if it were, it would still be one question.
      { type: 'setCount', text: '7' },
    );
    expect(sessionSettings(state)).toMatchObject({ guideSlugs: ['beta'], categories: [], count: 1, timeLimitSec: 180 });
  });

  it('remembers the whole setup, but only the pacing of a pinned question', () => {
    const lastSetup = last({ guideSlugs: ['alpha'], count: 8 });
    const state = initAll();
    const started = sessionSettings(state);
    expect(setupToRemember(state, started, lastSetup)).toBe(started);

    const pinnedState = run(
      init({ pin: true, lastSetup }),
      { type: 'choose', field: 'thinkTimeSec', value: 30 },
      { type: 'choose', field: 'input', value: 'voice' },
    );
    const remembered = setupToRemember(pinnedState, sessionSettings(pinnedState), lastSetup);
    expect(remembered).toEqual({ ...lastSetup, thinkTimeSec: 30, input: 'voice' });
    expect(setupToRemember(pinnedState, sessionSettings(pinnedState), null)).toEqual({
      ...DEFAULT_SETUP,
      thinkTimeSec: 30,
      input: 'voice',
    });
  });
});

it('validateSetup agrees with what submit shows', () => {
  const state = run(initAll(), { type: 'setAllGuides', on: false });
  expect(validateSetup(state)).toEqual(setupReducer(state, { type: 'submit' }).errors);
});
