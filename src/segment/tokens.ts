/**
 * Tokens of a sentence: words (with inner hyphens, dots, slashes and apostrophes, so `EG-DEC.482`
 * and `Russia’s` stay whole) and single punctuation marks, each with its offsets.
 */

import { codeAt, internalize, spacedCopy } from '../normalize/chars.js';
import { classOf, type Lexicon } from '../lexicon/index.js';

/** What a token is. */
export type TokenKind = 'word' | 'punct';

/** One token and where it sits in the text it came from. */
export interface Token {
  kind: TokenKind;
  text: string;
  /** The text in lower case (computed once: extractors compare it again and again). */
  lower: string;
  start: number;
  end: number;
  /** The word's lexicon bits once looked up (see `wordClass`); -1 before. */
  cls: number;
  /** A word of ASCII letters and digits only (no joiners): its lower-case text is its registry key. */
  plain: boolean;
  /** A word whose first letter is a capital (`isCapitalized`), read once. */
  cap: boolean;
  /** The first UTF-16 code unit of the text. */
  code: number;
  /** Whether the word is acronym-like (`isAcronym`): -1 until asked (see `isAcronymToken`). */
  acro: number;
}

// One letter or digit at a position (sticky: tested where it stands, without a copy).
const LETTER = /[\p{L}\p{N}]/uy;

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0. ASCII is decided without a regular expression. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER.lastIndex = i;
  if (!LETTER.test(text)) return 0;
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}

/** `-` `.` `'` `’` `/` `&` `+`: marks that join letters into one word (`EG-DEC.482`, `Russia’s`). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 47 || c === 38 || c === 43;
}

/** ASCII classes: 1 for a letter or digit, 2 more for a capital. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 1;
for (let c = 65; c <= 90; c++) ASCII[c] = 3;

/** Whether the last word `wordEnd` read has a capital or a non-ASCII character (lower-casing may change it). */
let mayChangeCase = false;
/** Whether the last word `wordEnd` read is ASCII letters and digits only. */
let plainWord = true;

/** The end of the run of letters and digits from `j`. */
function lettersEnd(text: string, j: number): number {
  for (;;) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      const k = ASCII[c] ?? 0;
      if (k === 0) return j;
      if (k === 3) mayChangeCase = true;
      j++;
      continue;
    }
    const n = letterAt(text, j);
    if (n === 0) return j;
    mayChangeCase = true;
    plainWord = false;
    j += n;
  }
}

/** The end of the word starting at `i` (letters and digits, joined by single joiners), or `i` if none starts there. */
function wordEnd(text: string, i: number): number {
  mayChangeCase = false;
  plainWord = true;
  let j = lettersEnd(text, i);
  if (j === i) return i;
  while (j < text.length && isJoiner(text.charCodeAt(j))) {
    if (letterAt(text, j + 1) === 0) break;
    plainWord = false;
    if (text.charCodeAt(j) > 127) mayChangeCase = true;
    j = lettersEnd(text, j + 1);
  }
  return j;
}

/** A character that separates tokens: controls and spaces, the no-break, wide and zero-width spaces, the BOM. */
export function isSeparator(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f;
}

/**
 * The token at `i`, or undefined before the first or after the last. Reading an array at a
 * negative index is a named-property lookup in V8, tens of times slower than a checked read:
 * the extractors look one or two tokens back at the start of every sentence.
 */
