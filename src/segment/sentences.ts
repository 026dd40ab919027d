/**
 * Sentences of a block: split after `.`, `!` or `?` followed by space and a capital, a digit or a
 * quote, except after an abbreviation, an initial (`V.M.`) or a numbered point (`2.1.`).
 */
import type { Lexicon } from '../lexicon/index.js';

/** A sentence: its text and where it starts in the block. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && !/\s/.test(text[i] ?? ' ') && text[i] !== '(') i--;
  return text.slice(i + 1, dot);
}

/** True when the period at `dot` ends a sentence. */
function endsSentence(text: string, dot: number, lexicon: Lexicon): boolean {
  const mark = text[dot];
  let j = dot + 1;
  while (j < text.length && /["'”’)\]]/.test(text[j] ?? '')) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j] ?? '')) return false;
  while (j < text.length && /\s/.test(text[j] ?? '')) j++;
  const next = text[j] ?? '';
  if (!/[\p{Lu}\d"“‘'(\[•–-]/u.test(next)) return false;
  if (mark !== '.') return true;
  const before = wordBefore(text, dot);
  const bare = before.replace(/^[("'“‘]+/, '').toLowerCase();
  if (lexicon.abbreviations.has(bare)) return false;
  // Initials ("V.M", "T", "J.-P") and numbered points ("2.1", "1").
  if (/^\p{Lu}(?:[.-]{1,2}\p{Lu})*$/u.test(before)) return false;
  if (/^\d{1,2}(?:\.\d{1,2})*$/.test(before) && before.length <= 5 && /^\p{Lu}/u.test(next)) {
    // "issue 2.1. Kim" goes on; "in 2019. The" (a year) ends.
    return false;
  }
  return true;
}

/** Splits a block's text into sentences, keeping offsets. */
export function splitSentences(text: string, lexicon: Lexicon): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (!endsSentence(text, i, lexicon)) continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end] ?? '')) end++;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
