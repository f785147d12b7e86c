/** Word lists and word tests the hints measure substance and tense with (index.ts). */

export const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that carry no content of their own. */
export const FUNCTION_WORDS = wordSet(`
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
export const VAGUE_WORDS = wordSet(`
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
export const VAGUE_VERBS = wordSet(`
  work worked works working do did does doing done try tried tries handle handled handles deal dealt deals manage
  managed manages help helped helps go went goes get got gets be was were is are am been have had has think thought
  feel felt know knew care cared love loved want wanted need needed see saw learn learned learnt grow grew step
  stepped say said believe like liked hope guess mean seem seemed become became stay stayed keep kept
  enjoy enjoyed tend let lets continue continued ensure ensured focus focused`);

/** Noticing and joining set the scene; they are not what the speaker did about it. */
export const SCENE_VERBS = wordSet('noticed spotted realised realized discovered heard joined inherited');

export const NUMBER_WORDS = wordSet(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half third dozen`);

/** Verbs a plan or a habit is made of, in their base form ("I'd map…", "- Pair them with a buddy"). */
export const ACTION_VERBS = wordSet(`
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
export const SAME_IN_PRESENT = wordSet('put set cut read split hit shut quit spread cast cost hurt let bet upset');

export const normal = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** "-ed" also ends present-tense words ("I need", "we proceed") and nouns ("bed"). */
export function isPastTense(word: string | undefined): boolean {
  const verb = normal(word ?? '');
  if (PAST_IRREGULAR.has(verb)) return true;
  if (!verb.endsWith('ed') || verb.length < 4) return false;
  return !verb.endsWith('eed') || ['agreed', 'freed', 'guaranteed'].includes(verb);
}

export function isSubstantive(raw: string): boolean {
  const word = normal(raw);
  if (/\d/.test(word) || NUMBER_WORDS.has(word)) return true;
  if (word.length < 3 && !/^[A-Z]{2}$/.test(raw)) return false;
  return !FUNCTION_WORDS.has(word) && !VAGUE_WORDS.has(word);
}
