/** The cue patterns: scene-setting, approach, example and outcome phrases (used by cues.ts). */
import { NUMBER_WORDS, wordSet } from './words';

const MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const NUM = String.raw`(?:[$€£¥]?\d[\d,.]*\S*|${[...NUMBER_WORDS].join('|')}|a\s+third|half|a\s+quarter)`;
const ORG = String.raw`(?:company|firm|start-?up|agency|consultancy|hospital|ward|clinic|practice|surgery|pharmacy|school|academy|university|college|nursery|bank|charity|restaurant|kitchen|hotel|caf[eé]|shop|store|supermarket|retailer|chain|warehouse|factory|plant|site|build|office|centre|center|branch|department|council|association|trust|broker(?:age)?|manufacturer|distributor|bakery|gym|studio|lab(?:oratory)?|newspaper|publisher|airline|airport|station|depot|farm|theatre|club|church|court|insurer|home|unit|floor|shift|class|fintech|garage|salon|hospice|library|museum|utility|telecoms?|brand|marketplace|platform\s+team)`;

/** Clauses that set the scene; `story` ones count only in a sentence told in the past. */
export const STORY_CONTEXT_RULES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:at|in|on|for|with|into|inside|within)\s+(?:a|an|the|my|our|one\s+of\s+(?:the|our|my))\s+(?:[\w'’&-]+\s+){0,4}?${ORG}s?\b`,
    'gi',
  ),
  /\b(?:when|while|whilst)\s+(?:I|we|our|my)\s+\w+/gi,
];
export const CONTEXT_RULES: RegExp[] = [
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
export const APPROACH_PHRASES: RegExp[] = [
  /\b(?:my|our|the)\s+(?:approach|plan|strategy|first\s+step|process|method)(?:\s+(?:I|we)\s+took)?\s+(?:is|was|would\s+be|will\s+be)\b/gi,
  /\bthe\s+way\s+I\s+(?:\w+\s+)?approach\b/gi,
  /\bwhat\s+I\s+(?:did|do|would\s+do)\s+(?:was|is|would\s+be)\b/gi,
  /\bfirst(?:ly)?\b[^]{0,300}?\b(?:then|next|after\s+that|second(?:ly)?|finally)\b/gi,
  /\bin\s+the\s+(?:first|second)\s+(?:day|week|month|fortnight)\b/gi,
];

/** Phrases that introduce an example. */
export const EXAMPLE_PHRASES =
  /\b(?:for\s+example|for\s+instance|e\.g\.|one\s+time|this\s+one\s+time|(?:I|we)\s+once)\b/gi;
export const DATE_RE = new RegExp(
  String.raw`\b${MONTH}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?\b|\bMay\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d{2}\b)|\b(?:19|20)\d{2}\b|\bQ[1-4]\b`,
  'g',
);

/** Outcome cues and how much substance each needs after it. */
export const OUTCOME_RULES: { re: RegExp; need: number; story?: boolean }[] = [
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

export const CHANGE_VERBS = wordSet(
  'increased reduced cut grew improved doubled halved tripled lowered boosted raised decreased brought saved',
);
export const FIGURE_AHEAD = new RegExp(
  String.raw`^(?:\s+\S+){0,5}?\s+(?:by|from|to)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?${NUM}`,
  'i',
);
