/**
 * Tokens of a sentence: words (with inner hyphens, dots, slashes and apostrophes, so `EG-DEC.482`
 * and `Russia’s` stay whole) and single punctuation marks, each with its offsets.
 */

/** What a token is. */
export type TokenKind = 'word' | 'punct';

/** One token and where it sits in the text it came from. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

// Each joiner is outside the letter class, so the group cannot backtrack into itself.
const WORD = /[\p{L}\p{N}]+(?:[-.'’/&+][\p{L}\p{N}]+)*/uy;

/** Splits text into tokens; white space separates, everything else is a token. */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x202f) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i) {
      tokens.push({ kind: 'word', text: m[0], start: base + i, end: base + i + m[0].length });
      i += m[0].length;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({ kind: 'punct', text: text.slice(i, i + len), start: base + i, end: base + i + len });
    i += len;
  }
  return tokens;
}

/** True for a word whose first letter is a capital. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True for an acronym-like word: some hyphen- or dot-separated part is two or more capitals. */
export function isAcronym(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !/^\p{Lu}/u.test(word)) return false;
  // Two capitals in a row somewhere, or no acronym at all.
  let caps = 0;
  for (let i = 0; i < word.length && caps < 2; i++) {
    const d = word.charCodeAt(i);
    caps = (d >= 65 && d <= 90) || d > 127 ? caps + 1 : 0;
  }
  if (caps < 2) return false;
  for (const part of word.split(/[-./]/)) {
    if (/^\p{Lu}[\p{Lu}\d&]+$/u.test(part) && /\p{Lu}.*\p{Lu}/u.test(part)) return true;
  }
  return false;
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
  if (e > 0 && /[A-Z]/.test(s[e - 1] ?? '') && /\d/.test(s[e - 2] ?? '')) e--;
  while (e > 0 && /\d/.test(s[e - 1] ?? '')) e--;
  return s.slice(0, e);
}
