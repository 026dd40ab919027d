/**
 * A view over one sentence's tokens, and the only reader of their lexicon bits: rules ask it
 * questions in words (`is(i, 'meetingNouns')`, `verb(i)`, `span(a, b)`) and never touch the bits,
 * the token objects or the character codes themselves.
 */
import { isWrittenOrdinal, Word, wordClass, type Lexicon, type VerbForm } from '../lexicon/index.js';
import { pointAt, type Block } from '../segment/blocks.js';
import { isAcronymToken, tokenAt, tokenize, type Token } from '../segment/tokens.js';
import { singleSpaced } from '../normalize/lines.js';
import { PhraseIndex } from '../segment/phrases.js';
import { registryKey } from '../registry/index.js';

/** The word classes a rule may ask about, by the name of the lexicon list behind each. */
const CLASS_BITS = {
  determiners: Word.Determiner,
  meetingNouns: Word.MeetingNoun,
  ordinals: Word.Ordinal,
  ordinalTens: Word.OrdinalTen,
  bodyHeads: Word.Head,
  reportingVerbs: Word.Verb,
  meetingVerbs: Word.MeetingVerb,
  participationVerbs: Word.ParticipationVerb,
  anyVerbs: Word.AnyVerb,
  auxiliaries: Word.Auxiliary,
  modalVerbs: Word.Modal,
  adverbs: Word.Adverb,
  negations: Word.Negation,
  nameConnectors: Word.Connector,
  tailConnectors: Word.TailConnector,
  organizationHeads: Word.OrgHead,
  genericParticipantHeads: Word.GenericHead,
  roleWords: Word.Role,
  personTitles: Word.PersonTitle,
  clauseOpeners: Word.ClauseOpener,
  clauseLinks: Word.ClauseLink,
  temporalWords: Word.Temporal,
  prepositions: Word.Preposition,
  topicPrepositions: Word.TopicPreposition,
  anaphorStarts: Word.AnaphorFirst,
  productNouns: Word.ProductNoun,
  delegateNouns: Word.DelegateNoun,
  agendaWords: Word.AgendaWord,
  mentionStarts: Word.MentionStart,
} as const;

/** A word class a rule can ask about. */
export type WordClassName = keyof typeof CLASS_BITS;

/** Words and apostrophes make up an indexed phrase (a country's name, a cue). */
function inPhrase(t: Token): boolean {
  return t.kind === 'word' || t.text === "'" || t.text === '’';
}

const NO_TOKENS: Token[] = [];

/** The phrase lists `phraseAt` is asked about, indexed once each (the lexicon's lists live as long as it does). */
const PHRASE_INDEXES = new WeakMap<Iterable<string>, PhraseIndex>();
const anyToken = (): boolean => true;

/** Whether a word starts with a digit: patterns for numbers are tried only then. */
function startsWithDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** One sentence of a block, with its tokens. */
export class Sentence {
  /** The sentence's text (a slice of its block's text). */
  readonly text: string;
  /** Where the sentence starts in its block's text. */
  readonly offset: number;
  readonly block: Block;
  readonly blockIndex: number;
  /** The sentence's place in its block (0 for the first). */
  readonly index: number;
  readonly lexicon: Lexicon;
  private tokens: Token[];
  private loaded: boolean;

  /** Without `tokens`, the sentence is tokenised when `load` is called (a long bulletin's sentences are read one at a time). */
  constructor(init: { text: string; offset: number; block: Block; blockIndex: number; index: number; tokens?: Token[]; lexicon: Lexicon }) {
    this.text = init.text;
    this.offset = init.offset;
    this.block = init.block;
    this.blockIndex = init.blockIndex;
    this.index = init.index;
    this.tokens = init.tokens ?? NO_TOKENS;
    this.loaded = init.tokens !== undefined;
    this.lexicon = init.lexicon;
  }

