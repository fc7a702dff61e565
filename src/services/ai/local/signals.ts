/**
 * Buying signals and objections, found by phrase patterns in what the
 * customer says. Each finding quotes the sentence it was found in.
 *
 * Only CUSTOMER sentences are read: the agent asking "what's your budget?"
 * or saying "no rush" is not a signal about the buyer. A sentence may carry
 * several kinds; a segment reports each kind once (its first sentence). A
 * kind may have several rows, e.g. one that needs context and one that does not.
 *
 * Know the limits: phrase tables recognize the wordings someone thought of.
 * On calls written after these tables froze they found about half of the
 * signals and fewer objections (test/fixtures/transcripts/README.md has the
 * numbers); precision holds up better than recall. Negation is handled only
 * where a row guards against it.
 */
import { BUYING_SIGNAL_KINDS, OBJECTION_KINDS, type BuyingSignal, type BuyingSignalKind, type Objection, type ObjectionKind, type Speaker } from '../ai.types';
import { isCommitment } from './action-items';
import { kindProbability, learnedKinds } from './learned-model';

interface Pattern<K extends string> {
  kind: K;
  /** Any of these in a sentence shows the kind. */
  phrases: RegExp[];
  /** When set, the sentence must also match this (e.g. be a question). */
  sentenceAlso?: RegExp;
  /** When set, the segment the sentence is in must also match this (what the talk is about). */
  segmentAlso?: RegExp;
  /** When set, a segment matching this does not show the kind (e.g. a job title next to "the owner approves"). */
  segmentNot?: RegExp;
}

