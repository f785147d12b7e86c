/**
 * `npm run bench:content -- [--guides N] [--rounds R] [--keep]`
 *
 * Benchmarks the guide parser and the content loader on N generated guides
 * (default 1000, about 12–13 kB each, shaped like real interview-prep guides):
 *
 * - bare tokenizer `unified().use(remarkParse).parse(text)` vs our
 *   `parseGuide(text, file)` over the same texts in memory (target: ours is
 *   at most 1.5× the tokenizer);
 * - a cold `loadContent` (read, parse, write the cache) vs a warm one with a
 *   new `ParseCache` on the same folder, so the cache file is loaded from disk
 *   (target: warm is at least 10× faster).
 *
 * Everything runs in one process on the same data: each path is warmed up
 * first, then the timed passes run interleaved R times (at least 3) and the
 * median counts. The generated guides are checked with `parseGuide` before
 * timing; the run aborts if they do not parse as intended. Exits 0 whether
 * targets are met or missed: it is a benchmark, not a test.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import remarkParse from 'remark-parse';
import { unified } from 'unified';

import { parseGuide } from '../src/content/parse-guide';
import { loadContent, ParseCache } from '../src/content-loader/load-content';
import { Rng } from './rng';
import { usageError } from './usage';

const RATIO_TARGET = 1.5;
const SPEEDUP_TARGET = 10;
const SEED = 0x5eed_2025;

// ---------------------------------------------------------------------------
// Options

interface Options {
  guides: number;
  rounds: number;
  keep: boolean;
}

const usage = usageError('bench:content', '[--guides N] [--rounds R] [--keep]');

function readOptions(argv: string[]): Options {
  const options: Options = { guides: 1000, rounds: 3, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    const value = (): number => {
      const raw = inline ?? argv[++i];
      const n = Number(raw);
      if (raw === undefined || !Number.isInteger(n) || n < 1) usage(`${flag} needs a positive whole number`);
      return n;
    };
    if (flag === '--guides') options.guides = value();
    else if (flag === '--rounds') options.rounds = Math.max(3, value());
    else if (flag === '--keep') options.keep = true;
    else if (flag === '-h' || flag === '--help') usage();
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

// ---------------------------------------------------------------------------
// Word banks

/** Splits a word bank written as `a | b` lines into its entries. */
function words(list: string): string[] {
  return list
    .split(/\s*[|\n]\s*/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** '' leaves the role without a seniority. */
const SENIORITY = [...words('Junior | Senior | Lead | Principal | Staff | Associate | Regional | Global'), ''];
const DOMAINS = words(`
  Data | Cloud | Security | Partner Development | Product | Supply Chain | Clinical | Marketing
  Payments | Platform | Customer Success | Quality Assurance | Network | Finance | Operations
  Machine Learning | Mobile | Retail | Logistics | Compliance | Procurement | Talent Acquisition
`);
const TITLES = words(`
  Engineer | Manager | Analyst | Specialist | Architect | Consultant | Coordinator | Director
  Administrator | Scientist
`);
const CATEGORIES = words(`
  Engineering | Sales | Healthcare | Finance | Operations | Marketing | Design | Legal | Education
  Logistics
`);
const VERTICALS = words(`
  Enterprise | Startup | Public Sector | Fintech | Retail | Healthcare | Manufacturing | Media
  Energy | Telecom
`);
const AUTHORS = words(`
  Will Gordon | Priya Natarajan | Tomás Oliveira | Grace Okafor | Lena Fischer | Hiro Tanaka
`);
const NOUNS = words(`
  stakeholder expectations | release pipelines | vendor contracts | data quality issues
  customer escalations | budget forecasts | quarterly roadmaps | incident reviews
  access controls | onboarding programmes | pricing models | reporting dashboards
  integration backlogs | compliance audits | capacity forecasts | service level agreements
  partner portals | migration schedules | training materials | risk registers | test suites
  support queues | sales territories | product launches | change requests | cost models
  hiring pipelines | knowledge bases | API contracts | monitoring alerts | inventory levels
  renewal cycles
`);
/** base/past/-ing */
const VERBS = words(`
  prioritise/prioritised/prioritising | audit/audited/auditing
  streamline/streamlined/streamlining | negotiate/negotiated/negotiating
  document/documented/documenting | automate/automated/automating | scale/scaled/scaling
  stabilise/stabilised/stabilising | measure/measured/measuring | redesign/redesigned/redesigning
  consolidate/consolidated/consolidating | evaluate/evaluated/evaluating
  troubleshoot/troubleshot/troubleshooting | align/aligned/aligning
  forecast/forecast/forecasting | standardise/standardised/standardising
  review/reviewed/reviewing | coordinate/coordinated/coordinating
  modernise/modernised/modernising | simplify/simplified/simplifying
`).map((v) => v.split('/') as [string, string, string]);
const ADJECTIVES = words(`
  complex | distributed | regulated | fast-growing | cross-functional | legacy | high-volume
  global | under-resourced | customer-facing | time-sensitive | multi-region | newly formed
  mature | highly visible
`);
const CONSTRAINTS = words(`
  a tight deadline | a reduced budget | conflicting priorities | incomplete data
  a shrinking team | strict regulatory requirements | executive scrutiny | a vendor outage
  limited tooling | shifting requirements
`);
const STAKEHOLDERS = words(`
  senior leadership | the finance team | external partners | frontline staff | key customers
  the legal team | product owners | regional managers | the board | engineering leads
  the support desk | our auditors
`);
const TOOLS = words(`
  Jira | Tableau | Salesforce | Terraform | Excel | Power BI | Kubernetes | SQL | Python
  Confluence | ServiceNow | Looker | Airflow | Figma | SAP
`);
const STEPS = words(`
  Clarify the Goal | Gather the Data | Map the Stakeholders | Assess the Risks
  Agree on Priorities | Pilot a Change | Measure the Impact | Share the Findings
  Review the Baseline | Run a Retrospective | Document Decisions | Escalate Early
  Validate Assumptions | Build Consensus | Automate Checks | Set Milestones | Train the Team
`);
const CERTS = words(`
  PMP | AWS Certified Solutions Architect | Six Sigma Green Belt | CISSP | Scrum Master (CSM)
  ITIL Foundation | CPA | Google Data Analytics | Lean Practitioner
`);
const DEGREES = words(`
  Business Administration | Computer Science | Information Systems | Economics | Engineering
  Statistics | Public Health | Supply Chain Management
`);

// ---------------------------------------------------------------------------
// Guide generation

type Shape = 'heading-answer-wrapper' | 'numbered-heading' | 'bold-paragraph' | 'numbered-item';
const SHAPES: Shape[] = ['heading-answer-wrapper', 'numbered-heading', 'bold-paragraph', 'numbered-item'];
const GROUPS = ['Technical', 'Behavioral', 'Situational', 'Problem-Solving', 'Additional'] as const;
type Group = (typeof GROUPS)[number];

interface Expected {
  title: string;
  shape: Shape;
  /** Category of each question, in order. */
  categories: Group[];
  /** Whether each question has a model answer. */
  answered: boolean[];
}

interface GeneratedGuide {
  name: string;
  text: string;
  expected: Expected;
}

interface Topic {
  role: string;
  domain: string;
}

class Writer {
  constructor(
    private readonly rng: Rng,
    private readonly topic: Topic,
  ) {}

  verb(): [string, string, string] {
    return this.rng.pick(VERBS);
  }
  noun(): string {
    return this.rng.pick(NOUNS);
  }
  pct(): number {
    return this.rng.int(8, 45);
  }

  sentence(): string {
    const r = this.rng;
    const [v, past, ing] = this.verb();
    const d = this.topic.domain.toLowerCase();
    switch (r.int(0, 7)) {
      case 0:
        return `${article(this.topic.role, true)} ${this.topic.role} must ${v} ${this.noun()} and keep ${r.pick(STAKEHOLDERS)} informed.`;
      case 1:
        return `In ${r.pick(ADJECTIVES)} ${d} teams, ${ing} ${this.noun()} early prevents rework.`;
      case 2:
        return `I ${past} ${this.noun()} in ${r.pick(TOOLS)}, making trade-offs visible to ${r.pick(STAKEHOLDERS)}.`;
      case 3:
        return `We worked under ${r.pick(CONSTRAINTS)}, so each decision had a measurable goal.`;
      case 4:
        return `Interviewers want proof you can ${v} ${this.noun()} without losing sight of ${this.noun()}.`;
      case 5:
        return `Within ${r.int(2, 11)} weeks the team ${past} ${this.noun()} and cut turnaround by ${this.pct()}%.`;
      case 6:
        return `Owning ${this.noun()} matters as much as technical skill in ${d} roles.`;
      default:
        return `Strong answers tie ${ing} ${this.noun()} to what ${r.pick(STAKEHOLDERS)} care about.`;
    }
  }

  /** A short imperative point, like the steps and tips of real answers. */
  point(): string {
    const r = this.rng;
    const [v, , ing] = this.verb();
    const V = v[0]!.toUpperCase() + v.slice(1);
    switch (r.int(0, 3)) {
      case 0:
        return `${V} ${this.noun()} with ${r.pick(STAKEHOLDERS)}.`;
      case 1:
        return `${V} ${this.noun()} before ${ing} ${this.noun()}.`;
      case 2:
        return `Use ${r.pick(TOOLS)} to ${v} ${this.noun()}.`;
      default:
        return `Agree how to ${v} ${this.noun()} up front.`;
    }
  }

  pitfall(): string {
    const [, , ing] = this.verb();
    return this.rng.pick([
      `Ignoring ${this.noun()} until ${this.rng.pick(CONSTRAINTS)} forces the issue.`,
      `${ing[0]!.toUpperCase() + ing.slice(1)} ${this.noun()} without asking ${this.rng.pick(STAKEHOLDERS)}.`,
      `Promising results on ${this.noun()} before the data is in.`,
    ]);
  }

  outcome(): string {
    const [, past] = this.verb();
    return this.rng.pick([
      `Cut turnaround by ${this.pct()}% within ${this.rng.int(2, 11)} weeks.`,
      `${past[0]!.toUpperCase() + past.slice(1)} ${this.noun()} and lifted satisfaction by ${this.pct()} points.`,
      `Saved about ${this.rng.int(3, 40)} hours a month for ${this.rng.pick(STAKEHOLDERS)}.`,
    ]);
  }

  sentences(min: number, max: number): string {
    const n = this.rng.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }

  followUp(): string {
    const [v] = this.verb();
    const adj = this.rng.pick(ADJECTIVES);
    return this.rng.pick([
      `How would you ${v} ${this.noun()} if ${this.rng.pick(STAKEHOLDERS)} disagreed?`,
      `What would you change under ${this.rng.pick(CONSTRAINTS)}?`,
      `Which metric would tell you first that ${this.noun()} are slipping?`,
      `How would this work in ${article(adj)} ${adj} company?`,
    ]);
  }

  question(group: Group, explain: boolean): string {
    const r = this.rng;
    const [v, past, ing] = this.verb();
    const n = this.noun();
    const adj = r.pick(ADJECTIVES);
    const d = this.topic.domain.toLowerCase();
    if (explain) return `Explain how you would ${v} ${n} for ${article(adj)} ${adj} ${d} team`;
    switch (group) {
      case 'Technical':
        return r.pick([
          `How do you ${v} ${n} in ${article(adj)} ${adj} ${d} environment?`,
          `What tools do you use to ${v} ${n}, and why?`,
          `How would you design a way of ${ing} ${n} across ${r.pick(STAKEHOLDERS)}?`,
        ]);
      case 'Behavioral':
        return r.pick([
          `Describe a time you had to ${v} ${n} under ${r.pick(CONSTRAINTS)}.`,
          `Tell me about a situation where you ${past} ${n} for ${r.pick(STAKEHOLDERS)}.`,
          `Give an example of how you ${past} ${n} in ${article(adj)} ${adj} team.`,
        ]);
      case 'Situational':
        return r.pick([
          `How would you handle ${n} that ${r.pick(STAKEHOLDERS)} reject under ${r.pick(CONSTRAINTS)}?`,
          `What would you do if ${n} started failing during ${r.pick(CONSTRAINTS)}?`,
          `Imagine ${r.pick(STAKEHOLDERS)} ask you to ${v} ${n} overnight: how do you respond?`,
        ]);
      case 'Problem-Solving':
        return r.pick([
          `How would you approach ${ing} ${n} with ${r.pick(CONSTRAINTS)}?`,
          `Walk me through how you would diagnose problems with ${n} in ${article(adj)} ${adj} setting.`,
          `What steps would you take to ${v} ${n} when the root cause is unclear?`,
        ]);
      default:
        return r.pick([
          `What metrics do you use to evaluate ${n} in ${d}?`,
          `How do you stay current with ${adj} ${d} practices around ${n}?`,
          `Why do you want to ${v} ${n} as ${article(this.topic.role)} ${this.topic.role}?`,
        ]);
    }
  }
}

/** The labelled parts of one model answer, as markdown lines with no indentation. */
function answerParts(w: Writer, rng: Rng, style: 'bullets' | 'paragraphs', withCode: boolean): string[] {
  const lines: string[] = [];
  const label = (name: string, text: string): string =>
    style === 'bullets' ? `- **${name}**: ${text}` : `**${name}:** ${text}`;
  const open = (name: string): string => (style === 'bullets' ? `- **${name}**:` : `**${name}:**`);
  /** Lines nested under a bullet label; at top level for paragraphs. */
  const under = (body: string[]): string[] => (style === 'bullets' ? body.map((l) => (l ? `  ${l}` : l)) : body);
  const block = (...ls: string[]): void => {
    if (style === 'paragraphs' && lines.length) lines.push('');
    lines.push(...ls);
  };

  block(label('Context', w.sentence()));
  const steps = rng.sample(STEPS, rng.int(2, 3));
  block(
    open('Approach'),
    ...(style === 'paragraphs' ? [''] : []),
    ...under(steps.map((s, i) => `${i + 1}. **${s}**: ${w.point()}`)),
  );
  if (rng.chance(0.6)) {
    const example = [`- ${w.sentence()}`];
    if (withCode) {
      const noun = w.noun().replace(/\W+/g, '_');
      example.push(
        '',
        '  ```sql',
        `  SELECT owner, COUNT(*) AS open_items FROM ${noun} WHERE status = 'open' GROUP BY owner;`,
        '  ```',
      );
    }
    if (style === 'bullets') block(open('Example'), ...under(example));
    else block(label('Example', w.sentence()), ...(withCode ? ['', ...example.slice(2).map((l) => l.slice(2))] : []));
  }
  block(label('Outcome', w.outcome()));
  if (rng.chance(0.45)) {
    if (style === 'bullets') block(label('Best Practices', w.point()));
    else block(open('Best Practices'), '', `- ${w.point()}`, `- ${w.point()}`);
  }
  if (rng.chance(0.45)) block(label('Pitfalls to Avoid', w.pitfall()));
  if (rng.chance(0.25)) {
    const fu = [`- ${w.followUp()}`, `- ${w.followUp()}`];
    block(open('Follow-up Points'), ...(style === 'paragraphs' ? [''] : []), ...under(fu));
  }
  return lines;
}

function article(word: string, capital = false): string {
  const a = /^[aeiou]/i.test(word) ? 'an' : 'a';
  return capital ? a[0]!.toUpperCase() + a.slice(1) : a;
}

function indent(lines: string[], by: number): string[] {
  const pad = ' '.repeat(by);
  return lines.map((l) => (l ? pad + l : l));
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

function generateGuide(index: number): GeneratedGuide {
  const rng = new Rng(SEED ^ Math.imul(index + 1, 0x9e3779b1));
  const shape = SHAPES[index % SHAPES.length]!;
  const bareAdditional = Math.floor(index / SHAPES.length) % 2 === 1;
  const domain = rng.pick(DOMAINS);
  const role = [rng.pick(SENIORITY), domain, rng.pick(TITLES)].filter(Boolean).join(' ');
  const title = `${role} Interview Preparation`;
  const w = new Writer(rng, { role, domain });
  const out: string[] = [];
  const push = (...ls: string[]): void => {
    out.push(...ls);
  };

  // Frontmatter.
  const pub = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 900) * 86_400_000);
  const mod = new Date(pub.getTime() + rng.int(0, 120) * 86_400_000);
  const author = rng.pick(AUTHORS);
  const tags = [
    'Interview Prep',
    domain,
    ...rng.sample(NOUNS, 3).map((n) => n.replace(/\b\w/g, (c) => c.toUpperCase())),
  ];
  push(
    '---',
    `term: ${yamlString(title)}`,
    `description: ${yamlString(`This guide prepares job seekers for ${article(role)} ${role} interview. ${w.sentences(1, 2)}`)}`,
    `category: ${yamlString(rng.pick(CATEGORIES))}`,
    `vertical: ${yamlString(rng.pick(VERTICALS))}`,
    `pubDate: ${pub.toISOString().slice(0, 10)}`,
    `modDate: ${yamlString(mod.toISOString().slice(0, 10))}`,
    `author: ${yamlString(author)}`,
    'avatar:',
    '  url: "/images/me.png"',
    `  alt: ${yamlString(author)}`,
    'image:',
    `  url: ${yamlString(`/images/${index % 7}-interview.jpg`)}`,
    `  alt: ${yamlString(`${domain} interview`)}`,
  );
  if (index % 2 === 0) push(`tags: [${tags.map(yamlString).join(',')}]`);
  else push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  push('---', '');

  // Overview.
  const [d1, d2] = rng.sample(DEGREES, 2) as [string, string];
  const [c1, c2, c3] = rng.sample(CERTS, 3) as [string, string, string];
  push(
    `## ${title} Guide`,
    '',
    '### Overview of Required and Recommended Qualifications',
    '',
    `To excel as ${article(role)} ${role}, candidates should combine formal education, certifications and hands-on experience. ${w.sentences(1, 2)}`,
    '',
    '#### Educational Background',
    `- **Required**: Bachelor's degree in ${d1} or a related field.`,
    `- **Recommended**: Master's degree in ${d2}; ${w.sentence()}`,
    '',
    '#### Certifications',
    '- **Required**: None are strictly required, but relevant certifications help.',
    '- **Recommended**:',
    `  - **${c1}**: ${w.sentence()}`,
    `  - **${c2}**: ${w.sentence()}`,
    `  - **${c3}**: ${w.sentence()}`,
    '',
    '#### Industry Qualifications',
    `- **Experience in ${domain}**: ${w.sentence()}`,
    `- **Stakeholder Management**: ${w.sentence()}`,
    `- **Tooling**: Comfortable with ${rng.sample(TOOLS, 3).join(', ')}.`,
    '',
  );

  // How many questions per group: 15–20 in all, at least 2 per group.
  const total = rng.int(15, 19);
  const perGroup = [4, 3, 3, 2, 3];
  for (let extra = perGroup.reduce((a, b) => a + b, 0); extra < total; extra++) perGroup[rng.int(0, 4)]!++;

  const categories: Group[] = [];
  const answered: boolean[] = [];
  const seen = new Set<string>();
  const newQuestion = (group: Group, explain: boolean): string => {
    for (;;) {
      const text = w.question(group, explain);
      const key = text.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        return text;
      }
    }
  };

  const groupDepth = shape === 'heading-answer-wrapper' ? 4 : 3;
  if (shape === 'heading-answer-wrapper' || rng.chance(0.5)) push('### Interview Questions and Answers', '');
  let n = 0;
  GROUPS.forEach((group, gi) => {
    const count = perGroup[gi]!;
    push(`${'#'.repeat(groupDepth)} ${group} Questions`, '');
    if (group === 'Additional' && bareAdditional) {
      // A bare numbered list of further questions, without answers.
      for (let k = 0; k < count; k++) {
        n++;
        categories.push(group);
        answered.push(false);
        push(`${n}. **${newQuestion(group, false)}**`);
      }
      push('');
      return;
    }
    for (let k = 0; k < count; k++) {
      n++;
      categories.push(group);
      answered.push(true);
      const withCode = group === 'Technical' && rng.chance(0.3);
      switch (shape) {
        case 'heading-answer-wrapper': {
          push(`##### Q${n}: ${newQuestion(group, false)}`, '', '- **Answer**:');
          push(...indent(answerParts(w, rng, 'bullets', withCode), 2), '');
          break;
        }
        case 'numbered-heading': {
          push(`#### ${n}. ${newQuestion(group, false)}`, '', '**Answer:**', '');
          push(...answerParts(w, rng, 'bullets', withCode), '');
          break;
        }
        case 'bold-paragraph': {
          push(`**Q${n}: ${newQuestion(group, false)}**`, '');
          push(...answerParts(w, rng, 'paragraphs', withCode), '');
          break;
        }
        case 'numbered-item': {
          const marker = `${n}.`;
          push(`${marker} **${newQuestion(group, rng.chance(0.5))}**`, '');
          push(...indent(answerParts(w, rng, 'bullets', withCode), marker.length + 1), '');
          break;
        }
      }
    }
  });

  push('### Conclusion', '', w.sentences(1, 2), '', `Good luck with your ${role} interview. ${w.sentence()}`, '');

  const slug = role.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    name: `guide-${String(index + 1).padStart(5, '0')}-${slug}-interview-preparation.md`,
    text: out.join('\n'),
    expected: { title, shape, categories, answered },
  };
}

