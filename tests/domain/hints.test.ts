import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { detectParts, MAX_EVIDENCE_CHARS, MAX_EVIDENCE_PER_PART, termCoverage } from '@/domain/hints';
import { formatDuration, speakingTimeSec, wordCount } from '@/domain/measures';
import { RUBRIC_PARTS, type RubricPart } from '@/domain/model';

import labelled from '../fixtures/hints/answers.json';

const STAR_ANSWER =
  'When I was at my previous company, our team shipped releases by hand and they broke often. ' +
  'I decided to automate it: first I mapped every manual step, then I built a pipeline in GitHub Actions with Priya, our QA lead. ' +
  'As a result, releases went from 3 days to 40 minutes and failed deployments dropped by 80%.';

const present = (text: string) => Object.fromEntries(RUBRIC_PARTS.map((p) => [p, detectParts(text)[p].present]));
/** The parts found, as initials in rubric order: "caeo" for all four, "" for none. */
const found = (text: string) => {
  const parts = detectParts(text);
  return RUBRIC_PARTS.filter((p) => parts[p].present)
    .map((p) => p[0])
    .join('');
};

/** Every snippet is the answer's own text, cut only where "…" says so. */
function expectVerbatim(text: string) {
  const parts = detectParts(text);
  for (const p of RUBRIC_PARTS) {
    expect(parts[p].present).toBe(parts[p].evidence.length > 0);
    expect(parts[p].evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE_PER_PART);
    for (const e of parts[p].evidence) {
      expect(e.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
      for (const piece of e.split('…').filter(Boolean)) expect(text).toContain(piece);
    }
  }
}

describe('detectParts', () => {
  it('finds nothing in an empty or blank answer', () => {
    for (const text of ['', '   \n\n  ', '...', '- \n- ']) {
      const parts = detectParts(text);
      for (const p of RUBRIC_PARTS) expect(parts[p]).toEqual({ present: false, evidence: [] });
    }
  });

  it('finds all four parts in a STAR answer, with snippets from it', () => {
    const parts = detectParts(STAR_ANSWER);
    expect(present(STAR_ANSWER)).toEqual({ context: true, approach: true, example: true, outcome: true });
    expect(parts.context.evidence[0]).toBe('When I was at my previous company, our team shipped…');
    expect(parts.approach.evidence[0]).toMatch(/^I decided to automate it/);
    expect(parts.outcome.evidence.join(' ')).toContain('80%');
  });

  it('quotes the answer verbatim in snippets of at most 60 characters', () => {
    const parts = detectParts(STAR_ANSWER);
    for (const p of RUBRIC_PARTS) {
      expect(parts[p].evidence.length).toBeLessThanOrEqual(3);
      for (const e of parts[p].evidence) {
        expect(e.length).toBeLessThanOrEqual(60);
        for (const piece of e.split('…').filter(Boolean)) expect(STAR_ANSWER).toContain(piece);
      }
    }
  });

  it('returns short sentences whole and does not repeat a sentence for cues inside one snippet', () => {
    // The second sentence has two context cues ("our team of four", "was behind"): one snippet.
    const parts = detectParts('Our clinic kept losing patients. Our team of four was behind.');
    expect(parts.context.evidence).toEqual(['Our clinic kept losing patients.', 'Our team of four was behind.']);
  });

  it('detects context from time and place markers', () => {
    expect(detectParts('Last year, at a fintech startup, payments kept failing.').context.present).toBe(true);
    expect(detectParts('In 2021 the situation was tense.').context.evidence).toEqual([
      'In 2021 the situation was tense.',
    ]);
    expect(detectParts('Caching stores data closer to the reader.').context.present).toBe(false);
  });

  it('detects an approach from decisions, ordered steps and numbered lists', () => {
    expect(detectParts("I'd start by asking who uses the report.").approach.present).toBe(true);
    expect(detectParts('First, gather the logs; then compare them with the baseline.').approach.present).toBe(true);
    expect(detectParts('1. Gather logs\n2. Compare with the baseline\n3. Fix').approach.evidence).toEqual([
      'Gather logs',
      'Compare with the baseline',
      'Fix',
    ]);
    // A single numbered line is not a sequence of steps.
    expect(detectParts('1. Gather logs').approach.present).toBe(false);
  });

  it('detects bulleted steps that say what was done', () => {
    const parts = detectParts('- Mapped the manual steps\n- Built a pipeline\n- need more tests');
    expect(parts.approach.evidence).toEqual(['Mapped the manual steps', 'Built a pipeline']);
  });

  it('detects examples from first-person past tense, dates and named things', () => {
    expect(detectParts('i rewrote the parser over a weekend').example.present).toBe(true);
    expect(detectParts('For example, the login page.').example.evidence).toEqual(['For example, the login page.']);
    expect(detectParts('The migration finished in March 2022.').example.present).toBe(true);
    expect(detectParts('We moved our billing to Stripe.').example.present).toBe(true);
    // Present tense that merely ends in "-ed" is not an example.
    expect(detectParts('I need a plan and we proceed carefully.').example.present).toBe(false);
    // "may" is a verb, not a month.
    expect(detectParts('It may help to cache.').example.present).toBe(false);
    // Capitalised words at the start of a sentence are not names.
    expect(detectParts('Caching helps. Indexes help too.').example.present).toBe(false);
  });

  it('detects outcomes from result words and figures', () => {
    expect(detectParts('it reduced churn').outcome.present).toBe(true);
    expect(detectParts('Conversion rose 12 percent.').outcome.evidence).toEqual(['Conversion rose 12 percent.']);
    expect(detectParts('We billed $40k more.').outcome.present).toBe(true);
    expect(detectParts('Builds got 3x faster.').outcome.present).toBe(true);
    expect(detectParts('Load time went from 4s to 1s').outcome.present).toBe(true);
    expect(detectParts('Caching stores data closer to the reader.').outcome.present).toBe(false);
  });

  it('cuts long sentences around the cue and marks the cuts', () => {
    const long =
      'Over the following several weeks of careful and patient negotiation with every single one of the vendors we saved 30% on licences.';
    const [snippet] = detectParts(long).outcome.evidence;
    expect(snippet).toBeDefined();
    expect(snippet!.length).toBeLessThanOrEqual(60);
    expect(snippet).toMatch(/^…/);
    expect(snippet).toContain('saved 30%');
  });

  it('handles markdown bullets and punctuation without leaking the markers', () => {
    const parts = detectParts('* **Result:** cut costs by 20%\n* Our team of four was behind');
    expect(parts.outcome.evidence[0]).toBe('**Result:** cut costs by 20%');
    expect(parts.context.evidence).toEqual(['Our team of four was behind']);
  });
});

describe('detectParts: the forms answers come in', () => {
  it('credits Situation and Task to the context, not to the example', () => {
    const answer =
      'Situation: Our ward was short of two nurses every weekend in March.\n' +
      'Task: I had to cover the rota without agency staff.\n' +
      'Action: I built a self-rostering sheet in Excel and asked the bank team to fill the gaps.\n' +
      'Result: No shift went unfilled for eight weeks.';
    const parts = detectParts(answer);
    expect(found(answer)).toBe('caeo');
    expect(parts.context.evidence).toEqual([
      'Situation: Our ward was short of two nurses every weekend…',
      'Task: I had to cover the rota without agency staff.',
    ]);
    expect(parts.example.evidence.join(' ')).not.toMatch(/Situation|Task/);
    expect(parts.outcome.evidence).toEqual(['Result: No shift went unfilled for eight weeks.']);
  });

  it('reads S:/T:/A:/R: shorthand, "Task -" dashes, bold labels and "In the end"', () => {
    expect(
      found(
        'S: clients complained about slow invoices. T: speed them up. A: I moved billing to GoCardless. R: invoices were paid 9 days sooner.',
      ),
    ).toBe('caeo');
    const dashes =
      'Task - migrate 3 legacy databases before the licence expired\n' +
      'Action - wrote the migration scripts and ran them over two weekends\n' +
      'Result - migrated on time with no data loss';
    expect(found(dashes)).toBe('caeo');
    expect(detectParts(dashes).context.evidence).toEqual([
      'Task - migrate 3 legacy databases before the licence expired',
    ]);
    expect(detectParts('**Result**: churn fell from 7% to 4%.').outcome.evidence).toEqual([
      '**Result**: churn fell from 7% to 4%.',
    ]);
    expect(detectParts('In the end the client renewed for three years.').outcome.present).toBe(true);
  });

  it('credits nothing for labels around filler, and keeps a Situation’s figures out of the outcome', () => {
    const filler =
      'Situation: We had some problems at work.\nTask: I had to fix them.\nAction: I worked on them with my team.\nResult: It went well.';
    expect(found(filler)).toBe('');
    expect(found('In the end, it all worked out.')).toBe('');
    expect(found('Result: everyone was happy.')).toBe('');
    expect(found('Situation: sales at our Leeds store were down 30% on last year.')).toBe('c');
  });

  it('reads bullet answers: a labelled item speaks for itself, verbs start steps', () => {
    const story =
      '- Context: invoices took 14 days to approve at my last company\n' +
      '- Mapped the approval chain and found three unnecessary sign-offs\n' +
      '- Removed two of them with the CFO and set up e-approval in Xero\n' +
      '- Approval time dropped to 4 days';
    expect(found(story)).toBe('caeo');
    expect(detectParts(story).approach.evidence[0]).toBe('Mapped the approval chain and found three unnecessary…');
    // A plan of steps, not a story: an approach without an example.
    expect(found('- Reproduce it locally\n- Bisect the recent commits\n- Add a regression test')).toBe('a');
    expect(found('- organised\n- punctual\n- good with people')).toBe('');
  });

  it('reads dictated text without punctuation or capitals', () => {
    const dictated =
      'so basically when i was working at the council we had loads of complaints about bins not being collected ' +
      'so i mapped all the routes and found two crews were doubling up and i changed the rota and complaints dropped by about a third';
    expect(found(dictated)).toBe('caeo');
    expectVerbatim(dictated);
    const spokenLabels =
      'situation the ward was short staffed at weekends task cover the rota action i set up self rostering ' +
      'and used bank staff for the gaps result no shifts went unfilled for two months';
    expect(found(spokenLabels)).toBe('caeo');
    expect(detectParts(spokenLabels).context.evidence[0]).toMatch(/^situation the ward was short staffed/);
  });

  it('does not credit vague filler', () => {
    expect(found('we had some goals and worked on them')).toBe('');
    expect(found('We had some goals and we worked on them. It went well and everyone was happy.')).toBe('');
    expect(found('There was a situation at work. I handled it professionally and it worked out fine.')).toBe('');
    expect(found('I always give 100% and I am a real team player.')).toBe('');
    expect(found('i think i would just talk to them and try to sort it out')).toBe('');
  });

  it('finds no story in explanations, and no result in a plan or a hypothesis', () => {
    expect(found('A queue decouples producers from consumers, so it reduces load and improves resilience.')).toBe('');
    expect(found('An index is stored as a B-tree and is updated on every write, so inserts are slower.')).toBe('');
    expect(found('If sales dropped by 20%, I would look at the funnel first.')).toBe('a');
    expect(found('To reduce costs by 20% I would renegotiate the supplier contracts.')).toBe('a');
    expect(found('For instance, a cache in front of the API can absorb most repeated reads.')).toBe('e');
  });

  it('takes a story’s closing sentence as its outcome, even without a result word', () => {
    const answer =
      'A toddler came into our surgery after swallowing a button battery. I arranged an X-ray within ten minutes and ' +
      'called the paediatric team. The battery was removed that evening and she went home the next day.';
    expect(found(answer)).toBe('caeo');
    expect(detectParts(answer).outcome.evidence[0]).toMatch(/^The battery was removed/);
  });

  it('never throws and always quotes the answer verbatim', () => {
    const pieces = [
      'Situation:',
      'S:',
      'Task -',
      '**Result**:',
      'In the end',
      'I',
      'i',
      'we',
      'cut',
      'by',
      '20%',
      'from 3 to 1',
      'at a hospital',
      'when I was',
      '\n',
      '- ',
      '1. ',
      '.',
      ',',
      'so',
      'and',
      'fell',
      'For example,',
      'kept failing',
      'I’d',
      'map the steps',
      '…',
      'A.',
      'R -',
      '**',
      ':',
      '  ',
      'e.g.',
      'Q3',
      'March 2020',
      '$5k more',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.boolean(), (list, tight) => {
        expectVerbatim(list.join(tight ? '' : ' '));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => expectVerbatim(text)),
      { numRuns: 300 },
    );
  });
});

describe('detectParts on the labelled answers (tests/fixtures/hints/answers.json)', () => {
  interface Labelled {
    id: string;
    split: string;
    answer: string;
    parts: Record<RubricPart, boolean>;
  }
  const answers: Labelled[] = labelled.answers;

  /** Per part, precision and recall of `present` against the hand labels. */
  function scores(list: Labelled[]) {
    const detected = list.map((a) => detectParts(a.answer));
    return Object.fromEntries(
      RUBRIC_PARTS.map((part) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        list.forEach((a, i) => {
          const said = detected[i]![part].present;
          if (said && a.parts[part]) tp++;
          else if (said) fp++;
          else if (a.parts[part]) fn++;
        });
        return [part, { precision: tp / (tp + fp), recall: tp / (tp + fn) }];
      }),
    ) as Record<RubricPart, { precision: number; recall: number }>;
  }

  it('is a set of at least 150 answers with a held-out split', () => {
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((a) => a.id)).size).toBe(answers.length);
    const check = answers.filter((a) => a.split === 'check').length;
    expect(check).toBeGreaterThanOrEqual(50);
    expect(answers.every((a) => a.split === 'check' || a.split === 'tune')).toBe(true);
  });

  it('finds each part with precision and recall of at least 0.9, and holds up on the held-out answers', () => {
    const all = scores(answers);
    for (const part of RUBRIC_PARTS) {
      expect({ part, ...all[part] }).toEqual({
        part,
        precision: expect.toSatisfy((v: number) => v >= 0.9),
        recall: expect.toSatisfy((v: number) => v >= 0.9),
      });
    }
    const heldOut = scores(answers.filter((a) => a.split === 'check'));
    for (const part of RUBRIC_PARTS) {
      expect({ part, ...heldOut[part] }).toEqual({
        part,
        precision: expect.toSatisfy((v: number) => v >= 0.85),
        recall: expect.toSatisfy((v: number) => v >= 0.85),
      });
    }
  });

  it('quotes every labelled answer verbatim', () => {
    for (const a of answers) expectVerbatim(a.answer);
  });
});

