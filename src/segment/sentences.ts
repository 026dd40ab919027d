/**
 * Sentences of a block: split after `.`, `!` or `?` followed by space and a capital, a digit or a
 * quote, except after an abbreviation, an initial (`V.M.`) or a numbered point (`2.1.`); and at
 * the end of a line when it and the next both open with a label ("Attendees: …" / "Regrets: …"),
 * as the header lines of minutes are written one under the other. A paragraph's number at a line's
 * start ("1.2 The agenda …") is left out of the sentence.
 */
import type { Lexicon } from '../lexicon/index.js';
import { isRegExpSpace } from '../normalize/lines.js';
import { LINE_LABEL } from '../parse/text.js';

/** A sentence: its text and where it starts in the block. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** `"` `'` `”` `’` `)` `]`: marks that close a sentence after its period. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** What may open the next sentence: a capital, a digit, a quote, a bracket, a bullet or a dash. */
function opensSentence(next: string): boolean {
  const c = next.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45;
  return c === 0x201c || c === 0x2018 || c === 0x2022 || c === 0x2013 || /[\p{Lu}\d]/u.test(next);
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && !isRegExpSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 40) i--;
  return text.slice(i + 1, dot);
}

/**
 * Whether the word at `at` is a determiner, a preposition, a pronoun, a word that opens a clause ("The", "In", "It",
 * "Following") or a common noun of meetings' work ("Contributions", "Discussions"), none of which is a name.
 */
function opensWithCommonWord(text: string, at: number, lexicon: Lexicon): boolean {
  let end = at;
  while (end < text.length && end < at + 20 && /\p{L}/u.test(text[end] ?? '')) end++;
  const word = text.slice(at, end).toLowerCase();
  const { lists } = lexicon;
  return (
    lists.determiners.has(word) ||
    lists.prepositions.has(word) ||
    lists.clauseOpeners.has(word) ||
    lists.clauseLinks.has(word) ||
    lists.pronounAnaphors.has(word) ||
    lists.temporalWords.has(word) ||
    lists.productNouns.has(word) ||
    lists.agendaWords.has(word) ||
    lists.discussionNouns.has(word) ||
    lists.meetingNouns.has(word)
  );
}

/** Whether the number at `at` ends a body's designator ("transferred to WG 1.", "Study Group 5."): the word before it is a body's head or an acronym. */
function numbersBody(text: string, at: number, lexicon: Lexicon): boolean {
  if (at < 2 || !isRegExpSpace(text.charCodeAt(at - 1))) return false;
  const word = wordBefore(text, at - 1);
  return /^\p{Lu}{2,6}$/u.test(word) || (/^\p{Lu}\p{Ll}+$/u.test(word) && lexicon.bodyHeadWords.has(word.toLowerCase()));
}

/** Whether each part of a word between its periods is an initial: one capital, or a digraph ("D.Ya", "Yu.A", "Zh"). */
export function initialParts(word: string, digraphs: ReadonlySet<string>): boolean {
  if (word.length > 8) return false;
  for (const part of word.split('.')) if (!(part.length === 1 && /\p{Lu}/u.test(part)) && !digraphs.has(part)) return false;
  return true;
}

/** True when the period at `dot` ends a sentence. */
function endsSentence(text: string, dot: number, lexicon: Lexicon): boolean {
  const mark = text.charCodeAt(dot);
  let j = dot + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j >= text.length) return true;
  if (!isRegExpSpace(text.charCodeAt(j))) return false;
  while (j < text.length && isRegExpSpace(text.charCodeAt(j))) j++;
  const next = text[j] ?? '';
  if (!opensSentence(next)) return false;
  if (mark !== 46) return true;
  const before = wordBefore(text, dot);
  const bare = /^[("'“‘]/.test(before) ? before.replace(/^[("'“‘]+/, '').toLowerCase() : before.toLowerCase();
  // "Resolution PCC.II/RES. 145 (XLV)": an abbreviation after a document's owner and a slash.
  if (lexicon.lists.abbreviations.has(bare) || lexicon.lists.abbreviations.has(bare.slice(bare.lastIndexOf('/') + 1))) return false;
  // Initials ("V.M", "T", "J.-P", "D.Ya") and numbered points ("2.1", "1").
  if (/^\p{Lu}(?:[.-]{1,2}\p{Lu})*$/u.test(before) || initialParts(before, lexicon.cased.initialDigraphs)) return false;
  if (/^\d{1,2}(?:\.\d{1,2})*$/.test(before) && before.length <= 5 && /^\p{Lu}/u.test(next)) {
    // "issue 2.1. Kim" goes on; "in 2019. The" (a year) ends, and so does "agenda item 1.1. Following the
    // discussion, …": a function word or a common noun opens a sentence ("1.7. Contributions were …").
    return opensWithCommonWord(text, j, lexicon) || numbersBody(text, dot - before.length, lexicon);
  }
  return true;
}

/** A line that opens with a label (see `LINE_LABEL`), tried where a line starts. */
const LABEL = new RegExp(LINE_LABEL.source.slice(1), 'uy');

function opensWithLabel(text: string, at: number): boolean {
  LABEL.lastIndex = at;
  return LABEL.test(text);
}

/** Splits a block's text into sentences, keeping offsets. */
export function splitSentences(text: string, lexicon: Lexicon): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // The next `.`, `!` and `?` (or the text's length): found by indexOf, not by reading every character.
  const after = (mark: string, from: number): number => {
    const k = text.indexOf(mark, from);
    return k < 0 ? text.length : k;
  };
  let dot = after('.', 0);
  let bang = after('!', 0);
  let query = after('?', 0);
  let line = after('\n', 0);
  // Whether the line that ends at the next newline opens with a label.
  let labelled = opensWithLabel(text, 0);
  for (;;) {
    const i = Math.min(dot, bang, query, line);
    if (i >= text.length) break;
    if (i === line) {
      line = after('\n', i + 1);
      const wasLabelled = labelled;
      labelled = opensWithLabel(text, i + 1);
      if (wasLabelled && labelled && i > start) {
        push(out, text, start, i);
        start = i + 1;
      }
      continue;
    }
    if (i === dot) dot = after('.', i + 1);
    else if (i === bang) bang = after('!', i + 1);
    else query = after('?', i + 1);
    if (!endsSentence(text, i, lexicon)) continue;
    let end = i + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/** A paragraph's number of two or more parts at a line's start, before a capitalised word ("1.2 The agenda was adopted", "2.3.1 Members noted …"). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+(?=\p{Lu}\p{Ll})/u;

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && isRegExpSpace(text.charCodeAt(s))) s++;
  // A paragraph's number is no part of its first sentence.
  if (s === 0 || text.charCodeAt(s - 1) === 10) s += SECTION_NUMBER.exec(text.slice(s, Math.min(end, s + 16)))?.[0].length ?? 0;
  let e = end;
  while (e > s && isRegExpSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
