/**
 * Small hand-written guides for the search tests (tests/content/search-index.test.ts,
 * tests/lib/search*.test.ts): words chosen so each query under test has a known
 * answer (stems, answer-only terms, typos, phrases, shared prefixes).
 */
import type { Guide, Question } from '@/content/types';

const q = (slug: string, number: number, category: string, text: string, answer: string): Question => ({
  id: `${slug}--q${number}`,
  number,
  category,
  text,
  sections: answer ? [{ kind: 'answer', label: 'Answer', markdown: answer }] : [],
  keyTerms: [],
  line: number,
});

const guide = (slug: string, title: string, description: string, tags: string[], questions: Question[]): Guide => ({
  slug,
  title,
  description,
  category: 'Test',
  vertical: 'Test',
  tags,
  pubDate: null,
  modDate: null,
  author: 'Test',
  overview: '',
  questions,
  notes: [],
});

export const financeGuide = guide(
  'portfolio-analyst',
  'Portfolio Analyst Interview Guide',
  'Prepare for questions on valuation and risk.',
  ['Finance', 'Valuation'],
  [
    q(
      'portfolio-analyst',
      1,
      'Technical',
      'How would you value a company?',
      'Start from **EBITDA** multiples, then a discounted cash flow.',
    ),
    q(
      'portfolio-analyst',
      2,
      'Technical',
      'How do you judge a fund manager?',
      'Look at the _Sharpe_ ratio over a full cycle, not one good year.',
    ),
    q(
      'portfolio-analyst',
      3,
      'Behavioral',
      'Tell me about yourself.',
      'Keep it to two minutes: where you are, what you did, why this role.',
    ),
    q(
      'portfolio-analyst',
      4,
      'Behavioral',
      'When did you have to terminate a contract?',
      'Explain the terms, the notice, and how you kept the relationship.',
    ),
  ],
);

export const leadershipGuide = guide(
  'team-lead',
  'Team Lead Interview Preparation',
  'Leadership, negotiation and hiring for new team leads.',
  ['Leadership', 'Management'],
  [
    q(
      'team-lead',
      1,
      'Behavioral',
      'Describe your leadership style.',
      'I set a clear goal and let the team decide how.',
    ),
    q(
      'team-lead',
      2,
      'Situational',
      'How do you negotiate a deadline with a client?',
      'Anchor on scope; negotiating dates alone rarely works.',
    ),
    q(
      'team-lead',
      3,
      'Situational',
      'How would you handle a terminating employee?',
      'With care: tell them about yourself and the next steps plainly.',
    ),
    q('team-lead', 4, 'Behavioral', 'What did your last negotiation teach you?', ''),
    q(
      'team-lead',
      5,
      'Technical',
      'Which metrics do you track for a team?',
      'Cycle time, deploy frequency; never lines of code.',
    ),
  ],
);

export const searchGuides: Guide[] = [financeGuide, leadershipGuide];

/** A guide of the user's own (as the store would hold it). */
export const ownGuide = guide(
  'my-prep',
  'My Prep',
  'My own questions.',
  ['Mine'],
  [q('my-prep', 1, 'General', 'What is my elevator pitch?', 'Mention the quarterly forecasting dashboard I built.')],
);
