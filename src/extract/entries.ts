/**
 * Actions and outcomes: clause-level spans that start at a reporting verb (with the adverbs and
 * auxiliaries right before it) and run to the end of its object. Active clauses need the body
 * (or an anaphor for it) as their subject; verbs coordinated with the first one ("reviewed X and
 * discussed Y", ", hearing Z") give entries of their own. Passive clauses ("the agenda … were
 * approved") give an entry from their subject to the verb.
 */
import { Word, wordClass, type EntryKind, type Lexicon } from '../lexicon/index.js';
import { tokenAt, type Token } from '../segment/tokens.js';

/** An entry found in a sentence: character offsets into the sentence text. */
export interface RawEntry {
  kind: EntryKind;
  lemma: string;
  start: number;
  end: number;
}

/** Entries longer than this many words are cut (the genre's items are 5 to 20 words). */
export const MAX_ENTRY_WORDS = 32;
/** Past this many words an entry is cut at a soft boundary (", taking", ", in particular" …). */
const SOFT_CUT_WORDS = 18;

const HARD_BOUNDARY = new Set([';', ':', '–', '—', '•']);
const SOFT_BOUNDARY_WORDS = new Set(['taking', 'in', 'as', 'which', 'whereby', 'thereby', 'with', 'while', 'where', 'who', 'that', 'followed', 'aimed', 'signalling', 'signaling', 'after']);
const COORDINATORS = new Set(['and', ',', ';', 'then', 'but', 'as well as']);
const INFINITIVE_AFTER = new Set(['able', 'held', 'used', 'convened', 'met', 'gathered', 'opened', 'organized', 'organised', 'set']);

/** True for words that may stand between a subject and its verb: auxiliaries and adverbs. */
function isChainWord(t: Token, lexicon: Lexicon): boolean {
  const w = t.lower;
  const bits = wordClass(t, lexicon);
  return (bits & Word.Auxiliary) !== 0 || (w.length > 4 && w.endsWith('ly') && (bits & Word.Verb) === 0) || w === 'able' || w === 'to';
}

function isChainToken(t: Token | undefined, lexicon: Lexicon): boolean {
  return t !== undefined && t.kind === 'word' && isChainWord(t, lexicon);
}

/** The lexicon entry of a verb token, or undefined. */
export function verbOf(token: Token | undefined, lexicon: Lexicon): { lemma: string; kind: EntryKind } | undefined {
  // The token's lexicon bits are read once; most words are no verb and need no look-up.
  if (!token || token.kind !== 'word' || (wordClass(token, lexicon) & Word.Verb) === 0) return undefined;
  return lexicon.verbForms.get(token.lower);
}

/** Skips auxiliaries and adverbs forward from `k`; returns the first other token's index. */
export function skipChain(tokens: Token[], k: number, lexicon: Lexicon): number {
  let j = k;
  while (j < tokens.length && isChainToken(tokens[j], lexicon)) {
    const w = tokens[j]?.lower;
    // "to" joins only "able to" / "held to".
    if (w === 'to' && !INFINITIVE_AFTER.has(tokenAt(tokens, j - 1)?.lower ?? '')) break;
    j++;
  }
  return j;
}

function chainStart(tokens: Token[], verb: number, lexicon: Lexicon, floor: number): number {
  let j = verb;
  while (j - 1 > floor && isChainToken(tokenAt(tokens, j - 1), lexicon)) {
    const w = tokenAt(tokens, j - 1)?.lower ?? '';
    if (w === 'to' && !INFINITIVE_AFTER.has(tokenAt(tokens, j - 2)?.lower ?? '')) break;
    j--;
  }
  return j;
}

function kindOf(tokens: Token[], verb: number, lemma: string, kind: EntryKind, lexicon: Lexicon): EntryKind {
  if (lemma === 'prepare' || lemma === 'work') {
    for (let k = verb + 1; k <= verb + 3 && k < tokens.length; k++) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'for' || w === 'on') return 'action';
      if (lexicon.productNouns.has(w)) return 'outcome';
    }
  }
  return kind;
}

/** True when the verb at `k` is coordinated with an earlier clause of the same subject. */
function coordinated(tokens: Token[], k: number, lexicon: Lexicon): boolean {
  const start = chainStart(tokens, k, lexicon, -1);
  const prev = tokenAt(tokens, start - 1);
  if (!prev) return false;
  const p = prev.lower;
  if (COORDINATORS.has(p)) {
    // "X, Y and Z adopted" lists nouns; a coordinated verb follows a clause, not a noun list.
    const w = tokens[k]?.lower ?? '';
    if (w.endsWith('ing') && p === 'and') return false;
    return true;
  }
  if (p === 'to' && INFINITIVE_AFTER.has(tokenAt(tokens, start - 2)?.lower ?? '')) return true;
  return false;
}

function trimEnd(tokens: Token[], from: number, to: number): number {
  let e = to;
  while (e > from + 1) {
    const t = tokenAt(tokens, e - 1)?.lower ?? '';
    if (t === ',' || t === 'and' || t === ';' || t === '.' || t === 'also' || t === 'as' || t === 'well' || t === '(' || t === 'the' || t === 'of') e--;
    else break;
  }
  return e;
}

