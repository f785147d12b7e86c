import { describe, expect, it } from 'vitest';

import { deliverySpans, transcriptFigures } from '@/domain/delivery';

/** The terms found, as written in the text, with their kinds. */
function found(text: string): string[] {
  return deliverySpans(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

const fillers = (text: string) =>
  deliverySpans(text)
    .filter((s) => s.kind === 'filler')
    .map((s) => s.term);

describe('fillers', () => {
  it('counts the sounds, drawn out or not, but not the ER', () => {
    expect(fillers('Um, so, uh, I think erm we er shipped it. Ummm. Uhh.')).toEqual([
      'um',
      'uh',
      'erm',
      'er',
      'um',
      'uh',
    ]);
    expect(fillers('She was taken to the ER that night.')).toEqual([]);
  });

  it('counts "basically" wherever it is', () => {
    expect(fillers('It basically works. Basically, yes.')).toEqual(['basically', 'basically']);
  });

  it('counts "like" only where it is set off as a filler', () => {
    expect(fillers('And then, like, the build broke.')).toEqual(['like']);
    expect(fillers('Like, we had no tests at all.')).toEqual(['like']);
    expect(fillers('I was like, um, what now?')).toEqual(['like', 'um']);
    expect(fillers("It's like, you know, a queue.")).toEqual(['like', 'you know']);
    expect(fillers('and like um we waited')).toEqual(['like', 'um']);
  });

  it('never counts "like" as a verb or a preposition', () => {
    const clean = [
      'I like working with people who like a challenge.',
      'I would like to talk about the outage.',
      "I'd like, if I may, to add one thing.",
      'She likes clear specs, and he liked them too.',
      'It looks like a memory leak.',
      'Something like that, yes.',
      'We did it just like the last time.',
      'It was kind of like a queue.',
      'Teams like ours, like, small ones, ship faster.',
      "I know what it's like, trust me.",
      'Like I said, the cache was cold.',
      'That is what it was like.',
      'Things I like, such as tests, make me faster.',
      'Tools like Jira, Linear and GitHub.',
    ];
    // The one true filler in the list: "ours, like, small ones".
    expect(clean.flatMap(fillers)).toEqual(['kind of', 'like']);
  });

  it('counts "kind of" as the hedge, not the noun', () => {
    expect(fillers('It was kind of hard. I kind of led it. We kinda rushed.')).toEqual([
      'kind of',
      'kind of',
      'kind of',
    ]);
    expect(
      fillers(
        'What kind of database? A kind of cache. The kind of problem this kind of team sees. Any kind of test helps.',
      ),
    ).toEqual([]);
  });

  it('counts "you know" and "I mean" only as asides', () => {
    expect(fillers('So, you know, we shipped. It was late, you know.')).toEqual(['you know', 'you know']);
    expect(fillers('I mean, it worked. And I mean, it still does.')).toEqual(['I mean', 'I mean']);
    const clean = [
      'Do you know how the queue works?',
      'As you know, the team was new.',
      'Everything you know.',
      'You know the answer already.',
      'That is not what I mean.',
      'I mean it when I say that.',
      'What I mean is the cache.',
    ];
    expect(clean.flatMap(fillers)).toEqual([]);
  });
});

describe('hedges', () => {
  it('counts the short list and nothing else', () => {
    const spans = deliverySpans('I think maybe we should. I guess so. I suppose it sort of worked. Maybe. Probably.');
    expect(spans.filter((s) => s.kind === 'hedge').map((s) => s.term)).toEqual([
      'I think maybe',
      'I guess',
      'I suppose',
      'sort of',
    ]);
    expect(deliverySpans('What sort of queue? This sort of thing. I think the queue.')).toEqual([]);
  });
});

describe('repeats', () => {
  it('finds words said twice, across commas and case, but not across sentences', () => {
    expect(found('The the cache was, was cold. I, I fixed it. It was in. In the end.')).toEqual([
      'repeat:The the',
      'repeat:was, was',
      'repeat:I, I',
    ]);
  });

  it('leaves doubles English uses on purpose, numbers and doubled fillers', () => {
    expect(found('He had had enough. I said that that was fine. It is what it is is.')).toEqual([]);
    expect(found('It took 2 2 hours.')).toEqual([]);
    expect(found('Um um, yes.')).toEqual(['filler:Um', 'filler:um']);
  });

  it('counts a run of three as two repeats in one span', () => {
    const text = 'the the the point';
    expect(found(text)).toEqual(['repeat:the the the']);
    expect(transcriptFigures(text, 60000).repeatCount).toBe(2);
  });
});

describe('deliverySpans', () => {
  it('gives sorted, non-overlapping offsets into the text', () => {
    const text = 'Um, so, like, I kind of, you know, the the thing. I guess.';
    const spans = deliverySpans(text);
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end)])).toEqual([
      ['filler', 'Um'],
      ['filler', 'like'],
      ['filler', 'kind of'],
      ['filler', 'you know'],
      ['repeat', 'the the'],
      ['hedge', 'I guess'],
    ]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });

  it('handles curly apostrophes and empty text', () => {
    expect(found('It’s like, fine.')).toEqual(['filler:like']);
    expect(deliverySpans('')).toEqual([]);
    expect(deliverySpans('   ')).toEqual([]);
  });
});

describe('transcriptFigures', () => {
  it('takes pace and fillers over the speaking time', () => {
    // 11 words over 6 s: 110 a minute; 2 fillers over 0.1 min: 20 a minute.
    const f = transcriptFigures('Um, we moved the billing service to Postgres, um, in March.', 6000);
    expect(f).toEqual({
      words: 11,
      wpm: 110,
      fillerCount: 2,
      fillersPerMin: 20,
      fillers: [{ term: 'um', count: 2 }],
      hedgeCount: 0,
      hedges: [],
      repeatCount: 0,
    });
  });

  it('counts words as the app does', () => {
    expect(transcriptFigures('C++ and CI/CD, **bold** words', 60000).words).toBe(5);
  });

  it('rounds pace to a whole number and fillers to one decimal', () => {
    const f = transcriptFigures('one two three um', 7000);
    expect(f.wpm).toBe(34);
    expect(f.fillersPerMin).toBe(8.6);
  });

  it('has no pace without speaking time or words', () => {
    expect(transcriptFigures('Some words here.', 0)).toMatchObject({ words: 3, wpm: null, fillersPerMin: null });
    expect(transcriptFigures('', 30000)).toMatchObject({ words: 0, wpm: null, fillersPerMin: 0 });
    expect(transcriptFigures('Words.', Number.NaN)).toMatchObject({ wpm: null, fillersPerMin: null });
  });

  it('lists the most frequent terms first', () => {
    const f = transcriptFigures('Like, um, so, um, you know, basically it sort of worked, sort of.', 60000);
    expect(f.fillers).toEqual([
      { term: 'um', count: 2 },
      { term: 'basically', count: 1 },
      { term: 'like', count: 1 },
      { term: 'you know', count: 1 },
    ]);
    expect(f.hedges).toEqual([{ term: 'sort of', count: 2 }]);
    expect(f.hedgeCount).toBe(2);
  });
});
