import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { type Attempt, type ExportFile, RECORD_VERSIONS, SCHEMA_VERSION } from '@/domain/model';
import {
  exportJson,
  exportMarkdown,
  MAX_PROBLEMS,
  parseExport,
  planImport,
  quoteBlock,
  type QuestionInfo,
  type StoredRecords,
} from '@/domain/transfer';

const fixtures = import.meta.glob<string>('../fixtures/imports/*', { query: '?raw', import: 'default', eager: true });
function fixture(name: string): string {
  const text = fixtures[`../fixtures/imports/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

function problemsOf(text: string, context?: Parameters<typeof parseExport>[1]): string[] {
  const result = parseExport(text, context);
  if (result.ok) throw new Error('expected problems, got a valid file');
  return result.problems;
}

function validFile(): ExportFile {
  const result = parseExport(fixture('valid.json'));
  if (!result.ok) throw new Error(`valid.json has problems: ${result.problems.join('; ')}`);
  return result.file;
}

describe('parseExport: fixtures', () => {
  it('accepts the valid export with every record', () => {
    const file = validFile();
    expect(file.sessions.map((s) => s.id)).toEqual(['session-a', 'session-b']);
    expect(file.attempts).toHaveLength(4);
    expect(file.schedules[0]?.card.state).toBe(2);
    expect(file.plans[0]?.interviewDate).toBe('2025-04-01');
    expect(file.settings.theme).toBe('dark');
  });

  it('says when the file is not JSON', () => {
    const [problem, ...rest] = problemsOf(fixture('not-json.json'));
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^This file isn't valid JSON/);
  });

  it('says when the JSON is cut off', () => {
    expect(problemsOf(fixture('truncated.json'))).toEqual([expect.stringMatching(/^The file is cut off/)]);
  });

  it('recognises a foreign JSON file', () => {
    expect(problemsOf(fixture('foreign.json'))).toEqual([
      'This isn\'t a Rehearse export: it has no "format": "rehearse-export" field.',
    ]);
  });

  it('says when the export comes from a newer version', () => {
    expect(problemsOf(fixture('newer-version.json'))).toEqual([
      expect.stringContaining('made by a newer version of Rehearse (format version 2)'),
    ]);
  });

  it('lists each field of the wrong shape with its path and value', () => {
    expect(problemsOf(fixture('wrong-shape.json'))).toEqual([
      'sessions[1].createdAt: missing (expected a number)',
      'sessions[1].questionIds: expected a list, got "sample-engineer--q1"',
      'sessions[1].status: expected one of "active", "completed" or "abandoned", got "paused"',
      'attempts[0].skipped: expected true or false, got "no"',
      'plans[0].interviewDate: expected a date as YYYY-MM-DD, got "1 April"',
    ]);
  });

  it('reports ratings out of range', () => {
    expect(problemsOf(fixture('ratings-out-of-range.json'))).toEqual([
      'attempts[1].ratings.context: expected 0–4 or "na" (doesn\'t apply), got -1',
      'attempts[3].ratings.outcome: expected 0–4 or "na" (doesn\'t apply), got 7',
    ]);
  });

  it('reports ids used twice in the file', () => {
    expect(problemsOf(fixture('duplicate-ids.json'))).toEqual([
      'attempts[0], attempts[2]: the same id "attempt-1" appears 2 times',
    ]);
  });

  it('rejects an attempt whose session is neither in the file nor stored, and accepts it when stored', () => {
    const text = fixture('orphan-attempt.json');
    expect(problemsOf(text)).toEqual([
      'attempts[1].sessionId: session "session-gone" is neither in the file nor stored here',
    ]);
    expect(problemsOf(text, { hasSession: (id) => id === 'other' })).toHaveLength(1);
    expect(parseExport(text, { hasSession: (id) => id === 'session-gone' }).ok).toBe(true);
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const problems = problemsOf(fixture('many-problems.json'));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toBe('attempts[0].source: expected one of "typed", "dictated" or "mixed", got "telepathy"');
    expect(problems.at(-1)).toBe('…and 10 more problems.');
  });
});

describe('parseExport: edge cases', () => {
  // The edits deliberately break the types, so the data is untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Loose = Record<string, any>;
  const edit = (change: (data: Loose) => void) => {
    const data = JSON.parse(fixture('valid.json')) as Loose;
    change(data);
    return JSON.stringify(data);
  };

  it('says an empty file is empty', () => {
    expect(problemsOf('  \n')).toEqual(['The file is empty.']);
  });

  it('treats JSON that is not an object as foreign', () => {
    expect(problemsOf('[1, 2]')[0]).toMatch(/^This isn't a Rehearse export/);
    expect(problemsOf('"rehearse-export"')[0]).toMatch(/^This isn't a Rehearse export/);
  });

  it('refuses a timestamp that is a number but no valid date, naming the record and field', () => {
    const problems = problemsOf(
      edit((d) => {
        d.sessions[1].createdAt = 8_700_000_000_000_000;
        d.attempts[0].ratedAt = -1;
      }),
    );
    expect(problems).toEqual([
      'sessions[1].createdAt: expected a date from 1970 to 2199 (milliseconds since 1970), got 8700000000000000',
      'attempts[0].ratedAt: expected a date from 1970 to 2199 (milliseconds since 1970), got -1',
    ]);
  });

  it('rejects a non-integer or missing version without calling it newer', () => {
    expect(problemsOf(edit((d) => (d.version = '1')))).toEqual(['version: expected 1, got "1".']);
    expect(problemsOf(edit((d) => delete d.version))).toEqual(['version: expected 1, got nothing.']);
  });

  it('rejects numbers that are not finite, empty ids and over-long text', () => {
    const text = edit((d) => {
      d.attempts[0].id = '';
      d.attempts[1].answer = 'x'.repeat(100_001);
      d.sessions[0].questionIds[0] = 'q'.repeat(201);
    });
    // JSON has no Infinity, but 1e999 parses to it.
    const withInfinity = text.replace('"durationMs":95000', '"durationMs":1e999');
    expect(problemsOf(withInfinity)).toEqual([
      'sessions[0].questionIds[0]: longer than the 200 characters allowed (201)',
      'attempts[0].id: must not be empty',
      'attempts[0].durationMs: expected a number, got Infinity',
      'attempts[1].answer: longer than the 100000 characters allowed (100001)',
    ]);
  });

  it('rejects a record version it does not know and a current index past the questions', () => {
    expect(
      problemsOf(
        edit((d) => {
          d.attempts[2].schemaVersion = SCHEMA_VERSION + 1;
          d.sessions[1].schemaVersion = 0;
          d.sessions[0].currentIndex = 3;
        }),
      ),
    ).toEqual([
      'sessions[0].currentIndex: points past the last question, got 3',
      'sessions[1].schemaVersion: expected a schema version (a whole number from 1), got 0',
      `attempts[2].schemaVersion: made by a newer version of Rehearse (schema ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}). Update the app (reload the page) and try again.`,
    ]);
  });

  it('accepts parts marked "na" (doesn\'t apply) in current attempts, and an older export\'s version 1 attempts', () => {
    const result = parseExport(
      edit((d) => {
        d.attempts[0].schemaVersion = RECORD_VERSIONS.attempts;
        d.attempts[0].ratings = { context: 'na', approach: 3, example: 3, outcome: 'na' };
      }),
    );
    expect(result.ok && result.file.attempts[0]).toMatchObject({
      schemaVersion: RECORD_VERSIONS.attempts,
      ratings: { context: 'na', approach: 3, example: 3, outcome: 'na' },
    });
    // valid.json is an export of the version before: its attempts are version 1, and import brought up to date.
    expect((JSON.parse(fixture('valid.json')) as ExportFile).attempts.map((a) => a.schemaVersion)).toEqual([
      1, 1, 1, 1,
    ]);
    expect(validFile().attempts.map((a) => a.schemaVersion)).toEqual(Array(4).fill(RECORD_VERSIONS.attempts));
  });

  it('rejects an attempt where no part applies, or a made-up value', () => {
    expect(
      problemsOf(
        edit((d) => {
          d.attempts[0].ratings = { context: 'na', approach: 'na', example: 'na', outcome: 'na' };
          d.attempts[1].ratings.context = 'n/a';
        }),
      ),
    ).toEqual([
      'attempts[0].ratings: every part is "na" (doesn\'t apply); at least one must apply, got an object',
      'attempts[1].ratings.context: expected 0–4 or "na" (doesn\'t apply), got "n/a"',
    ]);
  });

  it('drops fields it does not know instead of passing them on', () => {
    const result = parseExport(edit((d) => (d.attempts[0].extra = '<script>')));
    expect(result.ok && 'extra' in result.file.attempts[0]!).toBe(false);
  });

  it('accepts a byte-order mark', () => {
    expect(parseExport(`\uFEFF${fixture('valid.json')}`).ok).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseExport(text);
          expect(result.ok || result.problems.length > 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
    // Truncating a valid file anywhere is always reported, never accepted.
    const valid = fixture('valid.json');
    for (let end = 1; end < valid.length - 2; end += 97) {
      const result = parseExport(valid.slice(0, end));
      expect(result.ok).toBe(false);
    }
  });
});

describe('exportJson', () => {
  it('round-trips: export → parse gives the same file', () => {
    const file = validFile();
    const again = parseExport(exportJson(file));
    expect(again).toEqual({ ok: true, file });
  });

  it('is stable: key order does not depend on how the objects were built', () => {
    const file = validFile();
    const shuffled = JSON.parse(JSON.stringify(file), (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as ExportFile;
    expect(exportJson(shuffled)).toBe(exportJson(file));
    const text = exportJson(file);
    expect(text.startsWith('{\n  "format": "rehearse-export",\n  "version": 1,\n  "exportedAt"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('planImport', () => {
  const empty: StoredRecords = { sessions: {}, attempts: {}, schedules: {}, plans: {}, guides: {}, stories: {} };

  it('adds everything to an empty store', () => {
    expect(planImport(empty, validFile())).toEqual({
      add: { sessions: 2, attempts: 4, schedules: 1, plans: 1, guides: 0, stories: 0 },
      update: { sessions: 0, attempts: 0, schedules: 0, plans: 0, guides: 0, stories: 0 },
      unchanged: { sessions: 0, attempts: 0, schedules: 0, plans: 0, guides: 0, stories: 0 },
    });
  });

  it('updates only records the file has newer versions of', () => {
    const file = validFile();
    const [s0, s1] = file.sessions as [(typeof file.sessions)[0], (typeof file.sessions)[0]];
    const [a0, a1] = file.attempts as [Attempt, Attempt];
    const current: StoredRecords = {
      // Stored session-a is older → updated; stored session-b is newer → unchanged.
      sessions: { [s0.id]: { ...s0, updatedAt: s0.updatedAt - 1 }, [s1.id]: { ...s1, updatedAt: s1.updatedAt + 1 } },
      // attempt-1 was re-rated in the file after the stored copy; attempt-2 identical.
      attempts: { [a0.id]: { ...a0, ratedAt: a0.submittedAt }, [a1.id]: a1 },
      schedules: Object.fromEntries(file.schedules.map((s) => [s.questionId, s])),
      plans: {},
      guides: {},
      stories: {},
    };
    expect(planImport(current, file)).toEqual({
      add: { sessions: 0, attempts: 2, schedules: 0, plans: 1, guides: 0, stories: 0 },
      update: { sessions: 1, attempts: 1, schedules: 0, plans: 0, guides: 0, stories: 0 },
      unchanged: { sessions: 1, attempts: 1, schedules: 1, plans: 0, guides: 0, stories: 0 },
    });
  });

  it('does not mistake inherited object keys for stored records', () => {
    const file = validFile();
    file.sessions[0]!.id = 'constructor';
    expect(planImport(empty, file).add.sessions).toBe(2);
  });
});

describe('exportMarkdown', () => {
  const info: Record<string, QuestionInfo> = {
    'sample-engineer--q1': {
      text: 'Tell me about a late project',
      guideTitle: 'Sample Engineer',
      category: 'Behavioral',
    },
    'sample-engineer--q2': {
      text: 'How would you <b>debug</b> a slow page?',
      guideTitle: 'Sample Engineer',
      category: 'Technical',
    },
  };
  const lookup = (id: string) => info[id];
  const parse = (md: string) => unified().use(remarkParse).parse(md) as Root;
  const walk = (node: Root | RootContent, visit: (n: RootContent) => void) => {
    if (node.type !== 'root') visit(node);
    if ('children' in node) for (const child of node.children) walk(child, visit);
  };

  it('writes "unknown date" for a timestamp that is no date instead of failing', () => {
    const file = validFile();
    file.attempts[0] = { ...file.attempts[0]!, submittedAt: 8_700_000_000_000_000 };
    const md = exportMarkdown(file, lookup);
    expect(md).toContain('— unknown date');
    expect(md).toContain('## Sample Engineer');
  });

  it('shows per guide and question the latest and the best attempt', () => {
    const file = validFile();
    // A later, weaker answer to q1: the latest is no longer the best.
    file.attempts.push({
      ...file.attempts[2]!,
      id: 'attempt-5',
      answer: 'Third try, rushed.',
      submittedAt: file.attempts[2]!.submittedAt + 86_400_000,
      ratedAt: file.attempts[2]!.submittedAt + 86_500_000,
      ratings: { context: 2, approach: 1, example: 1, outcome: 0 },
      grade: 'again',
    });
    const md = exportMarkdown(file, lookup);
    expect(md).toContain('## Sample Engineer');
    expect(md).toContain('### Tell me about a late project');
    expect(md).toContain('*Behavioral · 3 attempts*');
    const q1 = md.slice(md.indexOf('### Tell me'), md.indexOf('### How would'));
    expect(q1.indexOf('**Latest**')).toBeLessThan(q1.indexOf('> Third try, rushed.'));
    expect(q1.indexOf('**Best**')).toBeLessThan(q1.indexOf('> Second try: I cut report time from 5 days to 1.'));
    expect(q1).toContain('Context 4/4 · Approach 3/4 · Example 3/4 · Outcome 4/4 — total 14/16 (88%)');
    expect(q1).toContain('- Grade: Again');
    expect(q1).not.toContain('At a 40-person agency'); // neither latest nor best
    // The question text from the bank is escaped too.
    expect(md).toContain('### How would you \\<b\\>debug\\</b\\> a slow page?');
    expect(md).toContain('**Latest and best** — 2025-03-01 09:02 UTC');
    // Skipped attempts are not answers.
    expect(md).not.toContain('sample-engineer--q3');
  });

  it("writes parts that don't apply as n/a, totals over the rest, and picks the best by share of its own maximum", () => {
    const file = validFile();
    const [first] = file.attempts;
    // Rated on two parts only, and earlier: 8 of 8 beats the later 14 of 16, though 8 is the lower total.
    file.attempts.push({
      ...first!,
      schemaVersion: RECORD_VERSIONS.attempts,
      id: 'attempt-na',
      answer: 'A closure keeps the variables of the scope it was made in.',
      submittedAt: first!.submittedAt - 86_400_000,
      ratedAt: first!.submittedAt - 86_300_000,
      ratings: { context: 'na', approach: 4, example: 4, outcome: 'na' },
      grade: 'easy',
    });
    const md = exportMarkdown(file, lookup);
    const q1 = md.slice(md.indexOf('### Tell me'), md.indexOf('### How would'));
    expect(q1).toContain('Context n/a · Approach 4/4 · Example 4/4 · Outcome n/a — total 8/8 (100%)');
    expect(q1).toContain('**Best**');
    expect(q1.indexOf('**Best**')).toBeLessThan(q1.indexOf('> A closure keeps the variables'));
    // And the JSON export round-trips it.
    const again = parseExport(exportJson(file));
    expect(again.ok && again.file.attempts.find((a) => a.id === 'attempt-na')?.ratings).toEqual({
      context: 'na',
      approach: 4,
      example: 4,
      outcome: 'na',
    });
  });

  it('keeps hostile answer text inside its quote', () => {
    const file = validFile();
    file.attempts = [
      {
        ...file.attempts[0]!,
        answer:
          '# Not a heading\n<script>alert(1)</script>\n---\n1. not a list\n    indented\n```\n> nested\n\n## Still mine <img src=x onerror=alert(1)>',
        note: '### note <iframe>',
      },
    ];
    const md = exportMarkdown(file, lookup);
    const tree = parse(md);
    const kinds = new Set<string>();
    const headings: string[] = [];
    walk(tree, (n) => {
      kinds.add(n.type);
      if (n.type === 'heading') headings.push(md.slice(n.position!.start.offset, n.position!.end.offset));
    });
    expect(kinds.has('html')).toBe(false);
    expect(kinds.has('code')).toBe(false);
    expect(headings).toEqual(['# Your Rehearse answers', '## Sample Engineer', '### Tell me about a late project']);
    // Top-level blocks: the quotes are exactly the answer and the note.
    const quotes = tree.children.filter((n) => n.type === 'blockquote');
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) {
      for (const child of quote.children) walk(child, (n) => expect(['paragraph', 'text', 'break']).toContain(n.type));
    }
    expect(md).toContain('> \\# Not a heading\n> \\<script>alert(1)\\</script>');
  });

  it('leaves javascript:, vbscript: and data: links in answers and notes as plain text', () => {
    const file = validFile();
    file.attempts = [
      {
        ...file.attempts[0]!,
        answer: [
          'See [my demo](javascript:alert(1)) and [caps](JaVaScRiPt:alert(2)) and [angle](<javascript:alert(3)>).',
          '![pic](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1)) [ok](https://example.com/a)',
          '[split](',
          'javascript:alert(4))',
          '[ref] and [ref2]',
          '[ref]: javascript:alert(5)',
          '[ref2]:',
          '  data:text/html,x',
        ].join('\n'),
        note: 'Also [note link](javascript:alert(6)) and [mail](mailto:me@example.com)',
      },
    ];
    const md = exportMarkdown(file, lookup);
    const targets: string[] = [];
    walk(parse(md), (n) => {
      if (n.type === 'link' || n.type === 'image') targets.push(n.url);
      if (n.type === 'linkReference' || n.type === 'imageReference') targets.push(`ref:${n.identifier}`);
      if (n.type === 'definition') targets.push(`definition:${n.url}`);
    });
    expect(targets).toEqual(['https://example.com/a', 'mailto:me@example.com']);
    expect(md).toContain('See [my demo\\](javascript:alert(1))');
    expect(md).toContain('Also [note link\\](javascript:alert(6))');
  });

  it('quoteBlock turns blank lines into empty quote lines and escapes list and rule markers', () => {
    expect(quoteBlock('a\n\n- b\n2) c\r\n***')).toBe('> a\n>\n> \\- b\n> 2\\) c\n> \\***');
  });

  it('names questions that are no longer in the bank by id', () => {
    const md = exportMarkdown(validFile(), () => undefined);
    expect(md).toContain('## sample-engineer');
    expect(md).toContain('### Question `sample-engineer--q1` (no longer in the guides)');
  });

  it('says so when there are no answers', () => {
    const file = validFile();
    file.attempts = [];
    expect(exportMarkdown(file, lookup)).toContain('No answers yet.');
  });
});
