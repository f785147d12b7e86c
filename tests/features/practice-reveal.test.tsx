import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Question } from '@/content/types';
import { initialRatings } from '@/domain/applicability';
import type { Attempt } from '@/domain/model';
import { GRADE_RULE, gradeRuleFor, PART_INFO } from '@/domain/rubric';
import { RevealPanel } from '@/features/practice/reveal/RevealPanel';
import { usePracticeStore } from '@/stores';

import {
  afterNextPaint,
  loadChunks,
  makeAttempt,
  makeSession,
  resetPracticeStore,
  seedPracticeStore,
} from '../support';

beforeAll(() => loadChunks('markdown'));

const STAR_ANSWER =
  'When I was at my previous company, our team shipped releases by hand and they broke often. ' +
  'I decided to automate it: first I mapped every manual step, then I built a pipeline in GitHub Actions. ' +
  'As a result, releases went from 3 days to 40 minutes.';

/** Context, Approach and Outcome but no Example: that row falls back to the generic prompt. */
const question: Question = {
  id: 'sample-engineer--q1',
  number: 1,
  category: 'Behavioral',
  text: 'Tell me about a process you automated.',
  sections: [
    { kind: 'context', label: 'Situation', markdown: 'Releases were **manual** and slow.' },
    { kind: 'approach', label: 'Approach', markdown: '1. Map the steps\n2. Automate the riskiest first' },
    { kind: 'outcome', label: 'Outcome', markdown: 'Release time fell from days to minutes.' },
    {
      kind: 'bestPractices',
      label: 'Best Practices',
      markdown: '- Measure before you change anything\n- Involve the people who run it today',
    },
    { kind: 'pitfalls', label: 'Pitfalls to Avoid', markdown: '- Automating a broken process\n- Skipping rollback' },
    { kind: 'followUps', label: 'Follow-up Points', markdown: 'Be ready to discuss what you would **not** automate.' },
  ],
  keyTerms: ['pipeline', 'rollback', 'release'],
  line: 10,
};

const unrated = { context: null, approach: null, example: null, outcome: null };

function seed(overrides: Partial<Attempt> = {}) {
  const attempt = makeAttempt({
    answer: STAR_ANSWER,
    ratings: unrated,
    grade: null,
    ratedAt: null,
    overtimeSec: 0,
    ...overrides,
  });
  seedPracticeStore({
    sessions: [makeSession({ questionIds: [question.id, 'sample-engineer--q2'] })],
    attempts: [attempt],
  });
  return attempt;
}

const stored = () => usePracticeStore.getState().attempts['attempt-1']!;

function renderPanel({ index = 0, total = 2 } = {}) {
  const onNext = vi.fn();
  render(
    <RevealPanel
      sessionId="session-1"
      attemptId="attempt-1"
      question={question}
      guideTitle="Sample Engineer Interview Preparation"
      position={{ index, total }}
      onNext={onNext}
    />,
  );
  return { onNext };
}

const part = (label: string) => screen.getByRole('region', { name: label });
const ratingGroup = (label: string) => screen.getByRole('radiogroup', { name: `Rate your ${label.toLowerCase()}` });
const level = (label: string, rating: number) =>
  within(ratingGroup(label)).getByRole('radio', { name: new RegExp(`^${rating} `) });
const gradeGroup = () => screen.getByRole('radiogroup', { name: 'Overall grade' });
const gradeOption = (name: string) => within(gradeGroup()).getByRole('radio', { name: new RegExp(`^${name}`) });

async function rateAll(user: ReturnType<typeof userEvent.setup>, ratings: [number, number, number, number]) {
  const labels = ['Context', 'Approach', 'Example', 'Outcome'];
  for (const [i, label] of labels.entries()) await user.click(level(label, ratings[i]!));
}

beforeEach(() => {
  resetPracticeStore();
});