describe('termCoverage', () => {
  it('matches terms by stems, in any word form and order', () => {
    expect(
      termCoverage('We negotiated new contracts with suppliers.', ['contract negotiation', 'supplier', 'pricing']),
    ).toEqual({
      used: ['contract negotiation', 'supplier'],
      missed: ['pricing'],
    });
  });

  it('needs every word of a phrase', () => {
    expect(termCoverage('The root problem was memory.', ['root cause'])).toEqual({ used: [], missed: ['root cause'] });
  });

  it('matches technical tokens and ignores case and markdown', () => {
    expect(termCoverage('Set up **CI/CD** in C++', ['ci/cd', 'C++'])).toEqual({ used: ['ci/cd', 'C++'], missed: [] });
  });

  it('handles an empty answer, no terms and empty terms', () => {
    expect(termCoverage('', ['latency'])).toEqual({ used: [], missed: ['latency'] });
    expect(termCoverage('anything', [])).toEqual({ used: [], missed: [] });
    expect(termCoverage('anything', ['', '  '])).toEqual({ used: [], missed: [] });
  });
});

describe('word count and time', () => {
  it('counts words, ignoring markdown and punctuation', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n ')).toBe(0);
    expect(wordCount('Hello, world!')).toBe(2);
    expect(wordCount('- **Bold** item\n- second item — done.')).toBe(5);
    expect(wordCount("I don't use C++ or CI/CD")).toBe(6);
  });

  it('estimates speaking time at 130 words a minute', () => {
    expect(speakingTimeSec(0)).toBe(0);
    expect(speakingTimeSec(130)).toBe(60);
    expect(speakingTimeSec(260)).toBe(120);
    expect(speakingTimeSec(1)).toBe(0); // 0.46 s
    expect(speakingTimeSec(2)).toBe(1); // 0.92 s
    expect(speakingTimeSec(100)).toBe(46);
    expect(speakingTimeSec(-5)).toBe(0);
    expect(speakingTimeSec(Number.NaN)).toBe(0);
  });

  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [12_000, '12 s'],
    [59_999, '59 s'],
    [60_000, '1:00'],
    [65_000, '1:05'],
    [12 * 60_000, '12:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-1000, '0 s'],
    [Number.NaN, '0 s'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