  /** Tokenises the sentence if it has no tokens in hand; a sentence not loaded reads as empty. */
  load(): this {
    if (!this.loaded) {
      this.tokens = tokenize(this.text, this.lexicon);
      this.loaded = true;
    }
    return this;
  }

  /** Lets the tokens go (`load` makes them again): memory stays flat over a long bulletin. */
  release(): void {
    this.tokens = NO_TOKENS;
    this.loaded = false;
  }

  /** How many tokens the sentence has. */
  get length(): number {
    return this.tokens.length;
  }

  /** The token's text as written ('' outside the sentence). */
  raw(i: number): string {
    return tokenAt(this.tokens, i)?.text ?? '';
  }

  /** The token's text in lower case ('' outside the sentence). */
  word(i: number): string {
    return tokenAt(this.tokens, i)?.lower ?? '';
  }

  /** The token's registry key (`registryKey` of its text; a plain word's is its lower case). */
  key(i: number): string {
    const t = tokenAt(this.tokens, i);
    if (!t) return '';
    return t.plain ? t.lower : registryKey(t.text);
  }

  /** Whether the token is a word (letters or digits), not a mark. */
  isWord(i: number): boolean {
    return tokenAt(this.tokens, i)?.kind === 'word';
  }

  /** Whether the token is this mark (or, without one, any mark). */
  isMark(i: number, mark?: string): boolean {
    const t = tokenAt(this.tokens, i);
    return t !== undefined && t.kind === 'punct' && (mark === undefined || t.text === mark);
  }

  /** Whether the token is one of these marks. */
  isAnyMark(i: number, marks: string): boolean {
    const t = tokenAt(this.tokens, i);
    return t !== undefined && t.kind === 'punct' && marks.includes(t.text);
  }

  /** Whether the word starts with a capital letter. */
  isCap(i: number): boolean {
    return tokenAt(this.tokens, i)?.cap === true;
  }

  /** Whether the word is written in lower case (starts with a small letter). */
  isLower(i: number): boolean {
    const t = tokenAt(this.tokens, i);
    return t !== undefined && t.kind === 'word' && !t.cap && t.text !== t.text.toUpperCase();
  }

  /** Whether the word looks like an acronym (`CWG`, `EG-DEC.482`, `ISO/TC`). */
  isAcronym(i: number): boolean {
    const t = tokenAt(this.tokens, i);
    return t !== undefined && t.kind === 'word' && isAcronymToken(t);
  }

  /** Whether the word is a number-like designator part (`5`, `17`, `5D`, `223`). */
  isDesignatorNumber(i: number): boolean {
    const w = this.raw(i);
    return startsWithDigit(w) && /^\d{1,4}[A-Z]?$/.test(w);
  }