describe('RevealPanel: the two answers', () => {
  it('shows the user’s answer as literal text, never as HTML', () => {
    const hostile = 'I said <img src=x onerror=alert(1)> and **not bold**';
    seed({ answer: hostile });
    renderPanel();

    const answer = screen.getByRole('region', { name: 'Your answer' });
    expect(within(answer).getByText(hostile)).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
    expect(within(answer).queryByText('not bold', { selector: 'strong' })).not.toBeInTheDocument();
  });

  it('shows how long the answer took, and by how much it ran over', () => {
    seed({ durationMs: 135_000, overtimeSec: 15, source: 'dictated' });
    renderPanel();

    const about = screen.getByRole('list', { name: 'About your answer' });
    expect(
      within(about)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['47 words', 'Took 2:15', '15 s over time', 'Dictated']);
  });

  it('lines the model answer up by part, marking a missing part as a generic STAR prompt', () => {
    seed();
    renderPanel();

    // The model's own markdown is rendered as markdown.
    expect(within(part('Context')).getByText('manual', { selector: 'strong' })).toBeVisible();
    expect(within(part('Approach')).getByText('Map the steps', { selector: 'li' })).toBeVisible();
    expect(within(part('Outcome')).getByText('Release time fell from days to minutes.')).toBeVisible();

    const example = part('Example');
    expect(within(example).getByText('Generic STAR prompt')).toBeVisible();
    expect(within(example).getByText(PART_INFO.example.prompt)).toBeVisible();
    expect(within(part('Context')).queryByText('Generic STAR prompt')).not.toBeInTheDocument();

    // Then the checklists, then the remaining parts (follow-ups), in that order.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.slice(headings.indexOf('Context'))).toEqual([
      'Context',
      'Approach',
      'Example',
      'Outcome',
      'Best practices',
      'Pitfalls',
      'Follow-up Points',
      'Overall grade',
    ]);
  });

  it('shows a skipped attempt as skipped, with the model answer and a way on but nothing to rate', async () => {
    const user = userEvent.setup();
    seed({ skipped: true, answer: '' });
    const { onNext } = renderPanel();

    expect(within(screen.getByRole('region', { name: 'Your answer' })).getByText('Skipped')).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Model answer' })).toBeVisible();
    expect(within(part('Context')).getByText('manual', { selector: 'strong' })).toBeVisible();
    expect(screen.getByText('Measure before you change anything')).toBeVisible();
    expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Hints' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Next question/ }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(stored().ratedAt).toBeNull();
    expect(stored().hints).toBeNull();
  });
});

