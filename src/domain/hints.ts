/**
 * Hints about an answer the user wrote: which STAR parts it appears to contain
 * (with the phrases that suggest so), which of the model answer's key terms it
 * uses (how long it is: measures.ts). These are suggestions shown beside the rubric and
 * never set a rating or a score. Detection is heuristic, so it can be wrong
 * either way; to keep it checkable, every piece of evidence is a verbatim
 * snippet of the answer (at most 60 characters, "…" marking a cut) showing
 * the user why a part was flagged. All functions accept any string, including
 * empty text, bullet lists and all-lowercase dictation, and never throw.
 *
 * How a part is found, in order of trust:
 * - Explicit labels ("Situation:", "S:", "Task -", "**Result**:", "In the end,")
 *   credit their part when what follows says something the answer has not
 *   said already; a label around filler ("Result: it went well") credits
 *   nothing, and nothing inside it counts. A Situation or Task section speaks
 *   only for the context, a Result section only for the outcome.
 * - Elsewhere, cues with substance: a cue only counts when the words near it
 *   are more than filler ("we had some goals", "it went well", "we worked on
 *   them" are all cue words and no substance). Substance is measured against
 *   word lists of function words and vague words, never against answers.
 *   Stories ("I rang…", "- Mapped the steps") give an approach and an example;
 *   plans and habits ("I'd map…", "I always check…") an approach only; results
 *   need the past tense or a figure that changed, not a target ("to cut costs
 *   by 20%") or a general benefit ("it reduces load").
 * - Words that set the scene ("When I was at…", "As site supervisor…", up to
 *   the next "I" or "we") speak for the context only, so a figure in them
 *   ("sales were 30% behind") is not taken for an outcome.
 * - The closing sentence of a story with no result word in it, told in the
 *   past, counts as its outcome ("He went home on day four.").
 * Measured on hand-labelled answers: `npm run bench:hints`
 * (tests/fixtures/hints/answers.json), and asserted in tests/domain/hints.test.ts.
 */
import { stem } from '@/content/key-terms';
import { words } from '@/content/words';

import { RUBRIC_PARTS, type RubricPart } from './model';

export const MAX_EVIDENCE_CHARS = 60;
/** Snippets kept per part: enough to convince, few enough to read at a glance. */
export const MAX_EVIDENCE_PER_PART = 3;

export type DetectedParts = Record<RubricPart, { present: boolean; evidence: string[] }>;

const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that carry no content of their own. */
const FUNCTION_WORDS = wordSet(`
  a an the and or but nor so to of in on at for with by from into onto over under up down out off about around
  through across after before then than as if it its it's this that these those there here i me my mine we us our
  ours you your he him his she her they them their theirs who whom whose which what when where why how was were is
  are be been being am had has have do did does done doing not no just really very quite all some any every each
  much many more most also too well even still only own again ever yet would could should will can may might must
  shall i'd i'm i've i'll we'd we're we've we'll it'll that's there's don't didn't doesn't wasn't weren't isn't
  aren't haven't hasn't hadn't can't couldn't won't wouldn't um uh er erm like basically okay ok yeah yes right
  actually honestly literally kind sort lot lots thing things stuff something someone everyone everybody anyone
  anything everything nothing one ones way ways let lets whatever whenever`);

/**
 * Content words that say nothing specific: the vocabulary of filler ("we had
 * some goals and worked on them, it went well"). A cue surrounded only by
 * these and function words is not credited.
 */
const VAGUE_WORDS = wordSet(`
  goal goals problem problems issue issues challenge challenges situation situations project projects work worked
  working works job jobs role roles task tasks team teams people person time times good great well fine okay happy
  better best positive successful success hard difficult tough important main different big experience experiences
  skill skills communication communicate learn learning learned learnt grow growth handle handled handling deal
  dealt dealing manage managed try tried trying help helped helping go went going gone goes get got getting gets make
  made making makes sure take took taking takes step stepped steps charge part professionally professional together
  stronger came come comes turn turned pleased care passionate extra mile involved value add opportunities
  opportunity relationships relationship business focus environment result results outcome outcomes deliver
  delivered delivering stakeholders risks depends depend question answer approach process level area areas aspect
  aspects type types general overall previous last current former certain various whole able responsibility
  responsibilities leader player worker communicator listener page same company organisation organization
  hard-working hardworking always usually generally sometimes often never proud excited enjoy enjoyed love loved
  liked think thought feel felt believe know knew see saw want wanted need needed hope guess mean seem seemed become
  became stay stayed keep kept look looked looking show showed everyone's fix fixed solve solved effort efforts
  idea ideas plan plans strategy happen happens happened matters matter perfect perfectly naturally natural tend
  tends professionalism positively ago new understanding`);

/** Verbs too vague to describe an action by themselves ("I worked on it", "I handled it", "we did our best"). */
const VAGUE_VERBS = wordSet(`
  work worked works working do did does doing done try tried tries handle handled handles deal dealt deals manage
  managed manages help helped helps go went goes get got gets be was were is are am been have had has think thought
  feel felt know knew care cared love loved want wanted need needed see saw learn learned learnt grow grew step
  stepped say said believe like liked hope guess mean seem seemed become became stay stayed keep kept
  enjoy enjoyed tend let lets continue continued ensure ensured focus focused`);

/** Noticing and joining set the scene; they are not what the speaker did about it. */
const SCENE_VERBS = wordSet('noticed spotted realised realized discovered heard joined inherited');