export function tokenAt(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/**
 * The vocabulary: the plain ASCII words the tokenizer has read (up to `VOCABULARY_LIMIT` of them),
 * each kept once with its lower case. Bulletins say the same few thousand words again and again;
 * a token takes the kept strings instead of a fresh copy and lower-casing of its own. They are
 * internalised (`internalize`), as the lexicon's and registry's keys are, so the extractors' set
 * and map look-ups of `lower` find its hash computed and compare it by reference. A word is
 * keyed by its code units themselves, packed seven to a number while the tokenizer reads them
 * (ASCII needs seven bits; 7 × 7 = 49 bits, exact in a double), so a known word is found without
 * making a string or reading it a second time. Words longer than `VOCABULARY_WORD` are not kept.
 */
const VOCABULARY_SIZE = 1 << 14;
const VOCABULARY_MASK = VOCABULARY_SIZE - 1;
/** Past this many words the table starts again: probes stay short, memory bounded (about a megabyte). */
const VOCABULARY_LIMIT = (VOCABULARY_SIZE * 3) >> 2;
/** The longest word kept: two keys of seven code units. */
const VOCABULARY_WORD = 14;
/** A word's first seven code units, its next seven, and its length (0: a free slot). */
const HEADS = new Float64Array(VOCABULARY_SIZE);
const TAILS = new Float64Array(VOCABULARY_SIZE);
const LENGTHS = new Int32Array(VOCABULARY_SIZE);
const WORDS: string[] = new Array<string>(VOCABULARY_SIZE).fill('');
const LOWERS: string[] = new Array<string>(VOCABULARY_SIZE).fill('');
/** Each word's lexicon bits (`wordClass`) for `classesOf`, -1 until looked up. */
const CLASSES = new Int32Array(VOCABULARY_SIZE).fill(-1);
let classesOf: Lexicon | undefined;
let vocabularyCount = 0;

/** The slot of `text.slice(i, j)`, a plain ASCII word keyed `head`, `tail`; added if new. */
function vocabularySlot(text: string, i: number, j: number, head: number, tail: number, caps: boolean): number {
  const len = j - i;
  const mix = (head | 0) ^ Math.imul(tail | 0, 0x9e3779b1) ^ len;
  let slot = (mix ^ (mix >>> 15)) & VOCABULARY_MASK;
  for (;;) {
    const l = LENGTHS[slot] ?? 0;
    if (l === 0) break;
    if (l === len && HEADS[slot] === head && TAILS[slot] === tail) return slot;
    slot = (slot + 1) & VOCABULARY_MASK;
  }
  if (vocabularyCount >= VOCABULARY_LIMIT) {
    LENGTHS.fill(0);
    WORDS.fill('');
    LOWERS.fill('');
    CLASSES.fill(-1);
    vocabularyCount = 0;
    slot = (mix ^ (mix >>> 15)) & VOCABULARY_MASK;
  }
  // Internalised copies: not slices that keep their sentence alive, and equal to the lexicon's
  // own (internalised) words by reference.
  const word = internalize(text.slice(i, j));
  HEADS[slot] = head;
  TAILS[slot] = tail;
  LENGTHS[slot] = len;
  WORDS[slot] = word;
  LOWERS[slot] = caps ? internalize(word.toLowerCase()) : word;
  CLASSES[slot] = -1;
  vocabularyCount++;
  return slot;
}

/**
 * Splits text into tokens; white space separates, everything else is a token. Given the lexicon
 * the extractors will use, the words of the vocabulary come with their `wordClass` bits, kept per
 * word for the last lexicon asked (most tokens are asked for them at least once). Tokens are stored
 * at `tokens.length`, not pushed: V8 does not inline `push` here.
 */
export function tokenize(input: string, lexicon?: Lexicon): Token[] {
  const text = spacedCopy(input);
  // With a lexicon, a known word's bits come with it (looked up once per word, not per token).
  if (lexicon !== undefined && lexicon !== classesOf) {
    CLASSES.fill(-1);
    classesOf = lexicon;
  }
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const k = ASCII[c] ?? 0;
      if (k === 0) {
        // A Markdown code span's backticks stay in the text but are no token: "`CWG-FHR` reviewed …" is read as its words.
        if (c <= 32 || c === 96) {
          i++;
          continue;
        }
        // ASCII punctuation: its own lower case.
        const mark = text[i] ?? '';
        tokens[tokens.length] = { kind: 'punct', text: mark, lower: mark, start: i, end: i + 1, cls: -1, plain: false, cap: false, code: c, acro: 0 };
        i++;
        continue;
      }
      // The common word: ASCII letters and digits, then a space or a mark that joins nothing.
      let j = i + 1;
      let caps = k === 3;
      // The code unit after the run (a space at the end of the text).
      let next = 32;
      // The word's code units, seven to a key (see `vocabularySlot`).
      let head = c;
      let tail = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        // a–z, else A–Z, else 0–9, else the run ends: one subtraction and unsigned compare each
        // (cheaper here than a table, whose bounds and backing store V8 checks at every read).
        if (d - 97 >>> 0 > 25) {
          if (d - 65 >>> 0 < 26) caps = true;
          else if (d - 48 >>> 0 > 9) {
            next = d;
            break;
          }
        }
        if (j - i < 7) head = head * 128 + d;
        else tail = tail * 128 + d;
      }
      if (next < 128 && !(isJoiner(next) && letterAt(text, j + 1) > 0)) {
        let word: string;
        let lower: string;
        let cls = -1;
        if (j - i <= VOCABULARY_WORD) {
          const slot = vocabularySlot(text, i, j, head, tail, caps);
          word = WORDS[slot] ?? '';
          lower = LOWERS[slot] ?? '';
          if (lexicon !== undefined) {
            cls = CLASSES[slot] ?? -1;
            if (cls < 0) {
              cls = classOf(lower, lexicon, k === 3);
              CLASSES[slot] = cls;
            }
          }
        } else {
          word = text.slice(i, j);
          lower = caps ? word.toLowerCase() : word;
        }
        tokens[tokens.length] = { kind: 'word', text: word, lower, start: i, end: j, cls, plain: true, cap: k === 3, code: c, acro: -1 };
        // The space after a word is passed over here, not by another turn of the outer loop.
        i = next === 32 ? j + 1 : j;
        continue;
      }
    } else if (isSeparator(c)) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    if (end > i) {
      const word = text.slice(i, end);
      tokens[tokens.length] = { kind: 'word', text: word, lower: mayChangeCase ? word.toLowerCase() : word, start: i, end: end, cls: -1, plain: plainWord, cap: isCapitalized(word), code: c, acro: -1 };
      i = end;
      continue;
    }
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const mark = text.slice(i, i + len);
    tokens[tokens.length] = { kind: 'punct', text: mark, lower: mark.toLowerCase(), start: i, end: i + len, cls: -1, plain: false, cap: false, code: c, acro: 0 };
    i += len;
  }
  return tokens;
}