describe('RevealPanel: the rubric', () => {
  it('moves focus to the review once it has painted', async () => {
    seed();
    renderPanel();
    const title = screen.getByRole('heading', { name: 'Compare and rate' });
    // Not inside the render: the reveal paints first.
    expect(title).not.toHaveFocus();
    await waitFor(() => expect(title).toHaveFocus());
  });

  it('leaves focus where the user put it before the reveal painted', async () => {
    seed();
    renderPanel();
    const first = level('Context', 2);
    first.focus();
    await afterNextPaint();
    expect(first).toHaveFocus();
  });

  it('rates a part by clicking a level, each level showing its descriptor and the part’s “good”', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    const context = ratingGroup('Context');
    expect(within(context).getAllByRole('radio')).toHaveLength(5);
    expect(level('Context', 3)).toHaveAccessibleDescription('A specific place, role and problem');
    expect(context).toHaveAccessibleDescription(`Good looks like: ${PART_INFO.context.good}`);

    await user.click(level('Context', 3));

    expect(level('Context', 3)).toBeChecked();
    expect(stored().ratings).toEqual({ ...unrated, context: 3 });
    expect(within(part('Context')).getByText('3/4')).toHaveTextContent('3/4 · Specific');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 4 parts');
  });

  it('rates with the keyboard: arrow keys move the choice and digits 0–4 set it while the group has focus', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    act(() => level('Approach', 0).focus());
    await user.keyboard('2');
    expect(stored().ratings.approach).toBe(2);
    expect(level('Approach', 2)).toHaveFocus();
    expect(level('Approach', 2)).toBeChecked();

    await user.keyboard('{ArrowDown}');
    expect(stored().ratings.approach).toBe(3);
    expect(level('Approach', 3)).toHaveFocus();

    await user.keyboard('4');
    expect(stored().ratings.approach).toBe(4);

    // Outside a rating group a digit is just a digit.
    await user.click(screen.getByRole('textbox', { name: 'Note to self' }));
    await user.keyboard('1');
    expect(stored().ratings).toEqual({ ...unrated, approach: 4 });
  });

  it('derives the grade once all four parts are rated, shows the rule, and lets the user override it', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    expect(screen.getByText(GRADE_RULE)).toBeVisible();
    expect(gradeOption('Good')).toBeDisabled();
    expect(screen.getByText('Rate all four parts to get a suggested grade.')).toBeVisible();

    await rateAll(user, [3, 3, 2, 3]);

    // 11 of 16 with no part missing: Good.
    expect(stored()).toMatchObject({ grade: 'good', gradeOverridden: false });
    expect(gradeOption('Good')).toBeChecked();
    expect(gradeOption('Good')).toHaveAccessibleName('Good suggested');
    expect(within(screen.getByRole('region', { name: 'Overall grade' })).getByText(/^Score/)).toHaveTextContent(
      'Score 69/100',
    );

    await user.click(gradeOption('Hard'));
    expect(stored()).toMatchObject({ grade: 'hard', gradeOverridden: true });
    expect(gradeOption('Hard')).toBeChecked();
    expect(screen.getByText(/You changed it from Good/)).toBeVisible();

    // A later rating change keeps the user's choice…
    await user.click(level('Example', 4));
    expect(stored()).toMatchObject({ grade: 'hard', gradeOverridden: true });

    // …until they go back to the suggestion (now Good: 13 of 16).
    await user.click(screen.getByRole('button', { name: 'Use Good' }));
    expect(stored()).toMatchObject({ grade: 'good', gradeOverridden: false });
  });

  it('re-derives the grade as ratings change when it was not overridden', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    await rateAll(user, [4, 4, 4, 4]);
    expect(stored().grade).toBe('easy');
    await user.click(level('Outcome', 0));
    expect(stored().grade).toBe('again');
    expect(gradeOption('Again')).toBeChecked();
  });
});

