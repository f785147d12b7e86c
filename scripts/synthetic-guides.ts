/**
 * Generated guides for `npm run size`, which builds the app on banks of 1, 101
 * and 501 of them to see how the first page grows with the number of guides.
 *
 * What the index carries per guide is front matter, so that is what these make
 * realistic: titles, slugs, tags and descriptions drawn from word banks (about
 * as varied, and as compressible, as real ones), varied question counts and
 * groups. The bodies are short; their size only matters to each guide's own
 * lazy chunk. Deterministic: guide i is the same in every run.
 */
import { Rng } from './rng.ts';

export interface SyntheticGuide {
  /** File name, which becomes the slug. */
  name: string;
  title: string;
  text: string;
  /** Questions written, per group, in order. */
  groups: { name: string; questions: number }[];
}

const list = (text: string): string[] =>
  text
    .split(/\s*[|\n]\s*/)
    .map((w) => w.trim())
    .filter(Boolean);

const SENIORITY = list('Junior | Senior | Lead | Principal | Staff | Associate | Regional | Global | Chief | Head of');
const DOMAINS = list(`
  Data | Cloud | Security | Partner Development | Product | Supply Chain | Clinical | Marketing | Payments
  Platform | Customer Success | Quality Assurance | Network | Finance | Operations | Machine Learning | Mobile
  Retail | Logistics | Compliance | Procurement | Talent Acquisition | Brand | Research | Infrastructure
  Frontend | Backend | Site Reliability | Growth | Revenue | Legal | Nursing | Pharmacy | Education
`);
const ROLES = list(`
  Engineer | Manager | Analyst | Specialist | Architect | Consultant | Coordinator | Director | Administrator
  Scientist | Designer | Strategist | Officer | Lead | Advisor | Planner | Technician
`);
const SUFFIXES = list('Interview Preparation | Interview Guide | Interview Questions | Interview Prep Guide');
const CATEGORIES = list(
  'Engineering | Sales | Healthcare | Finance | Operations | Marketing | Design | Legal | Education',
);
const VERTICALS = list(
  'Enterprise | Startup | Public Sector | Fintech | Retail | Healthcare | Manufacturing | Media | Energy',
);
const AUTHORS = list('Will Gordon | Priya Natarajan | Tomás Oliveira | Grace Okafor | Lena Fischer | Hiro Tanaka');
const SKILLS = list(`
  strategic partnership development | relationship management | business acumen | stakeholder communication
  data modelling | incident response | budget ownership | vendor negotiation | experiment design
  regulatory compliance | roadmap planning | team leadership | capacity planning | risk assessment
  customer discovery | process improvement | change management | forecasting | technical writing
  system design | quality control | pricing strategy | conflict resolution | mentoring
`);
const NOUNS = list(`
  stakeholder expectations | release pipelines | vendor contracts | data quality issues | customer escalations
  budget forecasts | quarterly roadmaps | incident reviews | access controls | onboarding programmes
  pricing models | reporting dashboards | integration backlogs | compliance audits | capacity forecasts
  service level agreements | partner portals | migration schedules | training materials | risk registers
`);
const VERBS = list(`
  prioritise | audit | streamline | negotiate | document | automate | scale | stabilise | measure | redesign
  consolidate | evaluate | troubleshoot | align | forecast | standardise | review | coordinate
`);
const OUTCOMES = list(`
  drive growth and collaboration | navigate complex negotiations | tailor solutions to client needs
  lead cross-functional teams | communicate trade-offs clearly | deliver under tight deadlines
  turn data into decisions | build trust with senior leadership | keep quality high at scale
`);
const GROUPS = ['Technical', 'Behavioral', 'Situational', 'Problem-Solving', 'Additional'];

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const titleCase = (s: string): string => s.replace(/\b\w/g, (c) => c.toUpperCase());
const yaml = (s: string): string => JSON.stringify(s);

