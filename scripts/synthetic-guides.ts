/**
 * Generated guides for `npm run size` and the benches: the app is built on
 * banks of them to see how the first page, the chunks and the first visit's
 * download grow with the number of guides.
 *
 * Front matter is realistic by default: titles, slugs, tags and descriptions
 * drawn from word banks (about as varied, and as compressible, as real ones),
 * varied question counts and groups. Bodies come in two sizes:
 *
 * - `short` (the default): a few short questions, for checks that only look at
 *   what the index carries per guide (fast to build);
 * - `real`: shaped and sized like the real guides (about 13 KB each, gzip to
 *   about 38% like them): an overview with certifications, 8 to 20 questions in
 *   groups, and answers in the nested shapes real guides use (Context /
 *   Approach / Example / Outcome, Scenario 1 / 2, Detailed Answer with
 *   numbered examples, Definition / Examples / Real-World Scenario pairs),
 *   each followed by Best Practices, Pitfalls and Follow-Up Points.
 *
 * Deterministic: guide i is the same in every run (for a given size).
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

export type BodySize = 'short' | 'real';

function generateGuide(index: number, size: BodySize): SyntheticGuide {
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
  if (size === 'real') {
    out.splice(out.length - 2, 0, ...realOverview(rng, role));
    let number = 0;
    const used = new Set<string>();
    for (const group of rng.sample(GROUPS, rng.int(2, 4))) {
      const count = rng.int(2, 5);
      groups.push({ name: group, questions: count });
      out.push(`#### ${group} Questions`, '');
      for (let k = 0; k < count; k++) {
        number++;
        out.push(...realQuestion(rng, number, group, role, used), '');
      }
    }
    out.push('### Conclusion', '', paragraph(rng, 3), '');
    return { name: `${kebab(title)}.md`, title, text: out.join('\n'), groups };
  }
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

/**
 * The first `count` generated guides; file names made unique where titles repeat. `size: 'real'` gives
 * bodies shaped and sized like real guides (see the top of this file).
 */
export function syntheticGuides(count: number, { size = 'short' }: { size?: BodySize } = {}): SyntheticGuide[] {
  const seen = new Map<string, number>();
  const guides: SyntheticGuide[] = [];
  for (let i = 0; i < count; i++) {
    const guide = generateGuide(i, size);
    const base = guide.name.slice(0, -'.md'.length);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    guides.push(n === 1 ? guide : { ...guide, name: `${base}-${n}.md` });
  }
  return guides;
}

// Real-sized bodies: sentences assembled from word banks, so they compress about as well as real prose.

