import { describe, expect, it } from 'vitest';

import { hasNumber, storyWarnings } from '@/domain/stories';

import { aQuestion, aStory } from './builders';

describe('hasNumber', () => {
  it.each([
    'Increased revenue 20%',
    'Saved $40k a year',
    'Cut the backlog from 300 tickets to 12',
    'Sign-ups doubled within a quarter',
    'We halved the time to deploy',
    'Three teams adopted it',
    'Cut waiting times by half',
    'Churn fell by ten per cent',
    'Costs fell tenfold',
    'Thousands of customers kept their service',
  ])('finds a number in “%s”', (text) => {
    expect(hasNumber(text)).toBe(true);
  });

  it.each(['Improved things', 'The client was happy and we became one team', '', 'Everyone said it went well'])(
    'finds none in “%s”',
    (text) => {
      expect(hasNumber(text)).toBe(false);
    },
  );
});

describe('storyWarnings', () => {
  const questions = [1, 2, 3, 4, 5].map((n) => aQuestion(`Question ${n}?`));
  const ids = questions.map((q) => q.id);

  it('flags a story linked to more than maxUses of the interview’s questions', () => {
    const overused = aStory({ title: 'The outage', result: 'Back up in 20 minutes.', questionIds: ids.slice(0, 4) });
    const fine = aStory({ result: 'Saved 3 days.', questionIds: [ids[4]!] });
    const warnings = storyWarnings([overused, fine], questions);
    expect(warnings.filter((w) => w.kind === 'overused')).toEqual([
      { kind: 'overused', storyId: overused.id, message: expect.stringContaining('“The outage” answers 4 questions') },
    ]);
    expect(storyWarnings([overused, fine], questions, { maxUses: 4 }).some((w) => w.kind === 'overused')).toBe(false);
  });

  it('counts only the questions of this interview, each once', () => {
    const story = aStory({
      result: 'Saved 3 days.',
      questionIds: [ids[0]!, ids[0]!, ids[1]!, 'other-guide--a', 'other-guide--b', 'other-guide--c'],
    });
    expect(storyWarnings([story], questions).filter((w) => w.kind === 'overused')).toEqual([]);
  });

  it('lists each question of the interview that no story answers', () => {
    const story = aStory({ result: 'Up 12%.', questionIds: [ids[0]!, ids[2]!] });
    const noStory = storyWarnings([story], questions).filter((w) => w.kind === 'no-story');
    expect(noStory.map((w) => w.questionId)).toEqual([ids[1], ids[3], ids[4]]);
    expect(noStory[0]!.message).toBe('No story for “Question 2?” yet. Link one, or write one for it.');
    expect(noStory.every((w) => w.storyId === undefined)).toBe(true);
  });

  it('flags a story whose result has no number, or no result at all', () => {
    const vague = aStory({ title: 'Vague', result: 'Improved things a lot.' });
    const empty = aStory({ title: 'Empty', result: '  ' });
    const measured = aStory({ title: 'Measured', result: 'Increased revenue 20%.' });
    const warnings = storyWarnings([vague, empty, measured], []).filter((w) => w.kind === 'no-number');
    expect(warnings.map((w) => w.storyId)).toEqual([vague.id, empty.id]);
    expect(warnings[0]!.message).toMatch(/^The result of “Vague” has no number/);
    expect(warnings[1]!.message).toMatch(/^“Empty” has no result yet/);
  });

  it('gives nothing to fix when every question has a story, told few times, with numbers', () => {
    const a = aStory({ result: 'Doubled sign-ups.', questionIds: ids.slice(0, 3) });
    const b = aStory({ result: 'Saved £2m.', questionIds: ids.slice(3) });
    expect(storyWarnings([a, b], questions)).toEqual([]);
  });
});
