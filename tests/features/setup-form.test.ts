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
    pubDate: null,
    modDate: null,
    author: '',
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

function init(options: { lastSetup?: SessionSettings | null; guide?: string; pin?: boolean } = {}) {
  return initSetupForm({
    guides: GUIDES,
    lastSetup: options.lastSetup ?? null,
    search: options.guide ? { guide: options.guide } : {},
    pinned: options.pin ? pinned : null,
  });
}

const run = (state: SetupFormState, ...actions: SetupAction[]) => actions.reduce(setupReducer, state);

describe('initSetupForm', () => {
  it('starts from the defaults with every guide and every category ticked', () => {
    const state = init();
    expect(state.guideSlugs).toEqual(['alpha', 'beta', 'gamma']);
    expect(state.excluded).toEqual([]);
    expect(state).toMatchObject({ countText: '5', order: 'guide', timeLimitSec: 120, thinkTimeSec: 0, input: 'type' });
    expect(state).toMatchObject({ errors: {}, starting: false, notice: null });
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
    expect(init({ guide: 'beta' }).guideSlugs).toEqual(['beta']);
    const stale = init({ guide: 'retired' });
    expect(stale.guideSlugs).toEqual(['alpha', 'beta', 'gamma']);
    expect(stale.notice).toMatch(/guide in the link is no longer in the library/);
  });

  it('asks exactly one question when one is pinned', () => {
    const state = init({ pin: true, lastSetup: last({ count: 9 }) });
    expect(state.guideSlugs).toEqual(['beta']);
    expect(state.countText).toBe('1');
    expect(state.pinned).toBe(pinned);
  });
});

describe('setupReducer: guides and categories', () => {
  it('keeps chosen guides in library order, whatever order they are ticked in', () => {
    const state = run(
      init(),
      { type: 'setAllGuides', on: false },
      { type: 'toggleGuide', slug: 'gamma', on: true },
      { type: 'toggleGuide', slug: 'alpha', on: true },
    );
    expect(state.guideSlugs).toEqual(['alpha', 'gamma']);
    expect(run(state, { type: 'toggleGuide', slug: 'alpha', on: false }).guideSlugs).toEqual(['gamma']);
  });

  it('selects every guide or none', () => {
    const none = run(init(), { type: 'setAllGuides', on: false });
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
    const off = run(init(), { type: 'toggleCategory', name: 'Technical', on: false });
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
      init(),
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
    const state = run(init(), { type: 'setAllGuides', on: false }, { type: 'submit' });
    expect(state.errors).toEqual({ guides: 'Choose at least one guide.' });
    expect(state.starting).toBe(false);
  });

  it('refuses a start without categories', () => {
    const state = run(init(), { type: 'setAllCategories', on: false }, { type: 'submit' });
    expect(state.errors).toEqual({ categories: 'Choose at least one category.' });
  });

  it('refuses categories that hold no questions in the chosen guides', () => {
    const state = run(init({ guide: 'gamma' }), { type: 'submit' });
    expect(state.errors).toEqual({ categories: 'These guides have no questions in the chosen categories.' });
  });

  it('refuses a count that is not a whole number from 1 to 100, along with the other problems', () => {
    const state = run(init(), { type: 'setAllGuides', on: false }, { type: 'setCount', text: '0' }, { type: 'submit' });
    expect(state.errors).toEqual({
      guides: 'Choose at least one guide.',
      count: 'Enter how many questions you want, from 1 to 100.',
    });
  });

  it('starts when nothing is wrong, and ignores a second submit while starting', () => {
    const started = run(init(), { type: 'submit' });
    expect(started).toMatchObject({ errors: {}, starting: true });
    const broken = { ...started, guideSlugs: [] };
    expect(setupReducer(broken, { type: 'submit' })).toBe(broken);
  });

  it('needs no choices for a pinned question', () => {
    const state = run(init({ pin: true }), { type: 'setCount', text: '' }, { type: 'submit' });
    expect(state).toMatchObject({ errors: {}, starting: true });
  });

  it('shows why a start failed and lets the user try again', () => {
    const state = run(init(), { type: 'submit' }, { type: 'startFailed', message: 'No luck.' });
    expect(state).toMatchObject({ errors: { form: 'No luck.' }, starting: false });
    expect(setupReducer(state, { type: 'submit' }).starting).toBe(true);
  });

  it('drops a field’s error, and the form-wide one, once that field changes', () => {
    const failed = run(init(), { type: 'setAllGuides', on: false }, { type: 'setCount', text: '' }, { type: 'submit' });
    const withForm = { ...failed, errors: { ...failed.errors, form: 'x' } };
    expect(run(withForm, { type: 'toggleGuide', slug: 'alpha', on: true }).errors).toEqual({
      count: failed.errors.count,
    });
    expect(run(withForm, { type: 'setCount', text: '3' }).errors).toEqual({ guides: failed.errors.guides });
    const noCategories = run(init(), { type: 'setAllCategories', on: false }, { type: 'submit' });
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
    expect(deriveSetup(run(init(), { type: 'setCount', text: '' }))).toMatchObject({ planned: 0, minutes: null });
  });

  it('estimates whole minutes of answering, think time included, only with a time limit', () => {
    const state = run(
      init(),
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
  it('stores every guide and every category as "all", so ones added later are included', () => {
    expect(sessionSettings(init())).toMatchObject({ guideSlugs: [], categories: [], count: 5 });
  });

  it('lists a partial choice in library order', () => {
    const state = run(
      init(),
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
    const state = init();
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
  const state = run(init(), { type: 'setAllGuides', on: false });
  expect(validateSetup(state)).toEqual(setupReducer(state, { type: 'submit' }).errors);
});