// ---------------------------------------------------------------------------
// Check that the generated input is what we mean to measure.

function checkGuides(guides: GeneratedGuide[], paths: string[]): void {
  const sample = new Set<number>();
  for (let i = 0; i < Math.min(guides.length, SHAPES.length * 4); i++) sample.add(i);
  for (let i = 0; i < guides.length; i += 37) sample.add(i);
  sample.add(guides.length - 1);

  const problems: string[] = [];
  for (const i of [...sample].sort((a, b) => a - b)) {
    const { text, expected } = guides[i]!;
    const file = paths[i]!;
    const where = `${file} (shape ${expected.shape})`;
    const result = parseGuide(text, file);
    if (!result.ok) {
      problems.push(`${where}: not ok: ${result.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
      continue;
    }
    const { guide } = result;
    if (guide.title !== expected.title) problems.push(`${where}: title "${guide.title}", expected "${expected.title}"`);
    if (guide.questions.length !== expected.categories.length) {
      problems.push(`${where}: ${guide.questions.length} questions, expected ${expected.categories.length}`);
      continue;
    }
    guide.questions.forEach((q, k) => {
      const label = `${where} question ${k + 1} ("${q.text.slice(0, 50)}")`;
      if (q.category !== expected.categories[k])
        problems.push(`${label}: category ${q.category}, expected ${expected.categories[k]}`);
      const kinds = q.sections.map((s) => s.kind);
      if (expected.answered[k]) {
        if (!kinds.includes('context') || !kinds.includes('approach') || !kinds.includes('outcome')) {
          problems.push(`${label}: answer parts [${kinds.join(', ')}], expected context, approach and outcome`);
        }
      } else if (kinds.length) problems.push(`${label}: has answer parts [${kinds.join(', ')}], expected none`);
    });
    if (!guide.notes.some((note) => note.title === 'Conclusion')) problems.push(`${where}: no "Conclusion" note`);
  }
  if (problems.length) {
    console.error(
      `\nbench:content: ABORTED — the generated guides do not parse as intended (${problems.length} problem(s)):`,
    );
    for (const p of problems.slice(0, 15)) console.error(`  - ${p}`);
    if (problems.length > 15) console.error(`  … and ${problems.length - 15} more`);
    console.error(
      'A benchmark over input the parser rejects or misreads measures nothing; fix the generator or the parser first.',
    );
    throw new AbortError();
  }
  console.log(
    `checked ${sample.size} generated guides with parseGuide: all ok, question counts, categories and answer parts as expected`,
  );
}

class AbortError extends Error {}

// ---------------------------------------------------------------------------
// Timing

/** A full GC between passes, so one pass's garbage is not charged to the next. */
const collect: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // Without it the passes are still comparable, only noisier.
  }
  return () => {};
})();

function time(run: () => void): number {
  collect();
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmtMs = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtRate = (mb: number, ms: number): string => `${(mb / (ms / 1000)).toFixed(2)} MB/s`;

// ---------------------------------------------------------------------------

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: number | string, s: string): string => (useColour ? `\u001b[${code}m${s}\u001b[0m` : s);

  const loadStart = loadavg();
  const root = mkdtempSync(join(tmpdir(), 'rehearse-bench-'));
  const guideDir = join(root, 'guides');
  mkdirSync(guideDir);
  let failed = false;
  try {
    // 1. Generate.
    const t0 = performance.now();
    const guides: GeneratedGuide[] = [];
    for (let i = 0; i < options.guides; i++) guides.push(generateGuide(i));
    const paths = guides.map((g) => join(guideDir, g.name));
    guides.forEach((g, i) => writeFileSync(paths[i]!, g.text));
    const texts = guides.map((g) => g.text);
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const mb = bytes / 1e6;
    const questions = guides.reduce((sum, g) => sum + g.expected.categories.length, 0);
    console.log(
      `generated ${options.guides} guides (${mb.toFixed(2)} MB, ${(bytes / options.guides / 1024).toFixed(1)} KiB average, ` +
        `${questions} questions) in ${guideDir} in ${fmtMs(performance.now() - t0)}`,
    );
    checkGuides(guides, paths);

    // 2. Warm up each path untimed on a few files.
    const bare = unified().use(remarkParse).freeze();
    let sink = 0;
    const bareAll = (list: readonly string[]): void => {
      for (const text of list) sink += bare.parse(text).children.length;
    };
    const oursAll = (list: readonly string[], names: readonly string[]): void => {
      for (let i = 0; i < list.length; i++) {
        const r = parseGuide(list[i]!, names[i]!);
        sink += r.ok ? r.guide.questions.length : -1;
      }
    };
    const few = Math.min(options.guides, 40);
    for (let k = 0; k < 3; k++) {
      bareAll(texts.slice(0, few));
      oursAll(texts.slice(0, few), paths.slice(0, few));
    }
    const warmDir = join(root, 'cache-warmup');
    loadContent(paths.slice(0, few), { cache: new ParseCache(warmDir) });
    loadContent(paths.slice(0, few), { cache: new ParseCache(warmDir) });

    // 3. Timed passes, interleaved.
    const samples = {
      bare: [] as number[],
      ours: [] as number[],
      cold: [] as number[],
      warm: [] as number[],
    };
    let parsedWarm = -1;
    let parsedCold = -1;
    let cacheBytes = 0;
    for (let round = 0; round < options.rounds; round++) {
      const order = round % 2 === 0 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
      for (const which of order) {
        samples[which].push(which === 'bare' ? time(() => bareAll(texts)) : time(() => oursAll(texts, paths)));
      }
      const cacheDir = join(root, `cache-${round + 1}`);
      mkdirSync(cacheDir);
      let cold: ParseCache | null = null;
      samples.cold.push(
        time(() => {
          cold = new ParseCache(cacheDir);
          parsedCold = loadContent(paths, { cache: cold }).parsed;
        }),
      );
      const cacheFile = (cold as ParseCache | null)?.file;
      cacheBytes = cacheFile && existsSync(cacheFile) ? statSync(cacheFile).size : 0;
      samples.warm.push(time(() => (parsedWarm = loadContent(paths, { cache: new ParseCache(cacheDir) }).parsed)));
      rmSync(cacheDir, { recursive: true, force: true });
      process.stdout.write(`  round ${round + 1}/${options.rounds} done\n`);
    }
    if (parsedCold !== options.guides || parsedWarm !== 0) {
      console.error(
        `bench:content: ABORTED — the cold load parsed ${parsedCold} of ${options.guides} files and the warm load ${parsedWarm} (expected ${options.guides} and 0): the cache is not doing what is measured.`,
      );
      throw new AbortError();
    }

    // 4. Report.
    const m = {
      bare: median(samples.bare),
      ours: median(samples.ours),
      cold: median(samples.cold),
      warm: median(samples.warm),
    };
    const ratio = m.ours / m.bare;
    const speedup = m.cold / m.warm;
    const ratioOk = ratio <= RATIO_TARGET;
    const speedupOk = speedup >= SPEEDUP_TARGET;
    const verdict = (ok: boolean): string => (ok ? paint(32, 'PASS') : paint('1;31', '*** MISS ***'));
    const runs = (xs: number[]): string => paint(2, `(runs: ${xs.map(fmtMs).join(', ')})`);
    const row = (label: string, value: string): void => console.log(`  ${label.padEnd(32)} ${value}`);
    const timing = (label: string, ms: number, xs: number[]): void =>
      row(label, `${fmtMs(ms).padEnd(9)} ${fmtRate(mb, ms).padEnd(13)} ${runs(xs)}`);
    const load = (l: number[]): string => l.map((x) => x.toFixed(2)).join(' ');
    const pairRatios = samples.ours.map((o, i) => (o / samples.bare[i]!).toFixed(2) + '×');

    console.log('\n=== Rehearse content benchmark ===');
    row('Node', `${process.version} (${process.platform}/${process.arch})`);
    row('CPU', `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`);
    row('Load average (start → end)', `${load(loadStart)} → ${load(loadavg())}`);
    row(
      'Guides',
      `${options.guides} (${questions} questions, ${(bytes / options.guides / 1000).toFixed(1)} kB average)`,
    );
    row('Total size', `${mb.toFixed(2)} MB (${bytes.toLocaleString('en')} bytes)`);
    row('Timed passes', `${options.rounds} per path, interleaved, median reported`);
    console.log('');
    timing('Bare tokenizer (remark-parse)', m.bare, samples.bare);
    timing('Our parser (parseGuide)', m.ours, samples.ours);
    row(
      'Ratio ours / bare',
      `${ratio.toFixed(2)}×  (target ≤ ${RATIO_TARGET}×)  ${verdict(ratioOk)}  ${paint(2, `(per round: ${pairRatios.join(', ')})`)}`,
    );
    console.log('');
    timing('Cold load (parse + write cache)', m.cold, samples.cold);
    timing('Warm load (unchanged files)', m.warm, samples.warm);
    row('Cache file', `${(cacheBytes / 1e6).toFixed(2)} MB`);
    row('Speed-up cold / warm', `${speedup.toFixed(1)}×  (target ≥ ${SPEEDUP_TARGET}×)  ${verdict(speedupOk)}`);
    const missed = [ratioOk ? null : 'parser/tokenizer ratio', speedupOk ? null : 'warm-load speed-up'].filter(Boolean);
    console.log('');
    const busiest = Math.max(loadStart[0]!, loadavg()[0]!);
    if (busiest > cpus().length * 0.75) {
      console.log(
        paint(
          33,
          `note: the machine was busy (1-minute load average up to ${busiest.toFixed(1)} on ${cpus().length} CPUs); ` +
            'absolute times are noisy, the interleaved ratios less so.',
        ),
      );
    }
    if (missed.length) {
      console.log(paint(31, `!!! ${missed.length} of 2 targets MISSED: ${missed.join(', ')} !!!`));
    } else {
      console.log(paint(32, 'All targets met.'));
    }
    if (sink === 0) console.log('(no output)'); // keeps the timed work observable
  } catch (error) {
    failed = true;
    if (!(error instanceof AbortError)) throw error;
  } finally {
    if (options.keep) console.log(`\ngenerated guides kept in ${guideDir}`);
    else rmSync(root, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

main();
