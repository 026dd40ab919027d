/**
 * Reading a string's code units where strings of every kind pass (flat or sliced, one- or
 * two-byte, concatenations, internalised literals). V8 reads `s.charCodeAt` and `s.length` fast
 * only at a site that has seen at most four kinds of string; past that, every read looks the
 * property up in a global cache. `codeAt` calls the method itself, so there is no property to
 * look up on the string; loops read the length once. A site that sees few kinds is better served
 * by `s.charCodeAt`, which V8 compiles for just those kinds: the tokenizer reads its sequential
 * copy (`spacedCopy`) that way.
 */
const charCodeAt = String.prototype.charCodeAt;

/** `s.charCodeAt(i)`, without looking `charCodeAt` up on `s`. */
export function codeAt(s: string, i: number): number {
  return charCodeAt.call(s, i);
}

/**
 * The engine's one copy of `s` (in V8, the internalised string: the same object for every equal
 * string that is internalised). Two internalised strings compare by reference, so a map or set
 * whose keys are internalised finds an internalised key without comparing code units. A
 * property name is internalised, and `Object.keys` gives the name itself back. For strings made
 * once and used very often (lexicon words, the tokenizer's vocabulary); not for every string.
 */
export function internalize(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

/**
 * `s` and one space after it, as a new sequential string. `s.charCodeAt(i)` on a sliced or
 * flattened-concatenation string goes through the parent at every read; V8 joins an array of
 * strings into a new sequential string. For loops that read every code unit of text that comes as slices, and
 * where a space after the end changes nothing (it separates words).
 */
export function spacedCopy(s: string): string {
  return [s, ' '].join('');
}

/** Two white-space characters in a row, or one that is no plain space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/** Whether collapsing white space (`s.replace(/\s+/g, ' ').trim()`) would change `s`. */
export function hasLooseSpace(s: string): boolean {
  return s.startsWith(' ') || s.endsWith(' ') || LOOSE_SPACE.test(s);
}
