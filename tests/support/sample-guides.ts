import type { Guide, GuideSummary, Question } from '@/content/types';

function question(number: number, category: string, text: string, sections: Question['sections'] = []): Question {
  return { id: `sample-engineer--q${number}`, number, category, text, sections, keyTerms: [], line: number * 10 };
}

export const sampleGuide: Guide = {
  slug: 'sample-engineer',
  title: 'Sample Engineer Interview Preparation',
  description: 'A hand-made guide for component tests.',
  category: 'Engineering',
  vertical: 'Software',
  tags: ['Interview Prep', 'Systems'],
  pubDate: '2025-01-28',
  modDate: '2025-02-03',
  author: 'Test Author',
  overview: [
    'What the role asks for.',
    '',
    '## Qualifications',
    '',
    '- **Required**: A degree.',
    '- **Recommended**: A portfolio.',
    '',
    '| Skill | Level |',
    '| --- | --- |',
    '| Go | Senior |',
  ].join('\n'),
  questions: [
    question(1, 'Technical', 'How do you design a rate limiter?', [
      { kind: 'context', label: 'Context', markdown: 'Limits protect **shared** services.' },
      {
        kind: 'approach',
        label: 'Approach',
        markdown: '1. Pick an algorithm\n2. Store counters\n\n<b>raw html</b>',
      },
    ]),
    question(2, 'Behavioral', 'Tell me about a conflict you resolved.', [
      { kind: 'answer', label: 'Answer', markdown: 'Listen first, then agree on facts.' },
    ]),
    question(3, 'Technical', 'How would you debug a memory leak?'),
  ],
  notes: [
    { title: 'Conclusion', markdown: 'Practise out loud.', line: 90 },
    { title: '', markdown: 'Good luck with the interview.', line: 95 },
  ],
};

export const sampleSummaries: GuideSummary[] = [
  {
    slug: sampleGuide.slug,
    title: sampleGuide.title,
    description: sampleGuide.description,
    category: sampleGuide.category,
    vertical: sampleGuide.vertical,
    tags: sampleGuide.tags,
    questionCount: 3,
    categories: [
      { name: 'Technical', count: 2 },
      { name: 'Behavioral', count: 1 },
    ],
  },
  {
    slug: 'product-manager',
    title: 'Product Manager Interview Preparation',
    description: 'Prioritisation, roadmaps and stakeholders.',
    category: 'Product',
    vertical: 'Enterprise',
    tags: [],
    questionCount: 1,
    categories: [{ name: 'Situational', count: 1 }],
  },
];