const TEAMS = list(`
  the sales team | our engineering group | the finance department | two product squads | the support desk
  the regional office | a cross-functional task force | the executive committee | our offshore partners
  the legal team | the data platform group | frontline managers | the procurement office | new hires
  the marketing department | an external auditor | the operations centre | a key account | the board
`);
const METRICS = list(`
  churn | cycle time | gross margin | first-response time | defect rate | net promoter score | win rate
  forecast accuracy | on-time delivery | cost per acquisition | utilisation | uptime | retention | lead time
  average deal size | audit findings | ticket backlog | conversion rate | inventory turns | employee engagement
`);
const TOOLS = list(`
  Salesforce | Jira | Tableau | Power BI | SQL | Python | Excel models | a shared Confluence space | Looker
  ServiceNow | HubSpot | Terraform | Kubernetes | SAP | Workday | Slack channels | Airflow | dbt | Figma
  Google Analytics | Zendesk | Asana | NetSuite | Snowflake | GitHub Actions | Datadog | Segment
`);
const ADJECTIVES = list(`
  clear | measurable | realistic | transparent | incremental | repeatable | pragmatic | data-driven | concise
  structured | collaborative | proactive | consistent | focused | flexible | well-documented | lightweight
`);
const CONSTRAINTS = list(`
  the budget was frozen mid-quarter | two senior people had just left | the deadline could not move
  requirements changed every week | the data was incomplete | a regulator was watching closely
  the customer threatened to cancel | leadership disagreed on priorities | the legacy system had no tests
  we had no dedicated analyst | the vendor missed two deliveries | the team worked across four time zones
`);
const REASONS = list(`
  because it keeps everyone accountable | so that nobody is surprised at the review | which builds trust early
  since small wins keep the momentum going | because it exposes risks before they grow
  so decisions rest on evidence rather than opinion | which lets the team focus on what matters most
  because interviewers look for ownership | so the approach can be repeated next time
`);
const CERTS = list(`
  Project Management Professional (PMP) | Certified Scrum Master (CSM) | Six Sigma Green Belt
  AWS Certified Solutions Architect | Certified Information Systems Auditor (CISA) | Google Analytics Certification
  Chartered Financial Analyst (CFA) | ITIL Foundation | Certified Supply Chain Professional (CSCP)
  Salesforce Certified Administrator | CompTIA Security+ | Certified Professional in Healthcare Quality
  Lean Practitioner | Microsoft Certified: Azure Fundamentals | Certified Business Analysis Professional
`);
const DEGREES = list(`
  Business Administration | Computer Science | Economics | Statistics | Engineering | Finance | Marketing
  Information Systems | Public Health | Supply Chain Management | Mathematics | Communications | Psychology
`);
const QUESTION_SHAPES: Record<string, readonly ((r: Rng, role: string) => string)[]> = {
  Technical: [
    (r) => `Explain how you would ${r.pick(VERBS)} ${r.pick(NOUNS)} using ${r.pick(TOOLS)}.`,
    (r) => `What is the difference between ${r.pick(SKILLS)} and ${r.pick(SKILLS)}?`,
    (r) => `How do you measure ${r.pick(METRICS)}, and which tools do you rely on?`,
    (r, role) => `Which methods do you use to ${r.pick(VERBS)} ${r.pick(NOUNS)} as ${article(role)} ${role}?`,
  ],
  Behavioral: [
    (r) => `Describe a time when you had to ${r.pick(VERBS)} ${r.pick(NOUNS)} while ${r.pick(CONSTRAINTS)}.`,
    (r) => `Tell me about a time you improved ${r.pick(METRICS)} for ${r.pick(TEAMS)}.`,
    (r) => `Give an example of how you used ${r.pick(SKILLS)} to ${r.pick(OUTCOMES)}.`,
  ],
  Situational: [
    (r) => `How would you handle a situation where ${r.pick(CONSTRAINTS)} and ${r.pick(NOUNS)} were at risk?`,
    (r) => `Imagine ${r.pick(TEAMS)} disagrees with your plan to ${r.pick(VERBS)} ${r.pick(NOUNS)}. What would you do?`,
    (r) => `What would you do if ${r.pick(METRICS)} dropped sharply right after ${r.pick(CONSTRAINTS)}?`,
  ],
  'Problem-Solving': [
    (r) => `How would you approach a drop in ${r.pick(METRICS)} with no obvious cause?`,
    (r) => `Walk me through how you would ${r.pick(VERBS)} ${r.pick(NOUNS)} when ${r.pick(CONSTRAINTS)}.`,
    (r) => `How do you decide which ${r.pick(NOUNS)} to ${r.pick(VERBS)} first?`,
  ],
  Additional: [
    (r) => `How do you stay current with ${r.pick(SKILLS)} and ${r.pick(TOOLS)}?`,
    (r, role) =>
      `Why do you want to work as ${article(role)} ${role} in our ${r.pick(VERTICALS).toLowerCase()} business?`,
    (r) => `What does ${r.pick(ADJECTIVES)} ${r.pick(SKILLS)} look like to you?`,
  ],
};