const NUMBER_WORDS = wordSet(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half third dozen`);

/** Verbs a plan or a habit is made of, in their base form ("I'd map…", "- Pair them with a buddy"). */
const ACTION_VERBS = wordSet(`
  add adjust agree align allocate analyse analyze apologise apologize apply arrange ask assess assign audit automate
  benchmark book break brief bring build call cap chase check clarify clean coach collect compare confirm consult
  contact contain create cut debug decide define delegate deploy design disconnect document draft email encourage
  escalate establish estimate evaluate examine explain export find flag follow gather give greet hire identify
  implement improve inform interview introduce investigate involve isolate keep label launch lead limit list listen
  log look map measure meet mentor merge migrate model monitor move negotiate normalise normalize notify offer
  organise organize outline pair partition phone pick pilot plan prepare present preserve prioritise prioritize
  profile propose prototype publish pull put query rank read rebuild record reduce refactor reproduce request
  research reset restructure review revoke rewrite roll route run schedule scope send separate set share ship
  shadow simplify sit sketch speak split standardise standardize start store streamline structure summarise
  summarize survey switch tag take talk teach test track train trial triage use validate verify visit walk watch
  weigh write begin remove replace rerun retrain return`);

const PAST_IRREGULAR = wordSet(`
  built led made ran wrote rewrote took found gave got brought chose drove held kept met paid put sent set sold
  spent taught told won began did sat spoke went saw left read thought knew felt caught became came shipped cut split
  broke fought hired fired rang sought hung overtook undertook withdrew drew flew threw bought stood understood fed
  lent meant rode shook shot shut slept stuck swept swam woke dug hid hit laid quit rebuilt rethought
  redid reran oversaw forgot froze bent upheld`);

/** Past forms that are also present ones: past only after a subject ("I cut scope"), not as "and put a cache". */
const SAME_IN_PRESENT = wordSet('put set cut read split hit shut quit spread cast cost hurt let bet upset');

const normal = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** "-ed" also ends present-tense words ("I need", "we proceed") and nouns ("bed"). */
function isPastTense(word: string | undefined): boolean {
  const verb = normal(word ?? '');
  if (PAST_IRREGULAR.has(verb)) return true;
  if (!verb.endsWith('ed') || verb.length < 4) return false;
  return !verb.endsWith('eed') || ['agreed', 'freed', 'guaranteed'].includes(verb);
}

function isSubstantive(raw: string): boolean {
  const word = normal(raw);
  if (/\d/.test(word) || NUMBER_WORDS.has(word)) return true;
  if (word.length < 3 && !/^[A-Z]{2}$/.test(raw)) return false;
  return !FUNCTION_WORDS.has(word) && !VAGUE_WORDS.has(word);
}

// ---------------------------------------------------------------------------
// Text structure: tokens, sentences, clauses

/**
 * Every match of a global pattern, like `matchAll` but without cloning the
 * pattern on each call (the patterns here are shared and this runs per answer).
 */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

interface Token extends Span {
  raw: string;
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
  /** Index of the sentence (or line) it belongs to. */
  s: number;
}

const TOKEN_RE = /[$€£¥]?[\p{L}\p{N}]+(?:['’&./,-][\p{L}\p{N}]+)*%?/gu;
const LIST_MARKER = /^[ \t]*(?:[-*+•]|\d+[.)])[ \t]+/;

/** Sentences and lines: a new line always ends one, since list items rarely end in a full stop. */
function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const stop = '.!?'.includes(c) && (i + 1 === text.length || /\s/.test(text[i + 1]!));
    // The full stop of a numbered item's marker ("1. ") or of a one-letter label ("S. ") does not end a sentence.
    if (stop && (LIST_MARKER.test(text.slice(start, i + 2)) || /^\s*[A-Za-z]$/.test(text.slice(start, i)))) continue;
    if (c === '\n' || stop) {
      spans.push({ start, end: c === '\n' ? i : i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans
    .map((s) => {
      const body = text.slice(s.start, s.end);
      const lead = body.length - body.trimStart().length;
      const marker = LIST_MARKER.exec(body.slice(lead))?.[0].length ?? 0;
      return { start: s.start + lead + marker, end: s.start + body.trimEnd().length };
    })
    .filter((s) => s.end > s.start);
}

/**
 * Clauses: pieces of a sentence between commas, semicolons, dashes and the
 * words that join clauses in speech ("so", "and", "but", "because"), which
 * matters for dictation, where a whole answer is one sentence.
 */
function clauseSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  const boundary = /[,;:]\s|\s[—–-]\s|\s(?=(?:so|and|but|because|which|then|while|whereas)\s)/gi;
  for (const span of spans) {
    let start = span.start;
    const body = text.slice(span.start, span.end);
    for (const m of allMatches(boundary, body)) {
      const at = span.start + m.index;
      if (at > start) out.push({ start, end: at });
      start = at + m[0].length;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}

/** Index of the span containing a position; a position between spans goes with the next one. */
function indexAt(spans: Span[], index: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > index) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

// ---------------------------------------------------------------------------
// Labels

type Section = {
  part: RubricPart | null;
  labelStart: number;
  contentStart: number;
  end: number;
  /** A label on a list item speaks for that item only ("- Context: invoices took 14 days"). */
  lineOnly?: boolean;
  /** "In the end, …" speaks for its own sentence only. */
  sentenceOnly?: boolean;
};

const LABEL_NAMES: Record<RubricPart, string[]> = {
  context: [
    'situation',
    'context',
    'background',
    'task',
    'the situation',
    'the task',
    'problem',
    'the problem',
    'challenge',
    'the challenge',
    'setting',
    's\\s*/\\s*t',
    's',
    't',
  ],
  approach: [
    'actions?',
    'approach',
    'my approach',
    'what i did',
    'steps',
    'solution',
    'plan',
    'strategy',
    'method',
    'a',
  ],
  example: ['examples?', 'e'],
  outcome: [
    'results?',
    'end result',
    'outcomes?',
    'impact',
    'lessons?(?:\\s+learn[et]d?)?',
    'learnings?',
    'takeaways?',
    'r',
    'o',
  ],
};

const LABEL_PART = new Map<string, RubricPart>();
const LABEL_ALTERNATIVES = RUBRIC_PARTS.flatMap((part) =>
  LABEL_NAMES[part].map((name) => `(?<${part}${LABEL_NAMES[part].indexOf(name)}>${name})`),
);
for (const part of RUBRIC_PARTS) LABEL_NAMES[part].forEach((_, i) => LABEL_PART.set(`${part}${i}`, part));

/** Where a label may start: the start of the text or a line, or after a sentence. */
const LABEL_POSITION_RE = /\n|[.!?;]\s+/g;
/** Indentation and a list marker before a label. */
const LEAD_RE = /[ \t]*((?:[-*+•]|\d+[.)])[ \t]+)?/y;
const BOLD = String.raw`(?:\*\*|__)?`;
const LABEL_RE = new RegExp(
  `${BOLD}(?:${LABEL_ALTERNATIVES.join('|')})${BOLD}[ \\t]*(?::|[ \\t][-–—](?=[ \\t])|(?<=\\b[a-z])\\.(?=[ \\t]))${BOLD}`,
  'iy',
);
/** "In the end" opens the outcome wherever a sentence starts with it. */
const IN_THE_END_RE = new RegExp(`${BOLD}in the end${BOLD}[ \\t]*[,:]?`, 'iy');
/** Any other short bold or capitalised label at the start of a line ("**Trade-offs**:") ends a section. */
const OTHER_LABEL_RE =
  /(?:(?:\*\*|__)[^*\n]{1,30}(?:\*\*|__)[ \t]*:|(?:\*\*|__)[^*\n]{1,30}:(?:\*\*|__)|[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:)(?=\s)/y;
/** Spoken STAR: "situation my team was behind task get it back action i cut scope result we shipped". */
const SPOKEN_LABEL_RE =
  /(?<!\b(?:the|a|an|my|our|this|that|of|in|on|any|no|every|each|whole|swift|quick|immediate|legal|corrective|direct)\s)\b(situation|task|action|result)\b(?!\s*[:-])/gi;
const SPOKEN_ORDER = ['situation', 'task', 'action', 'result'];

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function findSections(text: string, spans: Span[]): Section[] {
  const found: Section[] = [];
  const positions = [0, ...allMatches(LABEL_POSITION_RE, text).map((m) => m.index + m[0].length)];
  for (const at of positions) {
    const lead = stickyAt(LEAD_RE, text, at)!;
    const labelStart = at + lead[0].length;
    const onItem = lead[1] !== undefined;
    const label = stickyAt(LABEL_RE, text, labelStart);
    if (label) {
      const key = Object.entries(label.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
      const part = key ? LABEL_PART.get(key) : undefined;
      const contentStart = labelStart + label[0].length;
      const lineEnd = text.indexOf('\n', contentStart);
      const restOfLine = text.slice(contentStart, lineEnd < 0 ? text.length : lineEnd);
      if (part)
        found.push({ part, labelStart, contentStart, end: text.length, lineOnly: onItem && restOfLine.trim() !== '' });
      continue;
    }
    const end = stickyAt(IN_THE_END_RE, text, labelStart);
    if (end) {
      found.push({
        part: 'outcome',
        labelStart,
        contentStart: labelStart + end[0].length,
        end: text.length,
        sentenceOnly: true,
      });
      continue;
    }
    const lineStart = at === 0 || text[at - 1] === '\n';
    const other = lineStart ? stickyAt(OTHER_LABEL_RE, text, labelStart) : null;
    if (other) found.push({ part: null, labelStart, contentStart: labelStart + other[0].length, end: text.length });
  }
  const lower = text.toLowerCase();
  const spokenWords = SPOKEN_ORDER.filter((w) => lower.includes(w)).length;
  if (spokenWords >= 3 && !found.some((s) => s.part && s.part !== 'outcome')) {
    const spoken = allMatches(SPOKEN_LABEL_RE, text);
    const firsts = SPOKEN_ORDER.map((name) => spoken.find((m) => m[1]!.toLowerCase() === name)).filter(
      (m): m is RegExpExecArray => m !== undefined,
    );
    const inOrder = firsts.every((m, i) => i === 0 || m.index > firsts[i - 1]!.index);
    if (firsts.length >= 3 && inOrder) {
      for (const m of firsts) {
        const name = m[1]!.toLowerCase();
        const part: RubricPart = name === 'action' ? 'approach' : name === 'result' ? 'outcome' : 'context';
        found.push({ part, labelStart: m.index, contentStart: m.index + m[0].length, end: text.length });
      }
    }
  }
  found.sort((a, b) => a.labelStart - b.labelStart);
  for (let i = 0; i < found.length; i++) {
    const section = found[i]!;
    section.end = found[i + 1]?.labelStart ?? text.length;
    const lineEnd = text.indexOf('\n', section.contentStart);
    if (section.lineOnly && lineEnd >= 0) section.end = Math.min(section.end, lineEnd);
    const sentence = spans[indexAt(spans, section.labelStart)];
    if (section.sentenceOnly && sentence) section.end = Math.min(section.end, sentence.end);
  }
  return found;
}

// ---------------------------------------------------------------------------
// Cues

interface Hit {
  part: RubricPart;
  index: number;
  /** For a scene-setting cue: where the scene it sets ends. */
  end?: number;
}

interface Ctx {
  text: string;
  tokens: Token[];
  spans: Span[];
  clauses: Span[];
  /** Tokens that open a labelled section's content ("Action - automated…"). */
  starts: Set<number>;
}

/** Index of the first token that ends after a position. */
function tokenAt(ctx: Ctx, index: number): number {
  return indexAt(ctx.tokens, index);
}

/** Substantive words among the `after` tokens from `index` on and the `before` tokens ahead of it, within its sentence. */
function substance(ctx: Ctx, index: number, after: number, before = 0, figures = true): number {
  const first = tokenAt(ctx, index);
  if (first < 0) return 0;
  // The sentence of the position itself (a position just after a sentence's last word is still in it).
  const sentence = indexAt(ctx.spans, Math.max(0, index - 1));
  let n = 0;
  for (let k = Math.max(0, first - before); k < ctx.tokens.length && k < first + after; k++) {
    const t = ctx.tokens[k]!;
    if (t.s < sentence) continue;
    if (t.s > sentence) break;
    if (isSubstantive(t.raw) && (figures || !/\d/.test(t.raw))) n++;
  }
  return n;
}

const substanceAfter = (ctx: Ctx, index: number, count: number) => substance(ctx, index, count);

/** Whether the sentence around a position tells of the past (a story), rather than explaining or planning. */
function narrative(ctx: Ctx, index: number): boolean {
  const first = tokenAt(ctx, index);
  if (first < 0) return false;
  const sentence = ctx.tokens[first]!.s;
  return ctx.tokens.some((t, k) => {
    if (t.s !== sentence) return false;
    if (['was', 'were', 'had'].includes(t.w)) return true;
    if (!isPastTense(t.w) || SAME_IN_PRESENT.has(t.w)) return false;
    // "state is truly shared", "can be cached": a participle, not a past tense.
    const before = [ctx.tokens[k - 1]?.w, ctx.tokens[k - 2]?.w];
    return !before.some((w) => w && PRESENT_AUX.has(w));
  });
}

/** Whether the sentence around a position has the speaker doing something in the past ("I cut…", "we moved…"). */
function storyTold(ctx: Ctx, index: number): boolean {
  const first = tokenAt(ctx, index);
  if (first < 0) return false;
  const sentence = ctx.tokens[first]!.s;
  return ctx.tokens.some((t, k) => {
    if (t.s !== sentence || !SUBJECTS.has(t.w)) return false;
    let j = k + 1;
    while (ctx.tokens[j] && ADVERBS.has(ctx.tokens[j]!.w)) j++;
    return isPastTense(ctx.tokens[j]?.w);
  });
}

const PRESENT_AUX = wordSet("is are be been being 's get gets will would can could should may might must 'll 'd");

/** Tokens just before a position, lower-cased (for "to cut", "I'd aim to…"). */
function wordsBefore(ctx: Ctx, index: number, count: number): string[] {
  const k = tokenAt(ctx, index);
  const end = k < 0 ? ctx.tokens.length : k;
  return ctx.tokens.slice(Math.max(0, end - count), end).map((t) => t.w);
}

/** "to cut costs", "I'd reduce…": a target or a plan, unless it was achieved ("managed to cut…"). */
function notYet(ctx: Ctx, index: number): boolean {
  const [two, one, last] = wordsBefore(ctx, index, 3);
  if (last && NOT_YET.has(last)) return !(last === 'to' && one && ACHIEVED.has(one));
  return [two, one, last].some((w) => w && ["i'd", "we'd", 'would', 'will'].includes(w));
}

const MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const NUM = String.raw`(?:[$€£¥]?\d[\d,.]*\S*|${[...NUMBER_WORDS].join('|')}|a\s+third|half|a\s+quarter)`;
const ORG = String.raw`(?:company|firm|start-?up|agency|consultancy|hospital|ward|clinic|practice|surgery|pharmacy|school|academy|university|college|nursery|bank|charity|restaurant|kitchen|hotel|caf[eé]|shop|store|supermarket|retailer|chain|warehouse|factory|plant|site|build|office|centre|center|branch|department|council|association|trust|broker(?:age)?|manufacturer|distributor|bakery|gym|studio|lab(?:oratory)?|newspaper|publisher|airline|airport|station|depot|farm|theatre|club|church|court|insurer|home|unit|floor|shift|class|fintech|garage|salon|hospice|library|museum|utility|telecoms?|brand|marketplace|platform\s+team)`;

/** Clauses that set the scene; `story` ones count only in a sentence told in the past. */
const STORY_CONTEXT_RULES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:at|in|on|for|with|into|inside|within)\s+(?:a|an|the|my|our|one\s+of\s+(?:the|our|my))\s+(?:[\w'’&-]+\s+){0,4}?${ORG}s?\b`,
    'gi',
  ),
  /\b(?:when|while|whilst)\s+(?:I|we|our|my)\s+\w+/gi,
];
const CONTEXT_RULES: RegExp[] = [
  /(?:^|[.!?]\s+|\n)\s*(?:so\s+)?as\s+(?!a\s+result|well|soon|such|far|long|much|part|usual|planned|expected|a\s+whole|always)(?:a|an|the|their|our|my)?\s*[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s*(?:,|\bon\b|\bat\b|\bin\b|\bfor\b|\bwithout\b|\bwith\b)/gi,
  /\bin\s+my\s+(?:role|time|capacity)\s+as\b/gi,
  /\b(?:in|during)\s+my\s+(?:[\w-]+\s+){0,2}?(?:year|month|week|job|role|placement|rotation|internship|apprenticeship|post|term)\b/gi,
  /\bI\s+was\s+(?:a|an|the|working|running|hiring|leading|managing|responsible|tasked|asked|given|brought|hired|in\s+charge|on\s+call|on\s+shift|one\s+of|duty|covering|teaching|coordinating|supervising|studying|training|volunteering|doing\s+(?:a|an|my))\b/gi,
  /\bI\s+(?:worked|was\s+working)\s+(?:as|at|for|in|on)\b/gi,
  /\bI\s+(?:joined|took\s+over|inherited|started\s+(?:at|as)|moved\s+(?:to|into)\s+(?:a|an|the)\s+role)\b/gi,
  /(?:^|[.!?]\s+|\n)\s*(?:joined|took\s+over|worked\s+as|inherited)\b/gi,
  /\b(?:I|we)\s+(?:led|managed|ran|supervised|oversaw|headed|owned|looked\s+after)\s+(?:a|the|our|my)\s+(?:[\w-]+\s+)?(?:team|group|department|unit|budget|ward|store|shop|branch|site|portfolio|caseload|class|\S*\d)/gi,
  /\b(?:our|my|a)\s+team\s+of\s+\S+/gi,
  new RegExp(
    String.raw`\b(?:for|of|with|across)\s+(?:our|my|the|a|an)\s+(?:\d[\d,]*|${[...NUMBER_WORDS].join('|')})\s+(?:[\w-]+\s+)?(?:staff|engineers|employees|people|nurses|teachers|pupils|students|patients|customers|clients|users|stores|sites|branches|residents|volunteers|members|agents|analysts|developers|accounts|beds|schools|shops|offices|countries)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:I|we)\s+had\s+(?:only\s+|just\s+)?${NUM}\s+(?:\w+\s+)?(?:days?|weeks?|months?|hours?|minutes?)\s+to\b`,
    'gi',
  ),
  /\b(?:I|we)\s+had\s+to\s+(?!fix\b|do\b|deal\b|handle\b|work\b|sort\b)\w+/gi,
  /\b(?:I|we)\s+(?:noticed|spotted|realised|realized|discovered|found\s+out)\b/gi,
  /\b(?:my|our|the)\s+(?:task|goal|target|brief|job|challenge|aim|objective|remit|situation|context|background|problem|issue)\s+(?:was|were|is)\b/gi,
  new RegExp(
    String.raw`(?:^|[.!?]\s+|\n)\s*(?:(?:so|um|uh|right|okay|well|yeah|for\s+example|for\s+instance)[\s,]+){0,3}(?:last|this|that|one|in|during|on|over|early|late|back\s+in|earlier\s+this)\s+(?:year|spring|summer|autumn|fall|winter|quarter|month|week|term|semester|christmas|easter|lockdown|the\s+pandemic|${MONTH}|(?:19|20)\d{2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas\s+eve|black\s+friday|boxing\s+day|new\s+year)`,
    'gi',
  ),
  /\b(?:kept|keeps|kept\s+on)\s+\w+ing\b|\b(?:was|were)\s+(?:\S+\s+){0,2}?(?:struggling|falling|losing|running\s+out|failing|missing|walking|answering|arguing|complaining|refusing|re-?typing|behind|below|late|short|stuck|overloaded|understaffed|disruptive|frightened|furious|angry|unhappy|upset|broken|deteriorating|spread|off\s+by|getting\s+paged|sitting|slipping|overrunning|overspending|declining|dropping)\b/gi,
  /\bhad\s+(?:been|stopped|fallen|raised\s+less|no\s+(?:budget|processes?|data|time|way|one|plan|money|staff|system)|almost\s+no)\b|(?<!\b(?:a|an|the)\s)\b(?:refused|complained|threatened|announced|challenged|crashed|went\s+bust|went\s+out\s+of\s+business|went\s+off\s+sick|ran\s+out|called\s+in\s+sick|went\s+down(?!\s+(?:by|to|from|\d))|broke(?:\s+down)?|(?<!\b(?:I|we)\s)started\s+\w+ing)\b/gi,
  /\b(?:lost\s+(?:all|our|its|their|his|her|\d)|missed\s+(?:a|every|all|the|our|\d)|didn['’]t\s+want|did\s+not\s+want|(?<!\bI\s)wanted\s+to|there\s+(?:was|were)\s+no)\b/gi,
  new RegExp(String.raw`\btook\s+${NUM}\s+(?:\w+\s+)?(?:days|weeks|hours|months)\b`, 'gi'),
];

/** Phrases that introduce an approach by name. */
const APPROACH_PHRASES: RegExp[] = [
  /\b(?:my|our|the)\s+(?:approach|plan|strategy|first\s+step|process|method)(?:\s+(?:I|we)\s+took)?\s+(?:is|was|would\s+be|will\s+be)\b/gi,
  /\bthe\s+way\s+I\s+(?:\w+\s+)?approach\b/gi,
  /\bwhat\s+I\s+(?:did|do|would\s+do)\s+(?:was|is|would\s+be)\b/gi,
  /\bfirst(?:ly)?\b[^]{0,300}?\b(?:then|next|after\s+that|second(?:ly)?|finally)\b/gi,
  /\bin\s+the\s+(?:first|second)\s+(?:day|week|month|fortnight)\b/gi,
];

/** Phrases that introduce an example. */
const EXAMPLE_PHRASES = /\b(?:for\s+example|for\s+instance|e\.g\.|one\s+time|this\s+one\s+time|(?:I|we)\s+once)\b/gi;
const DATE_RE = new RegExp(
  String.raw`\b${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?\b|\bMay\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d{2}\b)|\b(?:19|20)\d{2}\b|\bQ[1-4]\b`,
  'g',
);

/** Outcome cues and how much substance each needs after it. */
const OUTCOME_RULES: { re: RegExp; need: number; story?: boolean }[] = [
  {
    re: /\b(?:as\s+a\s+result|the\s+(?:end\s+)?results?\s+(?:was|were|is)|the\s+outcome\s+(?:was|is)|resulted\s+in|resulting\s+in|which\s+meant|this\s+meant|that\s+meant|ended\s+up|in\s+the\s+end|ultimately|by\s+the\s+end\s+of|since\s+then|afterwards|from\s+then\s+on|as\s+planned)\b/gi,
    need: 2,
  },
  {
    re: /\b(?:fell|dropped|rose|grew|increased|decreased|reduced|lowered|boosted|improved|halved|doubled|tripled|quadrupled|shrank|climbed|jumped|recovered|exceeded|achieved|saved|saving|avoided|won|signed|renewed|approved|adopted|completed|thanked|praised|promoted|awarded|sold\s+out|went\s+live|made\s+a\s+full\s+recovery|came\s+back)\b/gi,
    need: 1,
  },
  { re: /\bwith\s+(?:no|zero)\s+\w+/gi, need: 0, story: true },
  {
    re: /(?:^|[.!?]\s+|\n)\s*(?:within|after|by)\s+(?:a|an|one|two|three|four|five|six|eight|ten|twelve|\d+)\s+(?:days?|weeks?|months?|quarters?|years?|terms?)\b/gi,
    need: 2,
  },
  { re: /\bnever\s+(?:got|went|had|missed|saw|needed|happened|came|lost|dropped)\b/gi, need: 1 },
  {
    re: new RegExp(
      String.raw`\b(?:had|saw|with|were|was)\s+no\s+(?:further\s+|more\s+|new\s+|other\s+)?(?:complications|complaints|incidents|errors|issues|problems|accidents|falls|defects|outages|downtime|escalations|injuries|adjustments|mistakes|failures|breaches|returns)\b|\b(?:shipped|launched|delivered|completed|finished|closed|resolved|filled|live|done)\s+(?:in|within)\s+(?:about\s+|around\s+|just\s+|only\s+)?${NUM}`,
      'gi',
    ),
    need: 0,
  },
  {
    re: new RegExp(
      String.raw`\b(?:cut|brought|got|went|sped|came|moved|took)\s+(?:\S+\s+){0,3}?(?:by|to|from|up|down|under|below)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|just\s+|only\s+)?${NUM}`,
      'gi',
    ),
    need: 0,
  },
  {
    re: new RegExp(
      String.raw`\b(?:up|down)\s+(?:from\s+|by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?${NUM}|\bfrom\s+(?:\S+\s+){0,3}?(?:\S*\d\S*|${[...NUMBER_WORDS].join('|')}|last|first)\s+(?:\S+\s+){0,3}?to\s+(?:\S+\s+){0,2}?(?:\S*\d|${[...NUMBER_WORDS].join('|')}|first|second|third)`,
      'gi',
    ),
    need: 0,
  },
  {
    re: /\d[\d,.]*\s?(?:%|percent\b|per\s+cent\b)\s+(?:higher|lower|more|fewer|less|faster|slower|up|down|increase|decrease|reduction|improvement|rise|drop|growth|better|cheaper|off)\b|[$€£¥]\s?\d[\d,.]*(?:\s?(?:k|m|bn|million|billion|thousand)\b)?\s+(?:more|less|higher|lower|saved|savings?|a\s+year|per\s+year|annually|in\s+savings|extra)\b|\b\d+(?:\.\d+)?x\b|\b(?:twice|three\s+times|four\s+times|ten\s+times)\s+(?:as|faster|more|quicker)\b/gi,
    need: 0,
  },
  {
    re: /\b(?:(?:(?:\w+ed|went|ran|came|got|shipped)\s+(?:\S+\s+){0,5}?|finishing\s+|delivering\s+)(?:on\s+time|on\s+budget|under\s+budget)|ahead\s+of\s+(?:schedule|time|the\s+deadline)|for\s+the\s+first\s+time|no\s+(?:more|further|longer)\s+\w+|zero\s+\w+|(?:haven['’]t|hasn['’]t|hadn['’]t|have\s+not|has\s+not)\s+\S+(?:\s+\S+){0,6}?\s+since\b|(?:five|four|5|4)[- ]star|waiting\s+list|back\s+on\s+track|went\s+back\s+to|full\s+recovery|(?:ended|finished)\s+(?:the|that)\s+(?:year|quarter|month|week|season)|now\s+(?:\S+\s+){0,3}?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|a\s+third))/gi,
    need: 0,
  },
  {
    re: /\b(?:I|we)\s+(?:learnt|learned|now)\b|\btaught\s+me\b|(?:^|\n|[.!?]\s+)[ \t]*(?:(?:[-*+•]|\d+[.)])[ \t]+)?(?:learnt|learned)\b/gi,
    need: 1,
  },
];

/** Words that make a following change a target or a hypothesis, not a result. */
const NOT_YET = wordSet(
  "to would 'd i'd we'd will i'll we'll could can should might aim want need needs needed plan hope goal target",
);

const ACHIEVED = wordSet('managed able helped went');

const CHANGE_VERBS = wordSet(
  'increased reduced cut grew improved doubled halved tripled lowered boosted raised decreased brought saved',
);
const FIGURE_AHEAD = new RegExp(
  String.raw`^(?:\s+\S+){0,5}?\s+(?:by|from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?${NUM}`,
  'i',
);

/** After a modal, a word that can be the verb of a plan: not a function word, an adverb or "not". */
function plausibleVerb(word: string): boolean {
  return (
    !FUNCTION_WORDS.has(word) &&
    !VAGUE_VERBS.has(word) &&
    !/ly$/.test(word) &&
    !/^\d/.test(word) &&
    !["n't", 'never'].includes(word)
  );
}

/** Words that open a verb's object or complement ("found a query", "moved two people", "deleted or retuned about half"). */
const OBJECT_START = wordSet(`
  the a an his her their our my its it them him us me this that these those every each all some any both up out down
  back off over to with for on in into at about by from through across around or and two three four five six seven
  eight nine ten twenty half several`);

/** Adverbs that may sit between a subject and its verb. */
const ADVERBS = wordSet(`
  first then also just quickly immediately personally basically actually finally eventually initially later once
  really usually always typically normally generally often mostly sometimes probably simply carefully straight
  still now soon instead together both all`);

const LIGHT_VERBS = wordSet('make made take took get got put set give gave do did');
const MODALS = wordSet("would will could can should might must 'd 'll");
const SUBJECTS = wordSet("i we i'd we'd i'll we'll i'm");

/**
 * Actions with their subject: "I rang…", "we added…" (a story: approach and
 * example), "I'd map…", "I always check…" (a plan or habit: approach), and
 * list items or sentences that start with a verb ("- Mapped the steps", "- Pair
 * them with a buddy").
 */
function actionHits(ctx: Ctx, hits: Hit[]): void {
  const { tokens } = ctx;
  const imperatives: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let mode: 'story' | 'plan' | null = null;
    /** After "would", "I'd", "will": any verb that is not vague; a habit ("I write…") needs a known action verb. */
    let modal = false;
    let verb: Token | undefined;
    let j = k + 1;
    const skipAdverbs = () => {
      while (j < tokens.length && tokens[j]!.s === t.s && ADVERBS.has(tokens[j]!.w)) j++;
    };
    const prev = tokens[k - 1];
    const startsLine = !prev || prev.s !== t.s || ctx.starts.has(k);
    // "…and deleted half the alerts": a verb that shares the subject of the one before, with its object
    // after it (not "and failed deployments dropped", where the word describes the subject).
    const after = tokens[k + 1];
    const joined =
      !!prev &&
      prev.s === t.s &&
      ['and', 'then', 'or', 'so'].includes(prev.w) &&
      !!after &&
      after.s === t.s &&
      (OBJECT_START.has(after.w) || /^\d/.test(after.w));
    if (t.w === 'i' || t.w === 'we') {
      skipAdverbs();
      let next = tokens[j];
      if (!next || next.s !== t.s) continue;
      if (MODALS.has(next.w) || next.w === 'am' || next.w === "i'm") {
        j++;
        if (tokens[j]?.w === 'going' && tokens[j + 1]?.w === 'to') j += 2;
        mode = 'plan';
        modal = true;
      } else if (isPastTense(next.w)) mode = 'story';
      else if (!VAGUE_VERBS.has(next.w) && !["don't", "didn't", 'never', 'not'].includes(next.w)) mode = 'plan';
      skipAdverbs();
      // "I decided to automate it": the decision is the story, the verb after it the action.
      let decided = false;
      for (const lead of ['try', 'tried', 'like', 'prefer', 'tend', 'decided', 'chose', 'aim']) {
        if (tokens[j]?.w === lead && tokens[j + 1]?.w === 'to') {
          decided = lead === 'decided' || lead === 'chose';
          if (decided) mode = 'story';
          j += 2;
          skipAdverbs();
        }
      }
      next = tokens[j];
      verb = next && next.s === t.s ? next : undefined;
      const base = mode === 'plan' || decided;
      if (verb && base && !modal && !ACTION_VERBS.has(verb.w) && !/^\w+(?:ise|ize)$/.test(verb.w)) verb = undefined;
      if (verb && modal && !plausibleVerb(verb.w)) verb = undefined;
      if (verb && !base && !isPastTense(verb.w)) verb = undefined;
    } else if (["i'd", "we'd", "i'll", "we'll", "i'm", "we're"].includes(t.w)) {
      if (t.w === "i'm" || t.w === "we're") {
        if (tokens[j]?.w !== 'going' || tokens[j + 1]?.w !== 'to') continue;
        j += 2;
      }
      skipAdverbs();
      mode = 'plan';
      verb = tokens[j]?.s === t.s ? tokens[j] : undefined;
      if (verb && !plausibleVerb(verb.w)) verb = undefined;
    } else if ((startsLine || joined) && /^[A-Za-z]/.test(t.raw)) {
      // A fragment that starts with a verb: "- Mapped the approval chain", "Add read replicas".
      if (isPastTense(t.w) && !SAME_IN_PRESENT.has(t.w) && !/^[A-Z]{2}/.test(t.raw)) {
        mode = 'story';
        verb = t;
        j = k;
      } else if (startsLine && ACTION_VERBS.has(t.w)) {
        const head = tokens
          .slice(k + 1, k + 4)
          .filter((x) => x.s === t.s)
          .map((x) => x.w);
        if (!head.some((w) => ['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will'].includes(w)))
          imperatives.push(k);
        continue;
      } else continue;
    } else continue;
    if (!mode || !verb || VAGUE_VERBS.has(verb.w) || SCENE_VERBS.has(verb.w)) continue;
    // "made sure", "took charge", "give 100%": light verbs need a real object, and a figure is not one.
    const light = LIGHT_VERBS.has(verb.w);
    if (substance(ctx, verb.end, 8, 0, !light) < (light ? 2 : 1)) continue;
    // "We increased sales by 20%" reports a result, not what was done.
    if (CHANGE_VERBS.has(verb.w) && FIGURE_AHEAD.test(ctx.text.slice(verb.end, verb.end + 60))) continue;
    const at = t.start;
    hits.push({ part: 'approach', index: at });
    if (mode === 'story' && substanceAfter(ctx, verb.start, 10) >= 2) hits.push({ part: 'example', index: at });
  }
  // Imperatives only make a plan as a list of steps.
  const steps = imperatives.filter((k) => substanceAfter(ctx, tokens[k]!.end, 6) >= 1);
  if (steps.length >= 2) for (const k of steps) hits.push({ part: 'approach', index: tokens[k]!.start });
}

function regexHits(
  ctx: Ctx,
  part: RubricPart,
  re: RegExp,
  need: number,
  hits: Hit[],
  guard?: (index: number) => boolean,
): void {
  for (const m of allMatches(re, ctx.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const index = m.index + lead;
    if (guard && !guard(index)) continue;
    if (need > 0 && substanceAfter(ctx, index, 12) < need) continue;
    hits.push({ part, index });
  }
}

function cueHits(ctx: Ctx): Hit[] {
  const hits: Hit[] = [];
  const hypothetical = (index: number) => {
    const s = ctx.spans[indexAt(ctx.spans, index)];
    return !!s && /^\s*(?:if|what\s+if|suppose|imagine)\b/i.test(ctx.text.slice(s.start, index));
  };
  const scene = (re: RegExp, story: boolean) => {
    for (const m of allMatches(re, ctx.text)) {
      const index = m.index + m[0].length - m[0].trimStart().length;
      if (hypothetical(index) || (story && !narrative(ctx, index))) continue;
      if (substance(ctx, index, 12, 8) < 2) continue;
      // The scene runs to the end of its clause, at most ten words on, and not into the next "I" or "we".
      const first = tokenAt(ctx, index);
      const clause = ctx.clauses[indexAt(ctx.clauses, index)];
      let end = Math.min(clause?.end ?? index, ctx.tokens[Math.min(first + 10, ctx.tokens.length - 1)]?.end ?? index);
      const matchEnd = m.index + m[0].length;
      const subject = ctx.tokens.find((t) => t.start >= matchEnd && t.start < end && SUBJECTS.has(t.w));
      if (subject) end = subject.start;
      hits.push({ part: 'context', index, end });
    }
  };
  for (const re of STORY_CONTEXT_RULES) scene(re, true);
  for (const re of CONTEXT_RULES) scene(re, false);
  for (const re of APPROACH_PHRASES) regexHits(ctx, 'approach', re, 2, hits);
  // Numbered steps, as before: two or more.
  const numbered = allMatches(/^[ \t]*(?:\d+[.)]|step\s+\d+:?)[ \t]+\S/gim, ctx.text);
  if (numbered.length >= 2) for (const m of numbered) hits.push({ part: 'approach', index: m.index });
  actionHits(ctx, hits);
  // "I cut shrinkage by 40% by moving razors behind the counter": the how, after the result.
  for (const m of allMatches(
    /\bby\s+(?!being\b|doing\b|working\b|trying\b|having\b|getting\b|going\b)\w+ing\b/gi,
    ctx.text,
  )) {
    const s = ctx.spans[indexAt(ctx.spans, m.index)];
    if (!s || !/\b(?:I|we)\b/i.test(ctx.text.slice(s.start, m.index)) || substanceAfter(ctx, m.index, 8) < 2) continue;
    hits.push({ part: 'approach', index: m.index });
    if (storyTold(ctx, m.index)) hits.push({ part: 'example', index: m.index });
  }
  regexHits(ctx, 'example', EXAMPLE_PHRASES, 2, hits);
  for (const m of allMatches(DATE_RE, ctx.text)) {
    const s = ctx.spans[indexAt(ctx.spans, m.index)];
    const sentence = s ? ctx.text.slice(s.start, s.end) : '';
    if (sentence.split(/\s+/).some((w) => isPastTense(w.replace(/[^\p{L}]/gu, ''))))
      hits.push({ part: 'example', index: m.index });
  }
  for (const { re, need, story } of OUTCOME_RULES) {
    regexHits(
      ctx,
      'outcome',
      re,
      need,
      hits,
      (i) => !hypothetical(i) && (!story || narrative(ctx, i)) && !notYet(ctx, i),
    );
  }
  return hits;
}

/**
 * A story's last sentence usually says how it ended, even without a result
 * word ("He went home on day four with normal bloodwork."): in an unlabelled
 * answer of three or more sentences that told of what was done earlier, a closing
 * sentence told in the past, with substance, that neither sets the scene nor
 * starts with another action of the speaker's counts as the outcome.
 */
function closingOutcome(ctx: Ctx, sections: Section[], hits: Hit[]): number | null {
  const { spans, tokens } = ctx;
  if (spans.length < 3 || sections.some((s) => s.part) || hits.some((h) => h.part === 'outcome')) return null;
  const last = spans[spans.length - 1]!;
  if (!hits.some((h) => h.part === 'example' && h.index < last.start)) return null;
  if (hits.some((h) => h.part === 'context' && h.index >= last.start)) return null;
  const first = tokens[tokenAt(ctx, last.start)];
  if (!first || first.w === 'i' || (isPastTense(first.w) && !SAME_IN_PRESENT.has(first.w)) || ACTION_VERBS.has(first.w))
    return null;
  if (!narrative(ctx, last.start) || substance(ctx, last.start, 40) < 2) return null;
  return last.start;
}

// ---------------------------------------------------------------------------
// Evidence

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A verbatim window of the sentence around the match, cut at word boundaries,
 * with the offset where the window's text ends.
 */
function snippet(text: string, span: Span, matchStart: number): { text: string; end: number } {
  if (span.end - span.start <= MAX_EVIDENCE_CHARS) return { text: text.slice(span.start, span.end), end: span.end };
  let start = Math.max(span.start, Math.min(matchStart, span.end) - 20);
  if (start > span.start && WORD_CHAR.test(text[start - 1]!)) {
    while (start < matchStart && WORD_CHAR.test(text[start]!)) start++;
  }
  while (start < span.end && /\s/.test(text[start]!)) start++;
  const prefix = start > span.start ? '…' : '';
  let end = Math.min(span.end, start + MAX_EVIDENCE_CHARS - prefix.length);
  let suffix = '';
  if (end < span.end) {
    end = start + MAX_EVIDENCE_CHARS - prefix.length - 1;
    const cut = text.lastIndexOf(' ', end);
    if (cut > start + 20 && WORD_CHAR.test(text[end]!)) end = cut;
    suffix = '…';
  }
  return { text: prefix + text.slice(start, end).trimEnd() + suffix, end };
}

function tokenize(text: string, spans: Span[]): Token[] {
  const tokens: Token[] = [];
  for (const m of allMatches(TOKEN_RE, text)) {
    const s = indexAt(spans, m.index);
    if (s < 0) continue;
    tokens.push({ raw: m[0], w: normal(m[0]), start: m.index, end: m.index + m[0].length, s });
  }
  return tokens;
}

/** Which parts a labelled section lets its own cues speak for. */
const SPEAKS_FOR: Record<RubricPart, RubricPart[]> = {
  context: ['context'],
  approach: ['approach', 'example', 'outcome'],
  example: [...RUBRIC_PARTS],
  outcome: ['outcome'],
};

export function detectParts(answer: string): DetectedParts {
  const text = typeof answer === 'string' ? answer : '';
  const spans = sentenceSpans(text);
  const tokens = tokenize(text, spans);
  const sections = findSections(text, spans);
  const starts = new Set(sections.map((s) => indexAt(tokens, s.contentStart)).filter((k) => k >= 0));
  const ctx: Ctx = { text, spans, clauses: clauseSpans(text, spans), tokens, starts };

  // A label credits its part when its section says something new; a label around filler silences its section.
  const hits: Hit[] = [];
  const silenced: Span[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    const stems = tokens
      .filter((t) => t.start >= section.contentStart && t.end <= section.end && isSubstantive(t.raw))
      .map((t) => stem(t.w));
    const fresh = new Set(stems.filter((s) => !seen.has(s)));
    for (const s of stems) seen.add(s);
    if (!section.part) continue;
    // Something new to say: two words of substance, one of them not said before (an action two not said before).
    if (stems.length < 2 || fresh.size < (section.part === 'approach' ? 2 : 1)) {
      silenced.push({ start: section.labelStart, end: section.end });
      continue;
    }
    // The evidence is the label's own line, or its first line of content when the label stands alone.
    const i = indexAt(spans, section.labelStart);
    const own = spans[i];
    const index =
      own && own.end <= section.contentStart + 1 ? (spans[i + 1]?.start ?? section.labelStart) : section.labelStart;
    hits.push({ part: section.part, index });
  }

  const cues = cueHits(ctx);
  // Words that set the scene speak only for the context.
  const scenes = cues.filter((h) => h.part === 'context');
  for (const hit of cues) {
    if (silenced.some((s) => hit.index >= s.start && hit.index < s.end)) continue;
    const section = sections.findLast((s) => s.labelStart <= hit.index && hit.index < s.end);
    if (section?.part && !SPEAKS_FOR[section.part].includes(hit.part)) continue;
    if (hit.part !== 'context' && scenes.some((c) => hit.index >= c.index && hit.index < (c.end ?? c.index))) continue;
    hits.push(hit);
  }
  const closing = closingOutcome(ctx, sections, hits);
  if (closing !== null) hits.push({ part: 'outcome', index: closing });

  const result = {} as DetectedParts;
  for (const part of RUBRIC_PARTS) {
    const positions = [...new Set(hits.filter((h) => h.part === part).map((h) => h.index))].sort((a, b) => a - b);
    const evidence: string[] = [];
    // Per sentence, where the last snippet taken from it ends: cues inside it add nothing new.
    const coveredTo = new Map<number, number>();
    for (const pos of positions) {
      if (evidence.length >= MAX_EVIDENCE_PER_PART) break;
      const i = indexAt(spans, pos);
      if (i < 0 || pos < (coveredTo.get(i) ?? -1)) continue;
      const cut = snippet(text, spans[i]!, pos);
      coveredTo.set(i, cut.end);
      evidence.push(cut.text);
    }
    result[part] = { present: evidence.length > 0, evidence };
  }
  return result;
}

/**
 * Which key terms the answer uses: a term (a word or a two-word phrase) counts
 * as used when every one of its stems occurs somewhere in the answer, so
 * "negotiated contracts" covers "contract negotiation". Terms keep their given
 * order and spelling; terms with no words in them are ignored.
 */
export function termCoverage(answer: string, keyTerms: string[]): { used: string[]; missed: string[] } {
  const stems = new Set(words(typeof answer === 'string' ? answer : '').map(stem));
  const used: string[] = [];
  const missed: string[] = [];
  for (const term of keyTerms) {
    const termStems = words(term).map(stem);
    if (termStems.length === 0) continue;
    (termStems.every((s) => stems.has(s)) ? used : missed).push(term);
  }
  return { used, missed };
}