/** True for a word whose first letter is a capital. */
export function isCapitalized(word: string): boolean {
  const c = codeAt(word, 0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/**
 * `isAcronym` of a token's text, judged once per token. Most words start with a small letter and
 * are refused on their first code unit; the extractors ask this of the same token many times, and
 * reading a token's text (which comes in many string representations) is slow in V8 at sites
 * that see them all.
 */
export function isAcronymToken(t: Token): boolean {
  if (t.acro < 0) {
    const c = t.code;
    t.acro = c < 128 && !((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ? 0 : isAcronym(t.text) ? 1 : 0;
  }
  return t.acro === 1;
}

/** True for an acronym-like word: some hyphen- or dot-separated part is two or more capitals. */
export function isAcronym(word: string): boolean {
  const n = word.length;
  const c = codeAt(word, 0);
  if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !/^\p{Lu}/u.test(word)) return false;
  // Two capitals in a row somewhere, or no acronym at all.
  let caps = 0;
  for (let i = 0; i < n && caps < 2; i++) {
    const d = codeAt(word, i);
    caps = (d >= 65 && d <= 90) || d > 127 ? caps + 1 : 0;
  }
  if (caps < 2) return false;
  // Some part between `-`, `.` and `/` is a capital, then capitals, digits or `&`, with two capitals.
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const d = i < n ? codeAt(word, i) : 45;
    if (d !== 45 && d !== 46 && d !== 47) continue;
    if (isAcronymPart(word, start, i)) return true;
    start = i + 1;
  }
  return false;
}

/** `/^\p{Lu}[\p{Lu}\d&]+$/` with two capitals, for `word.slice(s, e)`; ASCII is read without a regular expression. */
function isAcronymPart(word: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  let capitals = 0;
  for (let i = s; i < e; i++) {
    const c = codeAt(word, i);
    if (c >= 128) {
      const part = word.slice(s, e);
      return /^\p{Lu}[\p{Lu}\d&]+$/u.test(part) && /\p{Lu}.*\p{Lu}/u.test(part);
    }
    if (c >= 65 && c <= 90) capitals++;
    else if (i === s || !((c >= 48 && c <= 57) || c === 38)) return false;
  }
  return capitals >= 2;
}

/** True for a number-like designator part: `5`, `17`, `5D`, `44`. */
export function isDesignatorNumber(word: string): boolean {
  return /^\d{1,3}[A-Z]?$/.test(word);
}

/** `s` without trailing characters from `chars`: a linear stand-in for `/[chars]+$/`. */
export function stripEnd(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1] ?? '')) e--;
  return s.slice(0, e);
}

/** `s` without trailing ASCII digits and then one optional capital: for `SG17` → `SG`, `5D` → ``. */
export function stripDesignatorNumber(s: string): string {
  let e = s.length;
  if (e > 1 && /[A-Z]/.test(s[e - 1] ?? '') && /\d/.test(s[e - 2] ?? '')) e--;
  while (e > 0 && /\d/.test(s[e - 1] ?? '')) e--;
  return s.slice(0, e);
}