describe('RevealPanel: checklists, hints, note, undo', () => {
  it('ticks best practices covered and pitfalls hit, from the model answer’s own bullets', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    const practices = screen.getByRole('region', { name: 'Best practices' });
    const covered = within(practices).getAllByRole('checkbox');
    expect(covered).toHaveLength(2);
    expect(covered[1]).toHaveAccessibleName('I covered this Involve the people who run it today');

    await user.click(covered[1]!);
    expect(stored().practicesCovered).toEqual([1]);
    await user.click(covered[0]!);
    expect(stored().practicesCovered).toEqual([0, 1]);

    const pitfall = screen.getByRole('checkbox', { name: 'I fell into this Skipping rollback' });
    await user.click(pitfall);
    expect(stored().pitfallsHit).toEqual([1]);
    await user.click(pitfall);
    expect(stored().pitfallsHit).toEqual([]);
    expect(stored().practicesCovered).toEqual([0, 1]);
  });

  it('shows hints as suggestions, saves them once, and never sets a score', async () => {
    seed();
    let saves = 0;
    const unsubscribe = usePracticeStore.subscribe((state, previous) => {
      if (state.attempts['attempt-1'] !== previous.attempts['attempt-1']) saves++;
    });
    renderPanel();

    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).getByText('Suggestions only')).toBeVisible();
    expect(within(hints).getByText(/Context/)).toHaveTextContent('Context: seems present');
    expect(within(hints).getByRole('list', { name: 'Key terms used' })).toHaveTextContent(/pipeline.*release/);
    expect(within(hints).getByRole('list', { name: 'Key terms not used' })).toHaveTextContent('rollback');
    expect(within(part('Context')).getByRole('list', { name: 'Hint evidence for Context' })).toHaveTextContent(
      'When I was at my previous company',
    );

    // Saved just after the reveal has painted, so the save is not part of the click that submitted.
    await waitFor(() => expect(stored().hints).not.toBeNull());
    const saved = stored();
    expect(saved.hints).toEqual({
      partsDetected: ['context', 'approach', 'example', 'outcome'],
      termsUsed: ['pipeline', 'release'],
      termsMissed: ['rollback'],
    });
    expect(saved.ratings).toEqual(unrated);
    expect(saved.grade).toBeNull();
    expect(saved.ratedAt).toBeNull();
    for (const label of ['Context', 'Approach', 'Example', 'Outcome']) {
      expect(within(ratingGroup(label)).queryByRole('radio', { checked: true })).not.toBeInTheDocument();
    }
    // Saving the hints is not the user's change: there is nothing to undo.
    expect(screen.queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();
    await afterNextPaint();
    expect(saves).toBe(1);
    unsubscribe();
  });

  it('saves the hints before a rating made at once, so Undo reverts only the rating', async () => {
    seed();
    renderPanel();
    // A click before the reveal has painted: the hints go in first, as their own change.
    fireEvent.click(level('Context', 3));
    expect(stored().hints).toEqual({
      partsDetected: ['context', 'approach', 'example', 'outcome'],
      termsUsed: ['pipeline', 'release'],
      termsMissed: ['rollback'],
    });
    expect(stored().ratings.context).toBe(3);

    fireEvent.click(screen.getByRole('button', { name: 'Undo Context rating' }));
    expect(stored().ratings.context).toBeNull();
    expect(stored().hints).not.toBeNull();
    await afterNextPaint();
    expect(stored().hints).not.toBeNull();
  });

  it('saves the hints when the user moves on before the reveal has painted', () => {
    seed();
    const { onNext } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /Next question/ }));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(stored().hints).not.toBeNull();
  });

  it('does not overwrite hints saved on an earlier visit', () => {
    const earlier = { partsDetected: [], termsUsed: [], termsMissed: ['pipeline'] };
    seed({ hints: earlier });
    renderPanel();
    expect(stored().hints).toEqual(earlier);
  });

  it('undoes the last rating change', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    await user.click(level('Context', 2));
    await user.click(level('Context', 4));
    await user.click(screen.getByRole('button', { name: 'Undo Context rating' }));

    expect(stored().ratings.context).toBe(2);
    expect(level('Context', 2)).toBeChecked();
    // One step back only: the store keeps the last change.
    expect(screen.queryByRole('button', { name: /Undo/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Automating a broken process/ }));
    await user.click(screen.getByRole('button', { name: 'Undo pitfall tick' }));
    expect(stored().pitfallsHit).toEqual([]);
  });

  it('saves the note after a pause in typing, and Undo takes it back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      seed();
      renderPanel();

      const note = screen.getByRole('textbox', { name: 'Note to self' });
      await user.type(note, 'Lead with the number');
      expect(stored().note).toBe('');
      act(() => {
        vi.advanceTimersByTime(1000);
      });
      expect(stored().note).toBe('Lead with the number');

      await user.click(screen.getByRole('button', { name: 'Undo note' }));
      expect(stored().note).toBe('');
      expect(note).toHaveValue('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves a note typed just before the page goes away (reload, tab closed), without waiting for the pause', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();

    await user.type(screen.getByRole('textbox', { name: 'Note to self' }), 'Say the result first');
    expect(stored().note).toBe('');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(stored().note).toBe('Say the result first');
  });
});