function generateGuide(index: number): SyntheticGuide {
  const rng = new Rng(0x51e_2026 ^ Math.imul(index + 1, 0x9e3779b1));
  const domain = rng.pick(DOMAINS);
  const role = [rng.pick([...SENIORITY, '', '']), domain, rng.pick(ROLES)].filter(Boolean).join(' ');
  const title = `${role} ${rng.pick(SUFFIXES)}`;
  const [s1, s2, s3] = rng.sample(SKILLS, 3) as [string, string, string];
  const [o1, o2] = rng.sample(OUTCOMES, 2) as [string, string];
  const description =
    `This guide prepares job seekers for ${article(role)} ${role} interview by focusing on ${s1}, ${s2} and ${s3}. ` +
    `Learn how to show your ability to ${o1} and ${o2}` +
    (rng.next() < 0.6 ? `, with model answers to ${rng.int(8, 30)} common questions. ` : '. ') +
    `Gain insights into how interviewers assess ${rng.pick(SKILLS)} and how to ${rng.pick(VERBS)} ${rng.pick(NOUNS)} under pressure.`;
  const pub = new Date(Date.UTC(2023, 0, 1) + rng.int(0, 900) * 86_400_000);
  const mod = new Date(pub.getTime() + rng.int(0, 120) * 86_400_000);
  const tags = ['Interview Prep', domain, ...rng.sample(SKILLS, rng.int(1, 3)).map(titleCase)];

  const out = [
    '---',
    `term: ${yaml(title)}`,
    `description: ${yaml(description)}`,
    `category: ${yaml(rng.pick(CATEGORIES))}`,
    `vertical: ${yaml(rng.pick(VERTICALS))}`,
    `pubDate: ${pub.toISOString().slice(0, 10)}`,
    `modDate: ${yaml(mod.toISOString().slice(0, 10))}`,
    `author: ${yaml(rng.pick(AUTHORS))}`,
    `tags: [${tags.map(yaml).join(', ')}]`,
    '---',
    '',
    `## ${title}`,
    '',
    `Candidates for ${article(role)} ${role} role should be ready to discuss ${s1} and ${s2}.`,
    '',
    '### Interview Questions and Answers',
    '',
  ];
  const groups: SyntheticGuide['groups'] = [];
  // Distinct nouns per guide keep every question's text, and so its id, unique.
  const nouns = rng.sample(NOUNS, NOUNS.length);
  let number = 0;
  for (const group of rng.sample(GROUPS, rng.int(1, 4))) {
    const count = rng.int(2, 4);
    groups.push({ name: group, questions: count });
    out.push(`#### ${group} Questions`, '');
    for (let k = 0; k < count; k++) {
      number++;
      const noun = nouns[(number - 1) % nouns.length]!;
      out.push(
        `##### Q${number}: How would you ${rng.pick(VERBS)} ${noun} as ${article(role)} ${role}?`,
        '',
        '- **Answer**:',
        `  - **Context**: ${titleCase(noun)} often slip when teams are busy.`,
        `  - **Approach**: I ${rng.pick(VERBS)} them with clear owners and a weekly review.`,
        `  - **Example**: In my last role I cut delays on ${noun} by ${rng.int(10, 40)}%.`,
        '  - **Outcome**: Fewer surprises and faster decisions.',
        '',
      );
    }
  }
  return { name: `${kebab(title)}.md`, title, text: out.join('\n'), groups };
}

/** The first `count` generated guides; file names made unique where titles repeat. */
export function syntheticGuides(count: number): SyntheticGuide[] {
  const seen = new Map<string, number>();
  const guides: SyntheticGuide[] = [];
  for (let i = 0; i < count; i++) {
    const guide = generateGuide(i);
    const base = guide.name.slice(0, -'.md'.length);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    guides.push(n === 1 ? guide : { ...guide, name: `${base}-${n}.md` });
  }
  return guides;
}