const SENTENCES: readonly ((r: Rng) => string)[] = [
  (r) => `I ${r.pick(VERBS)} ${r.pick(NOUNS)} with ${r.pick(TEAMS)}, ${r.pick(REASONS)}.`,
  (r) =>
    `The first step is to agree ${r.pick(ADJECTIVES)} goals for ${r.pick(METRICS)} and review them every ${r.pick(['week', 'sprint', 'month', 'quarter'])}.`,
  (r) =>
    `When ${r.pick(CONSTRAINTS)}, I set up ${r.pick(TOOLS)} to track ${r.pick(NOUNS)} and shared the view with ${r.pick(TEAMS)}.`,
  (r) =>
    `We improved ${r.pick(METRICS)} by ${r.int(5, 60)}% within ${r.int(2, 11)} months, and ${r.pick(METRICS)} stayed stable.`,
  (r) => `A ${r.pick(ADJECTIVES)} approach to ${r.pick(SKILLS)} helps ${r.pick(TEAMS)} ${r.pick(OUTCOMES)}.`,
  (r) => `Interviewers want to hear how you ${r.pick(VERBS)} ${r.pick(NOUNS)}, not only what the result was.`,
  (r) =>
    `Using ${r.pick(TOOLS)} and ${r.pick(TOOLS)}, I built a ${r.pick(ADJECTIVES)} report on ${r.pick(METRICS)} that ${r.pick(TEAMS)} still uses.`,
  (r) => `It matters ${r.pick(REASONS)}, especially when ${r.pick(CONSTRAINTS)}.`,
  (r) => `Mention ${r.pick(SKILLS)} and ${r.pick(SKILLS)} explicitly, and tie them to ${r.pick(METRICS)}.`,
  (r) =>
    `I met ${r.pick(TEAMS)} ${r.pick(['weekly', 'daily', 'every other week', 'twice a month'])} to ${r.pick(VERBS)} ${r.pick(NOUNS)} and agree on owners.`,
];

// Free words mixed into the templated sentences: without them the templates repeat so often that gzip
// packs a generated guide twice as tightly as a real one.
const WORDS = list(`
  account | achieve | action | actually | adapt | address | adjust | agenda | agreement | allocate | analysis
  annual | anticipate | approval | assess | assumption | attention | available | backlog | balance | baseline
  benchmark | benefit | board | boundary | brief | broad | budget | build | calendar | candid | capacity
  capture | careful | case | cause | challenge | champion | change | channel | check | client | close | coach
  commit | common | compare | complete | complex | concern | confident | confirm | conflict | consider
  constraint | contract | contribute | control | cost | critical | current | customer | cycle | daily | deadline
  decide | decision | define | delay | deliver | demand | depend | design | detail | develop | difficult
  direct | discuss | document | draft | early | effect | effort | escalate | estimate | evidence | example
  expect | experience | explain | external | factor | feedback | figure | final | financial | flag | flow
  follow | formal | frame | frequent | gap | gather | goal | guide | habit | handle | handover | history
  honest | ideal | identify | impact | implement | important | improve | include | increase | initial
  insight | internal | issue | journey | judgement | keep | knowledge | launch | layer | learn | level
  limit | listen | local | long-term | maintain | manage | manual | margin | market | matter | measure
  meeting | method | milestone | mistake | model | monitor | motivate | narrow | natural | negotiate | network
  notice | objective | obvious | offer | open | option | order | outline | owner | pace | partner | pattern
  people | perform | period | phase | pilot | plan | point | policy | positive | practical | prepare | present
  pressure | prevent | principle | priority | problem | process | produce | progress | project | proposal
  protect | provide | public | purpose | quality | question | quick | raise | range | rapid | rate | reason
  recent | recommend | record | reduce | refine | regular | relevant | rely | remote | repeat | report
  request | require | resolve | resource | respond | result | review | revise | role | routine | rule
  schedule | scope | season | section | segment | senior | sequence | service | session | share | shift
  signal | simple | skill | solution | source | specific | stable | stage | standard | status | step
  strategy | strength | structure | style | submit | success | suggest | summary | supply | support | survey
  system | target | task | team | template | tension | test | theme | threshold | timeline | tool | topic
  track | trade-off | transfer | trend | trust | update | urgent | usage | useful | validate | value | vendor
  version | visible | volume | weekly | whole | window | workload | workshop | written | yearly
`);
const phrase = (r: Rng, count: number): string => Array.from({ length: count }, () => r.pick(WORDS)).join(' ');
const sentence = (r: Rng): string => {
  const s = r.pick(SENTENCES)(r);
  // A clause of free words after the templated part, as real answers elaborate on their first line.
  return `${s.slice(0, -1)}, with ${phrase(r, r.int(3, 8))}.`;
};
function paragraph(r: Rng, count: number): string {
  return Array.from({ length: count }, () => sentence(r)).join(' ');
}
/** `- **Label**: text` items: only where any label is fine (the overview, outside the questions). */
const labelList = (r: Rng, count: number): string[] =>
  Array.from(
    { length: count },
    () => `- **${titleCase(r.pick([...SKILLS, ...NOUNS]))}**: ${paragraph(r, r.int(1, 2))}`,
  );