/** Where an entry that starts at `verb` ends (token index, exclusive), given the next verb. */
function entryEnd(tokens: Token[], verb: number, limit: number): number {
  let depth = 0;
  let end = limit;
  for (let k = verb + 1; k < limit; k++) {
    const token = tokens[k];
    // Every boundary is a mark: a word needs no look-up.
    if (!token || token.kind !== 'punct') continue;
    const t = token.text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (HARD_BOUNDARY.has(t) || (t === '-' && tokenAt(tokens, k - 1)?.end !== token.start))) {
      end = k;
      break;
    }
  }
  if (end - verb > SOFT_CUT_WORDS) {
    for (let k = verb + 6; k < end - 1; k++) {
      if (tokens[k]?.text === ',' && SOFT_BOUNDARY_WORDS.has(tokens[k + 1]?.lower ?? '')) {
        end = k;
        break;
      }
    }
  }
  if (end - verb > MAX_ENTRY_WORDS) end = verb + MAX_ENTRY_WORDS;
  return trimEnd(tokens, verb, end);
}

/**
 * The active entries of a subject whose first verb is at token `first`: that verb and every
 * verb coordinated with it, up to token `limit`.
 */
export function activeEntries(tokens: Token[], first: number, limit: number, lexicon: Lexicon): RawEntry[] {
  const verbs: number[] = [first];
  let depth = 0;
  for (let k = first + 1; k < limit; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (verbOf(t, lexicon) && coordinated(tokens, k, lexicon)) verbs.push(k);
  }
  const out: RawEntry[] = [];
  for (let v = 0; v < verbs.length; v++) {
    const k = verbs[v] ?? 0;
    const info = verbOf(tokens[k], lexicon);
    if (!info) continue;
    const next = verbs[v + 1];
    const stop = next === undefined ? limit : chainStart(tokens, next, lexicon, k);
    const startTok = chainStart(tokens, k, lexicon, v === 0 ? first - 1 : (verbs[v - 1] ?? 0));
    const endTok = entryEnd(tokens, k, stop);
    if (endTok - k < 2) continue;
    const s = tokens[startTok];
    const e = tokenAt(tokens, endTok - 1);
    if (!s || !e) continue;
    out.push({ kind: kindOf(tokens, k, info.lemma, info.kind, lexicon), lemma: info.lemma, start: s.start, end: e.end });
  }
  return out;
}

const BE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const MODAL = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'can', 'must', 'to']);
const INTRO_PREPOSITIONS = new Set(['at', 'in', 'on', 'under', 'during', 'after', 'before', 'for', 'with', 'following', 'as', 'additionally', 'also', 'then', 'finally', 'lastly']);
const PARTICLES = new Set(['on', 'up', 'out']);
const COMPLEMENT_STOP = new Set(['by', 'at', 'for', 'in', 'on', 'with', 'and', 'which', 'that', 'to', 'from', 'during', 'as', 'of', 'under']);

/**
 * Passive entries: "<subject> was/were/is being (adv) <verb>ed". Skips future and modal forms
 * and lists of items announced with a colon.
 */
export function passiveEntries(text: string, tokens: Token[], lexicon: Lexicon): RawEntry[] {
  const out: RawEntry[] = [];
  let clauseFrom = 0;
  // "At this meeting, the agenda … were approved": the clause starts after the opening phrase.
  const first = tokens[0]?.lower ?? '';
  if (INTRO_PREPOSITIONS.has(first)) {
    const comma = tokens.findIndex((t, i) => i < 12 && t.text === ',');
    if (comma > 0) clauseFrom = comma + 1;
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') continue;
    const w = t.lower;
    const bits = wordClass(t, lexicon);
    if ((bits & Word.ClauseOpener) !== 0) clauseFrom = k + 1;
    if (w === 'and' && tokenAt(tokens, k - 1)?.text === ',') clauseFrom = k + 1;
    if ((bits & (Word.PassiveAction | Word.PassiveOutcome)) === 0) continue;
    const isOutcome = (bits & Word.PassiveOutcome) !== 0;
    // Walk back over adverbs to a form of "be".
    let j = k - 1;
    let sawBe = false;
    let modal = false;
    while (j >= clauseFrom) {
      const b = tokens[j]?.lower ?? '';
      if (BE.has(b) || b === 'has' || b === 'have' || b === 'had' || b === 'be') {
        if (BE.has(b)) sawBe = true;
        j--;
        continue;
      }
      if (MODAL.has(b)) {
        modal = true;
        break;
      }
      if ((b.endsWith('ly') && b.length > 4) || b === 'also' || b === 'further' || b === 'then' || b === 'subsequently' || b === 'not') {
        j--;
        continue;
      }
      break;
    }
    if (!sawBe || modal) continue;
    const subjectEnd = j + 1;
    if (subjectEnd - clauseFrom < 2) continue;
    let end = k + 1;
    if (PARTICLES.has(tokens[end]?.lower ?? '') && w === 'commented') end++;
    // "was appointed Chairman": a short complement after the verb.
    for (let c = 0; c < 3 && end < tokens.length; c++) {
      const n = tokens[end];
      if (!n || n.kind !== 'word' || COMPLEMENT_STOP.has(n.lower) || !/^\p{Lu}/u.test(n.text)) break;
      end++;
    }
    const s = tokens[clauseFrom];
    const e = tokenAt(tokens, end - 1);
    if (!s || !e) continue;
    const subject = text.slice(s.start, tokenAt(tokens, subjectEnd - 1)?.end ?? s.end).toLowerCase();
    if (/^(?:the |this |that )?(?:meeting|session|event|conference|plenary)\b/.test(subject)) continue;
    const lemma = lexicon.verbForms.get(w)?.lemma ?? w.replace(/ed$/, '');
    out.push({ kind: isOutcome ? 'outcome' : 'action', lemma, start: s.start, end: e.end });
    clauseFrom = end;
  }
  return out;
}