  /** Whether the word ends in a possessive `'s` or `’s` (`OECD’s`, `Council's`). */
  isPossessive(i: number): boolean {
    const w = this.raw(i);
    const n = w.length;
    return n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019);
  }

  /** The word in lower case without a possessive `'s`. */
  bareWord(i: number): string {
    const w = this.word(i);
    return this.isPossessive(i) ? w.slice(0, -2) : w;
  }

  /** Whether the word is a number written in digits. */
  isNumber(i: number): boolean {
    const w = this.raw(i);
    return startsWithDigit(w) && /^\d[\d.,/-]*$/.test(w);
  }

  /** Whether the word is in a lexicon class. */
  is(i: number, name: WordClassName): boolean {
    const t = tokenAt(this.tokens, i);
    return t !== undefined && t.kind === 'word' && (wordClass(t, this.lexicon) & CLASS_BITS[name]) !== 0;
  }

  /** Whether the word is a written ordinal: a listed one, `45th`, or `fifty-third`. */
  isOrdinal(i: number): boolean {
    if (this.is(i, 'ordinals')) return true;
    const w = this.word(i);
    if (startsWithDigit(w)) return /^\d{1,4}(?:st|nd|rd|th)$/.test(w);
    // "XLII Meeting of PCC.II", "LXXV Session": a Roman numeral before a meeting in capitals.
    if (/^[IVXLC]{1,8}$/.test(this.raw(i)) && this.isCap(i + 1) && this.is(i + 1, 'meetingNouns')) return true;
    return w.includes('-') && isWrittenOrdinal(w, this.lexicon);
  }

  /** Whether the word names a day of the week or a month (`Thursday`, `June`). */
  isDayName(i: number): boolean {
    return this.inList(i, 'weekdays') || this.lexicon.months.has(this.word(i));
  }

  /** The verb form the word is, if the lexicon knows it. */
  verb(i: number): VerbForm | undefined {
    if (!this.is(i, 'anyVerbs')) return undefined;
    return this.lexicon.verbs.get(this.word(i));
  }

  /** The reporting verb the word is (one with an entry kind), if any. */
  reportingVerb(i: number): VerbForm | undefined {
    if (!this.is(i, 'reportingVerbs')) return undefined;
    return this.lexicon.verbs.get(this.word(i));
  }

  /** Whether the word is in a lexicon list that has no bit of its own (looked up by its lower case). */
  inList(i: number, list: keyof Lexicon['lists']): boolean {
    return this.lexicon.lists[list].has(this.word(i));
  }

  /** The text of tokens `from`..`to` (exclusive) as written, white space collapsed. */
  span(from: number, to: number): string {
    const a = tokenAt(this.tokens, from);
    const b = tokenAt(this.tokens, to - 1);
    if (!a || !b || to <= from) return '';
    return singleSpaced(this.text.slice(a.start, b.end));
  }

  /** Where token `i` starts in the sentence's text. */
  startOf(i: number): number {
    return tokenAt(this.tokens, i)?.start ?? this.text.length;
  }

  /** Where token `i` ends in the sentence's text. */
  endOf(i: number): number {
    return tokenAt(this.tokens, i)?.end ?? this.text.length;
  }

  /** Whether token `i` touches the one before it (no space between: `9-11`, `Art.50`). */
  joinedToPrevious(i: number): boolean {
    const a = tokenAt(this.tokens, i - 1);
    const b = tokenAt(this.tokens, i);
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  /** Whether a line break stands between token `i` and the one before it. */
  lineBreakBefore(i: number): boolean {
    const a = tokenAt(this.tokens, i - 1);
    const b = tokenAt(this.tokens, i);
    if (a === undefined || b === undefined) return false;
    if (this.text.slice(a.end, b.start).includes('\n')) return true;
    // Lines joined into one paragraph keep their source lines in the block's anchors.
    return this.block.anchors.length > 1 && pointAt(this.block, this.offset + a.end).line !== pointAt(this.block, this.offset + b.start).line;
  }

  /** The index of the matching `)` for the `(` at `open`, within `limit` tokens, or -1. */
  closing(open: number, limit = 16): number {
    for (let j = open + 1; j < this.tokens.length && j <= open + limit; j++) {
      const t = this.tokens[j];
      if (t?.text === ')') return j;
      if (t?.text === '(') return -1;
    }
    return -1;
  }

  /** Whether the words starting at `i` are one of the phrases (lower case, space-separated); the phrase's length in tokens, or 0. */
  phraseAt(i: number, phrases: Iterable<string>): number {
    let index = PHRASE_INDEXES.get(phrases);
    if (!index) {
      index = PhraseIndex.of(phrases);
      PHRASE_INDEXES.set(phrases, index);
    }
    const t = tokenAt(this.tokens, i);
    if (!t || !index.starts(t.lower)) return 0;
    const lengths = index.lengthsAt(this.tokens, i, index.longest, anyToken);
    return lengths === 0 ? 0 : 32 - Math.clz32(lengths);
  }

  /** The lengths (as bits: bit n-1 for n tokens) of the indexed phrases that start at token `i`, words and apostrophes only. */
  phraseLengths(i: number, index: PhraseIndex, max: number): number {
    return index.lengthsAt(this.tokens, i, max, inPhrase);
  }
}