/** `- **Bold advice** and its reason` items, as real Best Practices and Pitfalls lists read. */
const adviceList = (r: Rng, count: number): string[] =>
  Array.from({ length: count }, () => `- **${titleCase(r.pick(VERBS))} ${r.pick(NOUNS)}** ${phrase(r, r.int(4, 8))}.`);

function realOverview(r: Rng, role: string): string[] {
  return [
    `### Overview of Required and Recommended Certifications, Educational Background, and Industry Qualifications`,
    '',
    '**Educational Background:**',
    `- **Bachelor’s Degree:** A degree in ${r.sample(DEGREES, 3).join(', ')} or a related field is usually expected for ${article(role)} ${role}.`,
    `- **Master’s Degree:** Advanced study in ${r.pick(DEGREES)} can help, ${r.pick(REASONS)}.`,
    '',
    '**Certifications:**',
    ...r.sample(CERTS, r.int(2, 3)).map((c) => `- **${c}:** ${paragraph(r, 1)}`),
    '',
    '**Industry Qualifications:**',
    ...labelList(r, r.int(2, 4)),
    '',
    '---',
    '',
  ];
}

/** One question in one of four real answer shapes, with its practices and pitfalls. */
function realQuestion(r: Rng, number: number, group: string, role: string, used: Set<string>): string[] {
  const shapes = QUESTION_SHAPES[group]!;
  let text = r.pick(shapes)(r, role);
  while (used.has(text)) text = r.pick(shapes)(r, role);
  used.add(text);
  const heading = r.pick([`##### Q${number}: ${text}`, `##### Question ${number}: ${text}`]);
  const out = [heading, ''];
  switch (r.int(0, 3)) {
    case 0:
      out.push(
        '- **Answer**:',
        `  - **Context**: ${sentence(r)}`,
        `  - **Approach**: ${sentence(r)}`,
        `  - **Example**: ${sentence(r)}`,
        `  - **Outcome**: ${sentence(r)}`,
      );
      break;
    case 1:
      out.push('**Answer:**');
      for (let s = 1; s <= 2; s++) {
        out.push(
          `- **Scenario ${s}**: ${titleCase(r.pick(NOUNS))} at ${r.pick(TEAMS)}.`,
          `  - **Context**: ${sentence(r)}`,
          `  - **Approach**: ${sentence(r)}`,
          `  - **Outcome**: ${sentence(r)}`,
        );
      }
      break;
    case 2:
      out.push(`- **Context**: ${sentence(r)}`, '- **Detailed Answer**:');
      for (let s = 1; s <= r.int(2, 3); s++) out.push(`  - **Example ${s}**: ${sentence(r)}`);
      out.push(`  - **Common Pitfalls**: ${sentence(r)}`);
      break;
    default: {
      out.push('**Answer:**', '');
      for (const part of r.sample(SKILLS, 2)) {
        out.push(
          `- **${titleCase(part)}:**`,
          `  - **Definition:** ${sentence(r)}`,
          `  - **Examples:** ${r.sample(TOOLS, 3).join(', ')}.`,
          `  - **${r.pick(['Approach', 'Real-World Scenario'])}:** ${sentence(r)}`,
          '',
        );
      }
    }
  }
  out.push('', '**Best Practices:**', ...adviceList(r, 2));
  out.push('', '**Common Pitfalls to Avoid:**', ...adviceList(r, 1));
  if (r.chance(0.6)) out.push('', '**Follow-Up Points:**', `- ${sentence(r)}`);
  return out;
}