describe('RevealPanel: moving on', () => {
  it('stamps ratedAt on a fully rated answer and calls onNext', async () => {
    const user = userEvent.setup();
    seed();
    const { onNext } = renderPanel();

    await rateAll(user, [3, 3, 3, 3]);
    expect(stored().ratedAt).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Note to self' }), 'Shorter intro');
    await user.click(screen.getByRole('button', { name: /Next question/ }));

    expect(onNext).toHaveBeenCalledTimes(1);
    expect(stored().ratedAt).toEqual(expect.any(Number));
    // The note typed just before leaving is not lost to the save delay.
    expect(stored().note).toBe('Shorter intro');
  });

  it('lets the user move on unrated, with a note that it will not count, and leaves it unrated', async () => {
    const user = userEvent.setup();
    seed();
    const { onNext } = renderPanel();

    await user.click(level('Context', 3));
    expect(screen.getByText(/unrated answers don’t count toward your progress/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Next question/ }));

    expect(onNext).toHaveBeenCalledTimes(1);
    expect(stored().ratedAt).toBeNull();
  });

  it('moves on with Alt+N, and says Finish on the last question', async () => {
    const user = userEvent.setup();
    seed();
    const { onNext } = renderPanel({ index: 1, total: 2 });

    expect(screen.getByRole('button', { name: /Finish/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(onNext).toHaveBeenCalledTimes(1);

    // Only Alt+N: plain N (typing) does nothing.
    fireEvent.keyDown(window, { key: 'n', code: 'KeyN' });
    expect(onNext).toHaveBeenCalledTimes(1);
  });

  it('keeps an existing ratedAt when moving on again', async () => {
    const user = userEvent.setup();
    const ratedAt = Date.UTC(2025, 0, 1);
    seed({ ratings: { context: 3, approach: 3, example: 3, outcome: 3 }, grade: 'good', ratedAt });
    const { onNext } = renderPanel();

    await user.click(screen.getByRole('button', { name: /Next question/ }));
    expect(onNext).toHaveBeenCalled();
    expect(stored().ratedAt).toBe(ratedAt);
  });
});

/** A technical question whose model answer has an approach and an example, but no context or outcome. */
const closures: Question = {
  id: 'sample-engineer--q9',
  number: 9,
  category: 'Technical',
  text: 'Explain closures in JavaScript.',
  sections: [
    { kind: 'approach', label: 'Approach', markdown: 'A function keeps the variables of the scope it was made in.' },
    { kind: 'example', label: 'Example', markdown: 'A counter made by `makeCounter()`.' },
  ],
  keyTerms: [],
  line: 90,
};

const CLOSURES_ANSWER = 'A closure is a function that remembers its scope, like a counter that keeps its count.';

function renderFor(q: Question, overrides: Partial<Attempt> = {}) {
  const attempt = makeAttempt({
    questionId: q.id,
    answer: CLOSURES_ANSWER,
    ratings: initialRatings(q),
    grade: null,
    ratedAt: null,
    ...overrides,
  });
  seedPracticeStore({ sessions: [makeSession({ questionIds: [q.id] })], attempts: [attempt] });
  render(
    <RevealPanel
      sessionId="session-1"
      attemptId="attempt-1"
      question={q}
      guideTitle="Sample Engineer Interview Preparation"
      position={{ index: 0, total: 1 }}
      onNext={() => {}}
    />,
  );
}

const notApplicable = (label: string) =>
  screen.getByRole('checkbox', { name: `${label} doesn't apply to this question` });
const scoreText = () => within(screen.getByRole('region', { name: 'Overall grade' })).queryByText(/^Score/);

describe('RevealPanel: parts that don’t apply', () => {
  it('starts a technical question with its unfitting parts switched off, each with the reason, and scores the rest', async () => {
    const user = userEvent.setup();
    renderFor(closures);

    for (const label of ['Context', 'Outcome']) {
      expect(notApplicable(label)).toBeChecked();
      expect(
        within(part(label)).getByText(`A technical question: the model answer has no ${label.toLowerCase()} part.`),
      ).toBeVisible();
      expect(within(part(label)).getByText(/^n\/a/)).toBeVisible();
      // Nothing to rate there: the row is gone.
      expect(screen.queryByRole('radiogroup', { name: `Rate your ${label.toLowerCase()}` })).not.toBeInTheDocument();
    }
    expect(notApplicable('Approach')).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('0 of 2 parts');
    expect(screen.getByText('Rate the two parts that apply to get a suggested grade.')).toBeVisible();
    expect(screen.getByText(gradeRuleFor(2))).toBeVisible();

    // "Explain closures", rated honestly: 75 and Good, not 38 and Again.
    await user.click(level('Approach', 3));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 parts');
    await user.click(level('Example', 3));
    expect(scoreText()).toHaveTextContent('Score 75/100 over the two parts that apply');
    expect(gradeOption('Good')).toBeChecked();
    expect(gradeOption('Good')).toHaveAccessibleName('Good suggested');
    expect(stored()).toMatchObject({
      ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' },
      grade: 'good',
    });
  });

  it('shows no hint for a part that does not apply, and a hint again once it is switched back on', async () => {
    const user = userEvent.setup();
    renderFor(closures);
    const hints = screen.getByRole('region', { name: 'Hints' });
    expect(within(hints).getByText(/^Context/)).toHaveTextContent("Context · n/a: doesn't apply");
    expect(within(hints).getByText(/^Outcome/)).toHaveTextContent("Outcome · n/a: doesn't apply");
    expect(within(hints).getByText(/^Approach/)).not.toHaveTextContent('n/a');

    await user.click(notApplicable('Context'));
    expect(within(hints).getByText(/^Context/)).toHaveTextContent(/^Context: (seems present|not spotted)$/);
  });

  it('switches a part back on (unrated: no score until it is rated) and off again, each change its own Undo', async () => {
    const user = userEvent.setup();
    renderFor(closures, { ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' }, grade: 'good' });

    await user.click(notApplicable('Context'));
    expect(stored().ratings.context).toBeNull();
    expect(stored().grade).toBeNull();
    expect(ratingGroup('Context')).toBeVisible();
    expect(within(part('Context')).queryByText(/the model answer has no context part/)).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 3 parts');
    expect(scoreText()).not.toBeInTheDocument();
    expect(screen.getByText(gradeRuleFor(3))).toBeVisible();

    await user.click(level('Context', 1));
    // 7 of 12.
    expect(scoreText()).toHaveTextContent('Score 58/100 over the three parts that apply');
    expect(stored().grade).toBe('good');

    await user.click(screen.getByRole('button', { name: 'Undo Context rating' }));
    await user.click(notApplicable('Context'));
    expect(stored().ratings.context).toBe('na');
    expect(stored().grade).toBe('good');
    await user.click(screen.getByRole('button', { name: "Undo Context “doesn't apply”" }));
    expect(stored().ratings.context).toBeNull();
  });

  it('changes the score and grade shown when a part of a STAR question is marked as not applying', async () => {
    const user = userEvent.setup();
    seed();
    renderPanel();
    await rateAll(user, [0, 3, 3, 0]);
    expect(scoreText()).toHaveTextContent('Score 38/100');
    expect(gradeOption('Again')).toBeChecked();
    // Defaults are only for technical questions: a behavioural one starts with all four.
    expect(
      screen
        .getAllByRole('checkbox', { name: /doesn't apply to this question/ })
        .filter((c) => (c as HTMLInputElement).checked),
    ).toHaveLength(0);

    await user.click(notApplicable('Context'));
    await user.click(notApplicable('Outcome'));
    expect(scoreText()).toHaveTextContent('Score 75/100 over the two parts that apply');
    expect(gradeOption('Good')).toBeChecked();
    expect(stored()).toMatchObject({
      ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' },
      grade: 'good',
    });
    expect(within(part('Context')).getByText(/^n\/a/)).toBeVisible();
    // Switched off by the user: no default reason to show.
    expect(within(part('Context')).queryByText(/^A technical question/)).not.toBeInTheDocument();
  });

  it('keeps the last part that applies switched on, and digits still rate a focused row', async () => {
    const user = userEvent.setup();
    renderFor(closures);
    await user.click(notApplicable('Example'));
    expect(stored().ratings.example).toBe('na');

    const approach = notApplicable('Approach');
    expect(approach).toBeDisabled();
    expect(approach).toHaveAccessibleDescription('The only part left that applies: at least one part must count.');
    fireEvent.click(approach);
    expect(stored().ratings.approach).toBeNull();

    act(() => level('Approach', 0).focus());
    await user.keyboard('4');
    expect(stored().ratings.approach).toBe(4);
    expect(stored().grade).toBe('easy');
    expect(screen.getByRole('status')).toHaveTextContent('Rated · Easy');
  });

  it('is not offered for a skipped answer', () => {
    renderFor(closures, { skipped: true, answer: '' });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});

/** A multi-scenario answer: each part appears once per scenario, with the scenario it sat in. */
const scenarios: Question = {
  id: 'sample-engineer--q10',
  number: 10,
  category: 'Behavioral',
  text: 'Tell me about two CRM projects.',
  sections: [
    {
      kind: 'context',
      label: 'Situation',
      markdown: 'Leads were tracked in spreadsheets.',
      within: 'Scenario 1: Implementing Salesforce for lead tracking',
    },
    {
      kind: 'context',
      label: 'Situation',
      markdown: 'Billing ran on a legacy system.',
      within: 'Scenario 2: Migrating billing',
    },
    {
      kind: 'approach',
      label: 'Approach',
      markdown: 'Piloted with one sales team.',
      within: 'Scenario 1: Implementing Salesforce for lead tracking',
    },
    {
      kind: 'bestPractices',
      label: 'Best Practices',
      markdown: '- Start small\n- Train champions',
      within: 'Scenario 1: Implementing Salesforce for lead tracking',
    },
    {
      kind: 'bestPractices',
      label: 'Best Practices',
      markdown: '- Freeze changes during cut-over',
      within: 'Scenario 2: Migrating billing',
    },
    {
      kind: 'followUps',
      label: 'Follow-up Points',
      markdown: 'What would you do differently?',
      within: 'Scenario 2: Migrating billing',
    },
  ],
  asWritten:
    '**Scenario 1: Implementing Salesforce for lead tracking**\n\n- **Situation**: Leads were tracked in spreadsheets.',
  keyTerms: [],
  line: 100,
};

describe('RevealPanel: a model answer that labels no approach', () => {
  const concept: Question = {
    ...closures,
    id: 'sample-engineer--q10',
    sections: [
      { kind: 'answer', label: 'Concept', markdown: 'A closure keeps the variables of the scope it was made in.' },
      { kind: 'example', label: 'Example', markdown: 'A counter made by `makeCounter()`.', within: 'Concept' },
      { kind: 'followUps', label: 'Follow-Up Points', markdown: 'How do closures leak memory?' },
    ],
  };

  it('compares the approach with its general text, in the Approach card, and says so', () => {
    renderFor(concept);
    const approach = part('Approach');
    expect(within(approach).getByText(/The guide labels no approach part; this is its explanation/)).toBeVisible();
    expect(within(approach).getByText('Concept')).toBeVisible();
    expect(within(approach).getByText('A closure keeps the variables of the scope it was made in.')).toBeVisible();
    expect(within(approach).queryByText('Generic STAR prompt')).not.toBeInTheDocument();
    // Shown once: not again as a card of its own after the checklists.
    expect(screen.getAllByText('A closure keeps the variables of the scope it was made in.')).toHaveLength(1);
    expect(part('Follow-Up Points')).toBeVisible();
  });

  it('keeps the general text as its own card when the guide labels an approach', () => {
    renderFor({
      ...concept,
      sections: [...concept.sections, { kind: 'approach', label: 'Steps', markdown: '1. Call the factory.' }],
    });
    expect(within(part('Approach')).queryByText(/labels no approach part/)).not.toBeInTheDocument();
    expect(
      within(part('Concept')).getByText('A closure keeps the variables of the scope it was made in.'),
    ).toBeVisible();
  });
});

describe('RevealPanel: nested parts and the answer as written', () => {
  it('shows the wrapper each part sat in as a sub-heading above its text, in each card', () => {
    renderFor(scenarios);
    const context = part('Context');
    expect(
      within(context)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Scenario 1: Implementing Salesforce for lead tracking', 'Scenario 2: Migrating billing']);
    const text = context.textContent!;
    expect(text.indexOf('Scenario 1')).toBeLessThan(text.indexOf('Leads were tracked'));
    expect(text.indexOf('Leads were tracked')).toBeLessThan(text.indexOf('Scenario 2'));
    expect(text.indexOf('Scenario 2')).toBeLessThan(text.indexOf('Billing ran on a legacy system'));
    expect(within(part('Approach')).getByRole('heading', { level: 4 })).toHaveTextContent('Scenario 1');
    expect(within(part('Follow-up Points')).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Scenario 2: Migrating billing',
    );
  });

  it('groups checklist items under their scenario, keeping the stored order of ticks', async () => {
    const user = userEvent.setup();
    renderFor(scenarios);
    const practices = screen.getByRole('region', { name: 'Best practices' });
    expect(
      within(practices)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Scenario 1: Implementing Salesforce for lead tracking', 'Scenario 2: Migrating billing']);
    const freeze = within(practices).getByRole('checkbox', { name: 'I covered this Freeze changes during cut-over' });
    expect(freeze).toHaveAccessibleDescription('Scenario 2: Migrating billing');
    await user.click(freeze);
    // Section order, then item order: the third item, as before sections had scenarios.
    expect(stored().practicesCovered).toEqual([2]);
    await user.click(within(practices).getByRole('checkbox', { name: 'I covered this Start small' }));
    expect(stored().practicesCovered).toEqual([0, 2]);
  });

  it('offers the model answer as written behind a collapsed disclosure', async () => {
    const user = userEvent.setup();
    renderFor(scenarios);
    const toggle = screen.getByRole('button', { name: 'Model answer as written' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('Leads were tracked in spreadsheets.', { selector: 'li' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(
      within(body).getByText('Scenario 1: Implementing Salesforce for lead tracking', { selector: 'strong' }),
    ).toBeVisible();
    expect(within(body).getByText('Situation', { selector: 'strong' })).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(body).not.toBeInTheDocument();
  });

  it('has no such disclosure when the guide gives no answer as written', () => {
    renderFor({ ...scenarios, asWritten: '  ' });
    expect(screen.queryByRole('button', { name: 'Model answer as written' })).not.toBeInTheDocument();
  });
});

describe('RevealPanel: a question with no model answer', () => {
  const bare: Question = {
    ...closures,
    id: 'sample-engineer--q11',
    text: 'How would you debug a memory leak?',
    sections: [],
  };

  it('says so plainly, does not claim a model answer, and rates against the generic prompts', async () => {
    const user = userEvent.setup();
    renderFor(bare);
    expect(screen.getByText('This guide has no model answer for this question.').closest('p')).toHaveTextContent(
      'This guide has no model answer for this question. Rate your answer against what a good answer covers in each part.',
    );
    expect(screen.getByText(/^Question from/)).toHaveTextContent('Question from Sample Engineer Interview Preparation');
    expect(screen.queryByText(/^Model answer from/)).not.toBeInTheDocument();
    expect(within(part('Approach')).getByText(PART_INFO.approach.prompt)).toBeVisible();
    expect(within(part('Example')).getByText('Generic STAR prompt')).toBeVisible();
    // A technical question with no model answer: Context and Outcome start as "doesn't apply".
    expect(notApplicable('Context')).toBeChecked();
    expect(notApplicable('Outcome')).toBeChecked();
    expect(notApplicable('Example')).not.toBeChecked();

    await user.click(level('Approach', 2));
    await user.click(level('Example', 3));
    expect(stored().grade).toBe('good');
    expect(scoreText()).toHaveTextContent('Score 63/100');
  });

  it('keeps all four parts for a behavioural question with no model answer', () => {
    renderFor({ ...bare, category: 'Behavioral', text: 'Tell me about a time you failed.' });
    expect(screen.getByText(/This guide has no model answer/)).toBeVisible();
    for (const label of ['Context', 'Approach', 'Example', 'Outcome']) {
      expect(notApplicable(label)).not.toBeChecked();
      expect(ratingGroup(label)).toBeVisible();
    }
  });
});