const QUESTION = /\?|^\W*(how much|what('s| is| are| would| do| does)|do you|does it|is there|can you tell me)\b/i;
/** "I was wondering what…", "give me an idea of…": price questions asked without a question mark. */
const INDIRECT_QUESTION = /\b(wonder(ing)?|like to know|curious|idea of|give (me|us) (a|an|some))\b/i;
const ASKS = new RegExp(`${QUESTION.source}|${INDIRECT_QUESTION.source}`, 'i');
const NUMBER_WORD = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand)';
const AMOUNT = new RegExp(`\\$\\s?\\d|\\b\\d[\\d,.]*\\s*(k|grand|thousand|hundred|dollars|bucks|pounds|euros|a (month|week|year))?\\b|\\b${NUMBER_WORD}\\b`, 'i');
/** When: months, seasons, holidays, dates, and relative spans. */
const WHEN =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|new year|holidays|fourth of july|(next|end of (the)?) ?(week|month|year|quarter|season)|\d{1,2}(st|nd|rd|th)|the (twenty-|thirty-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)|in (a|one|two|three|four|six|a few|a couple( of)?) (days|weeks|months))\b/i;
const DEADLINE = /\b(by|before|no later than) (this |next |the )?((mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|end of)\b|\bat the latest\b/i;
/** What a customer's date is about when it is a timeline: the work, the event, the purchase. */
const WORK_OR_EVENT =
  /\b(done|finish\w*|complet\w*|install\w*|live|online|launch\w*|open\w*|reopen\w*|ready|in place|up and running|sorted|start\w*|begin\w*|mov(e|es|ed|ing)|wedding|married|marry|party|gala|event|lunch|dinner|closing|graduat\w*|deadline|retir\w*|care|book\w*|board\w*|redo\w*|remodel\w*|renovat\w*|project|build\w*|deliver\w*|sort\w*|in hand|decid\w*|decision|making the call|need (it|them|this|someone|care|help)|arriv\w*|test|exam|final|due|visit\w*|trip|hosting|order)\b/i;
const OWN_ROLE =
  '(owner|homeowner|business owner|decision[- ]maker|one (who|that) (decides|signs|approves|makes)|one making|boss|managing partner|practice owner|principal|ceo|president|founder|chair|event chair|final say)';
/** Job titles a customer states their own authority by ("I'm the facilities manager", "I'm head of IT"). */
const JOB_TITLE =
  "(head of [a-z]+|(general|office|facilities|facility|operations|practice|property|branch|store|plant|site|it|hr|marketing|purchasing|procurement|finance|events?|studio|clinic|restaurant|shop|program|project) (manager|director|administrator|lead|coordinator)|managing (director|partner)|practice administrator|administrator|ceo|cfo|coo|cto|vp( of [a-z]+)?|vice president|co-owner|owner|founder|co-founder|proprietor|principal|director|superintendent|headmaster|head teacher|executive director)";
const SOMEONE_ELSE_DECIDES = /\b(the|our|my) (owner|board|committee|partners|hoa|landlord|boss|director|client) (decides|approves|has to|have to|signs|makes)|\b(decides|approves), not me\b|\bnot (my|up to me)\b|\b(asked|told|wants?) me to\b|\bi just collect\b/i;
const THEIR_ROLE = '(managing director|owner|boss|board|ceo|president|director|principal|partner|landlord|manager|committee|hoa)';
const PEOPLE = '(wife|husband|partner|spouse|boss|manager|board|landlord|owner|team|fianc\\w*|director|accountant|cfo|ceo|dad|mom|mum|father|mother|committee|hoa|business partner|finance (director|team|department))';

/** The buying-signal table: read it top to bottom as "a customer saying … shows …". */
export const BUYING_SIGNAL_PATTERNS: Array<Pattern<BuyingSignalKind>> = [
  {
    kind: 'PRICING_INQUIRY',
    phrases: [
      /\b(how much|price|pric(es|ing|ey)|cost|costs|charge|charges|fee|fees|rate|rates|tuition|ballpark|quote|the damage|set (me|us) back|run (me|us)|bill (for|by|per)|expensive)\b/i,
      /\bper (hour|person|plate|seat|head|guest|month|night|foot|visit|room|user|session)\b/i,
      /\bwhat (would|will|do|does) (i|we|it|that) (pay|cost|be|come to)\b/i,
    ],
    sentenceAlso: ASKS,
  },
  {
    kind: 'BUDGET_MENTIONED',
    phrases: [
      /\b(our|my|the|a|total) budget\b|\bbudget (of|is|was|around|about|for)\b|\bbudgeted\b/i,
      /\b(set aside|put aside|earmarked|allocated|been given|approved for|working with|capped at|cap of|our limit|my limit|max(imum)? (is|of))\b/i,
      /\b(spend|spending|pay|paying|afford|keep it|stay) (about |around |roughly |up to |under |below |at |no more than )/i,
      /\b(figuring|planning|looking|hoping|willing|able|expecting) (on |to )?(spend|spending|pay|paying)\b/i,
      /\b(we|i) (have|got|'ve got|can spend|can do|can afford) (about |around |roughly |up to )?(\$|\d)/i,
    ],
    sentenceAlso: AMOUNT,
  },
  { kind: 'TIMELINE', phrases: [WHEN], segmentAlso: WORK_OR_EVENT },
  { kind: 'TIMELINE', phrases: [DEADLINE] },
  {
    kind: 'DECISION_MAKER',
    phrases: [
      /\b(i|we) (handle|pick|choose|approve|sign off on|make the calls? on|manage) (all |the |our )*(vendors?|tech vendors|contracts?|purchasing|subs|the decisions?|her appointments|appointments and finances)\b|\bgoes through me\b|\b(i'm|i am) (the one who|in charge of) (picks?|signs?|approves?|decides?|hiring|finding)\b|\bi can approve\b|\bi('m| am) the (sole|only) (director|owner|one)\b/i,
      new RegExp(`\\b(i'm|i am) the ${OWN_ROLE}\\b`, 'i'),
      /\b(it's|it is) (my|our) (call|decision|money|house|home|shop|store|business|company|café|cafe|restaurant|practice)\b/i,
      /\bi(('m| am) making| make| have) the (final )?(say|call|decision)\b|\bfinal say\b/i,
      /\bi (can|will|'ll) (sign off|approve|authorize|sign)\b|\bi'll approve\b|\b(so )?i decide\b/i,
      /\b(and i|we) (make|decide|will decide|make (these|the|all the) decisions)\b.*\b(together|jointly|between us)\b|\bdecide (everything )?(together|jointly)\b/i,
      new RegExp(`\\b(that's|that is|it's) (our|my|the) ${THEIR_ROLE}\\b|\\b(the|our|my) ${THEIR_ROLE} (decides|makes the call|signs|has the final say|approves)\\b`, 'i'),
    ],
  },
  {
    kind: 'DECISION_MAKER',
    phrases: [
      new RegExp(`\\b(i'm|i am|this is) (the|a|an|our) ${JOB_TITLE}\\b`, 'i'),
      /\bi (own|run) (the|a|an|this|my|our) (small |little |family |local )?[a-z]+\b|\bwhatever i say goes\b|\b(i'm|i am) the one (deciding|who'll decide)\b/i,
    ],
    segmentNot: SOMEONE_ELSE_DECIDES,
  },
  {
    kind: 'NEXT_STEP_REQUESTED',
    phrases: [
      /\bplease send\b|\b(i'd|we'd|i would|we would) (like|love) (someone|somebody|to (tour|discuss|talk about|meet|visit|chat about|go over))\b|\b(could|can|would) (someone|somebody|anyone|one of your [a-z]+) (see|have a look at|assess|look at)\b|\blet's (do|book|schedule) the (diagnostic|consultation|assessment|trial|walkthrough|tasting|demo|estimate|inspection|evaluation)\b/i,
      /\b(would it be possible to (get|have|see|do)|(could|can|would) (you|someone|somebody) (look|check|come|take a look|give|walk|bring|drop off|email|send|fit|start|do|service|inspect|pop round)|is there any chance (someone|you|i) could|(i'd|we'd) (love|like|appreciate) (a|an|to see|to come|to try|to get|to do)|(send|email|text|mail) me (the|your|a|some|that|whatever|her|something)|could (i|we) (come|pop|grab|bring|try|see|meet|do)|can (i|we) (come|book a|get a|try|start|see)|would you mind if i came|have (him|her|them) (call|send)|could you (send|email|include|write|give|put)|send (it|them|something|me something) (over|in writing)|let me see (your|the)|would (friday|monday|tuesday|wednesday|thursday|saturday|sunday) work|is (friday|monday|tuesday|wednesday|thursday|saturday|sunday|tomorrow) possible)\b/i,
      /\bnext steps?\b|\bwhat happens next\b|\bhow do (we|i) (proceed|get started|move forward)\b/i,
      /\b(can|could|would|will) (you|someone|somebody|your [a-z-]+) (please )?(send|email|mail|text|put together|draw up|write up|prepare|come (out|by|over|give|take|look)|stop by|drop by|swing by|set up|schedule|do (a|an) (call|video call|visit|demo|walkthrough|consultation|meeting)|give (me|us) (a|an) (quote|estimate|proposal)|walk (me|us) through|be there)\b/i,
      /\b(can|could|may) (we|i) (come in|come by|come (and )?(tour|see)|tour|visit|schedule|set up|get (a|an)|have (a|an))\b/i,
      /\bsend (me |us )?(over )?(the|a|your) (contract|quote|proposal|estimate|paperwork|agreement|portfolio|invoice)\b/i,
      /\b(i'd|we'd|i would|we would) (like|love) (a|an|to (get|see|have|schedule|book)) (quote|estimate|proposal|visit|tour|demo|consultation|someone)\b|\b(have|get) (someone|somebody) (to )?(come|out|look)\b/i,
    ],
  },
  {
    kind: 'URGENCY',
    phrases: [
      /\b(all night|won't (eat|drain|flush|stop|lock|latch)|(quit|died|gave out) (on (me|us) )?(this|last|today|yesterday|an hour)|lost a (filling|crown|tooth)|chipped a tooth|can't (breathe|get in|get out|get inside)|locked out)\b/i,
    ],
  },
  {
    kind: 'URGENCY',
    phrases: [
      /\b(as soon as you can|the sooner the better|today if possible|squeeze me in|killing me|how (quickly|soon) (can|could)|in the next hour|(?<!not )right away|can't make it wait|before it gets worse|panicking|is leaking|leaking|stopped|dead|won't start|broken into|broke|ate a bunch)\b/i,
      /\b(as soon as possible|asap|urgent(ly)?|emergency|right away|immediately|against the clock|under the gun|time[- ]sensitive|(don't|do not) want to wait|hurry)\b/i,
      /^(?!.*\b(don't|do not|won't|doesn't) need\b).*\b(need|want|get)\b.*\b(today|tonight|right now|soon|this week|quick(ly)?|fast)\b/i,
      /\b(leak\w*|flood\w*|burst|no (heat|power|water|hot water|ac|air)|stopped working|not working|won't (open|start|turn on|close)|broke down|stuck|is down|went down|completely dead|break-in|broken into)\b/i,
      /\b(water|smoke)\b.*\b(everywhere|all over|coming through|right now)\b|\b(panick\w*|desperate|freaking out)\b/i,
    ],
  },
  {
    kind: 'PURCHASE_INTENT',
    phrases: [
      /\blet's (set (that|it|this|them) up|reserve( it)?|do that)\b|\bwhen can (we|i|he|she|they) start\b|\bcan i (buy|order|purchase)\b|\b(we|i) should (just )?(get it done|do it|go ahead|book)\b|\bsame order as\b|\b(could|can) (he|she|we|i|they) start\b|\b(okay|ok|yeah|yes|sure),? do that\b|\bsend whoever\b|\bjust send (him|her|them|someone|somebody)\b|\bwe'll take (them|those|both|the two|two|all)\b|\bi want (this|it|them) (handled|done|fixed|taken care of|gone)\b|\b(hoping|like|want) (somebody|someone|you) (could |to )?(replace|fix|repair|install|clean|remove|paint|put in|haul)\b/i,
    ],
  },
  {
    kind: 'PURCHASE_INTENT',
    phrases: [
      /\b(put (me|us) down|pencil (me|us) in|grab it for us|add it,? please|book (me|us) in|lock it in|i'd like to (book|sign up|schedule it|get started|start|order|renew)|we'd like to (book|renew|reserve|add|start|go ahead)|we're (ready to go|gonna go with you|going to go with you|good with it)|(gonna|going to) go with you|go ahead and (put|book|schedule)|can you hold|(could|can) you (send|get) (someone|somebody) (to|out to) (fix|replace|repair|snake|clean|look at it)|i'm ready to|fill it up|let's (go with|add|book|start)|want to get started|would like to get started)\b/i,
      /\blet's (do it|do this|go (ahead|for it|with)|book|lock it in|schedule|move forward|make it official|get (it|this|started|going)|proceed|sign)\b/i,
      /^(?!.*\bif (i|we)\b).*\b(want|would like|'d like|ready|going|happy|decided) to (go ahead|move forward|book|buy|order|sign|purchase|proceed|start with|get started|reserve|hire|go with (you|your))\b/i,
      /\b(book it|book us|book me|i'll take it|sign me up|count (me|us) in|we'll take (it|the)|where do i sign|you're hired)\b/i,
      /\b(reserve|book|hold) (it|that|the [a-z]+|a [a-z]+) for (me|us)\b|\b(can|could) (we|i) (book|reserve|order|sign up)\b/i,
      /\b(yeah|yes|ok|okay|sure),? (do it|go ahead|book it|let's do it)\b|\b(just send someone|get someone here|whatever it costs)\b/i,
    ],
  },
];

/** The objection table, same reading. */
export const OBJECTION_PATTERNS: Array<Pattern<ObjectionKind>> = [
  {
    kind: 'PRICE',
    phrases: [
      /\b(a lot of money|big number|more than (i|we) (expected|thought|feared|wanted|can)|that's a lot|kinda hard to justify|can't (really )?(swing|afford)|money's (a little )?tight|not worth|went up|more like|yikes|ouch|oof|wiggle room|cheaper|less than|than (we|i) (were )?(expecting|hoping|figured))\b/i,
      /\btoo (expensive|pricey|high|much)\b|\b(steep|steeper|pricey|costly|not cheap|a stretch|break the bank|hard to justify)\b/i,
      /\b(more|over|higher) (than|what) (i|we)('d| would| were| was)? ?(like|want(ed)?|hop(ed|ing)|had in mind|expected|figured|budgeted|thought|can|planned|pay)\b/i,
      /\bmore than (the |a )?(other|others|another|everyone|everybody)\b|\b(cheaper|half (that|the price)|double what|a lot (more )?money)\b/i,
      /\b(can't|cannot|couldn't) afford\b|\bmoney('s| is) tight\b|\b(out of|over) (our|my|the) (budget|price range|range)\b/i,
      /\b(ridiculous|outrageous|insane|highway robbery)\b|\bnobody('s| is)? (in their right mind )?paying\b|\bcharge me (another|more|again)\b/i,
    ],
  },
  {
    kind: 'TIMING',
    phrases: [
      /\b(after the holidays|next (year|spring|semester)|in (the )?spring|in january|not right now|not ready|on hold|when (i|we) (figure|get)|maybe (then|in)|not till|not until|probably not right now|we'll pass this year)\b/i,
      /\b(not a good time|not the right time|bad time|too (early|soon)|a bit early|not (right )?now|not yet|no rush|not in a (rush|hurry)|hold off|wait (until|till)|down the road|some other time)\b/i,
      /\b(it'll|it will|it would|it'd) (have to )?be after\b|\bin the middle of (a|the|our) (move|renovation|remodel|divorce|busy season)\b|\bmaybe (next|later|in)\b|\b(after that|when (i'm|i am|we're|we are) back|once (i'm|we're) back)\b|\b(won't|don't|wouldn't) need (anything|it|this|that) until\b/i,
      /\b(frozen|on hold) until\b|\bnothing happens before\b|\bcall (me|us) back (in|next|after)\b|\bcheck back (in|next)\b|\b(out of town|traveling|away) for\b/i,
    ],
  },
  {
    kind: 'COMPETITOR',
    phrases: [
      /\b(another (firm|agent|company|shop|vet|builder)|other (two|three|agents|builders|companies|florists)|(do|install|put) it (in )?(myself|ourselves)|(found|booked|went with|hired|stay with|staying with) (someone|somebody|another|a photographer|a company|our current)|online for|on amazon|(is|are|for) free\b|rent a truck|my cousin|second opinion)/i,
      /\b(another|other|different)( [a-z]+)? (company|companies|provider|vendor|plumber|contractor|florist|florists|center|firm|installer|roofer|caterer|guy|one|place|shop|printers?)\b/i,
      /\balready (have|use|using|signed|work with|working with|called|booked|hired|got|had [a-z]+ out)\b/i,
      /\b(quote|bid|estimate|price) from\b|(?<!\byou )\bquoted (me|us)\b|\bcame in at\b|\bwhat [A-Z][a-z]+( [A-Z][a-z]+)? quoted\b/i,
      /\b(someone|somebody) else\b|\bshopping around\b|\b(still )?(looking at|comparing|considering|talking to|getting quotes from) (other|a few|several|some)\b|\bgetting (other |a few |some |more )?quotes\b/i,
      /\bonline (printers?|stores?|shops?|retailers?|sellers?|companies|services?)\b|\b(on amazon|diy|do it (myself|ourselves))\b|\b(my|our) (brother|sister|cousin|friend|neighbou?r|dad|father|son|uncle|brother-in-law|nephew)\b.*\b(do it|handle it|can do|is handy|does that)\b/i,
    ],
  },
  {
    kind: 'COMPETITOR',
    phrases: [
      /\b(internal|in-house) (it|team|person|staff|guy|department|designer|bookkeeper|accountant)\b|\bkid (on|down|up) (my|the|our) street\b|\b(neighbou?r|friend|cousin|brother|sister|kid)('s [a-z]+)? (said|says) (he|she|they)('d| would| could| can| will)\b|\b(might|may|will|could|gonna|going to) try [a-z ]{2,40} first\b|\b(have|'ve) (done|handled|taken care of) (ours|it|ours|that) for years\b|\bthe (folks|people|guys|company) (down the (road|street)|next door|we use)\b/i,
    ],
  },
  {
    kind: 'AUTHORITY',
    phrases: [
      /\b(has to approve|have to put it to|goes? to a vote|board votes|has final approval|nothing happens without|not just me|both have to agree|check with (my|her|him)|when she's free|(i'll|i will|let me) (ask|tell|show|talk to|check with) (him|her|the (owner|board|president|partners?)|my (wife|husband|boss|mom|partner))|i just collect|the (partners|doctors|owner|board|committee|client) (do|decide|has|have|approves?|wants?)|you'd need to talk to the owner|we rent|i rent|my (wife|husband|mom|boss|parents?) (makes?|handles?|would want|has|is paying|isn't sold))\b/i,
      new RegExp(`\\b(check|talk|speak|ask|consult|discuss|run it|run this)( it)?( over| past| by)?( with)? (my|our|the) ${PEOPLE}\\b`, 'i'),
      /\brun (it|this) (past|by)\b|\b(sign-?off|approval|go-ahead) from\b|\b(has|have|needs?) to (approve|sign off|ok|okay|agree)\b/i,
      /\bnot my (call|decision)\b|\bnot up to me\b|\bnot the one who (decides|signs|approves|makes)\b|\bbring (this|it) to (the|our|my)\b/i,
      /\b(i )?(can't|cannot) (book|sign|commit|approve|decide|make that call)\b/i,
    ],
  },
  {
    kind: 'NEED',
    phrases: [
      /\b(don't|do not|doesn't) (really )?(need|see the need|think (we|i) need)\b|\bnot sure (we|i) need\b|\bno need\b|\bnot (necessary|a priority)\b/i,
      /\bnot interested\b|\b(don't|do not) see (the point|why)\b|\bwhat's the point\b|\bhappy with what we have\b|\bwe're (all )?(set|good|covered)\b/i,
      /\b(it|they|everything|ours|mine|[a-z]+s) (is|are|'s|'re) (working )?(just )?fine\b|\bworks (just )?fine\b/i,
      /\bwe're (okay|ok|fine|all good),? thanks\b|\bwe (just )?had (one|it|that) done\b|\b(we'll|i'll|we will|i will) pass\b|\b(managed|done fine|gotten by|lived) without\b/i,
    ],
  },
  {
    kind: 'TRUST',
    phrases: [
      /\b(you said that|heard that before|heard promises|supposed to (be|come)|nobody (called|showed|told|has been)|no one (ever )?calls|wrong colou?r|still getting charged|love that for me|great job,? everyone|thanks for the speedy|great work|how generous|really adds character|oldest scam|door-knocker|burnt before|burned before|vanished|what's the catch|had a catch|not sure i believe|don't really trust|background checks?|are you actually|actually licensed|make it hard on purpose|somebody's lying|why would you be different|feels like an upsell|holding stuff hostage|horror stories)\b/i,
      /\b(can't|cannot|don't|hard to|do not) (trust|believe)\b|\bwhy would i believe\b|\bhow do i know\b|\bnot buying it\b|\bmak(e|ing) (numbers|things|stuff|it) up\b/i,
      /\b(scam|rip (me |us )?off|rip-?off|hidden (fees|costs|charges)|fishy|shady|sketchy|too good to be true|skeptical)\b/i,
      /\b(bad|negative|terrible|mixed|awful) reviews\b|\breviews (saying|said)\b|\bread (your|the) reviews\b/i,
      /\bare (you|your people|your guys|they) (licensed|bonded|insured|certified|legit)\b/i,
      /\b(wary|leery|hesitant) (of|about|to)\b|\bmade a mess\b|\bgot burned\b|\bnever (saw|heard from) (him|her|them|it) again\b|\bhow long have you (folks |guys |all )?been (around|in business)\b/i,
      /\bpromised\b.*\bnever\b|\bconfidence\b|\bnot comfortable\b|\bif (nobody|no one) shows\b|\bburned (us|me)\b|\bstole\b|\bdon't know if i (want|trust)\b|\blast chance\b/i,
    ],
  },
];

export interface SentenceRef {
  text: string;
}

export interface SegmentText {
  speaker: Speaker;
  sequence: number;
  text: string;
}

/** Buying signals in one segment. */
export function findBuyingSignals(segment: SegmentText, sentences: SentenceRef[]): BuyingSignal[] {
  return findKinds(BUYING_SIGNAL_PATTERNS, segment, sentences);
}

/** Objections in one segment. */
export function findObjections(segment: SegmentText, sentences: SentenceRef[]): Objection[] {
  return findKinds(OBJECTION_PATTERNS, segment, sentences);
}

function findKinds<K extends string>(
  patterns: Array<Pattern<K>>,
  segment: SegmentText,
  sentences: SentenceRef[],
): Array<{ kind: K; quote: string; segmentSequence: number }> {
  if (segment.speaker !== 'CUSTOMER') return [];
  const found: Array<{ kind: K; quote: string; segmentSequence: number }> = [];
  for (const pattern of patterns) {
    if (found.some((finding) => finding.kind === pattern.kind)) continue;
    if (pattern.segmentAlso && !pattern.segmentAlso.test(segment.text)) continue;
    if (pattern.segmentNot?.test(segment.text)) continue;
    const sentence = sentences.find((candidate) => matches(pattern, candidate.text));
    if (sentence) found.push({ kind: pattern.kind, quote: sentence.text.trim(), segmentSequence: segment.sequence });
  }
  return found;
}

function matches<K extends string>(pattern: Pattern<K>, sentence: string): boolean {
  if (pattern.sentenceAlso && !pattern.sentenceAlso.test(sentence)) return false;
  // The customer's own promise ("I'll get back to you by Friday") is an action item, not a timeline.
  if (pattern.kind === 'TIMELINE' && isCommitment(sentence)) return false;
  return pattern.phrases.some((phrase) => phrase.test(sentence));
}

/**
 * Signals and objections in one segment: the phrase tables' findings
 * combined with the learned heads (learned-model.ts), in kind order. A kind
 * only the model found quotes the sentence its head likes best.
 */
export function findKindsLearned(segment: SegmentText, sentences: SentenceRef[]): { buyingSignals: BuyingSignal[]; objections: Objection[] } {
  const signals = findBuyingSignals(segment, sentences);
  const objections = findObjections(segment, sentences);
  if (segment.speaker !== 'CUSTOMER' || !segment.text.trim()) return { buyingSignals: signals, objections };
  const ruleKinds = [...signals.map((signal) => signal.kind), ...objections.map((objection) => objection.kind)];
  const kinds = learnedKinds(segment.text, ruleKinds);
  const quote = (kind: string, byRule: Array<{ kind: string; quote: string }>): string => {
    const found = byRule.find((finding) => finding.kind === kind);
    if (found) return found.quote;
    if (sentences.length <= 1) return (sentences[0]?.text ?? segment.text).trim();
    let best = sentences[0];
    let bestProbability = -1;
    for (const sentence of sentences) {
      const probability = kindProbability(sentence.text, [], kind);
      if (probability > bestProbability) [best, bestProbability] = [sentence, probability];
    }
    return best.text.trim();
  };
  return {
    buyingSignals: BUYING_SIGNAL_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, quote: quote(kind, signals), segmentSequence: segment.sequence })),
    objections: OBJECTION_KINDS.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, quote: quote(kind, objections), segmentSequence: segment.sequence })),
  };
}
