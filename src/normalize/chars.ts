/**
 * Reading a string's code units where strings of every kind pass (flat or sliced, one- or
 * two-byte, concatenations, internalised literals). V8 reads `s.charCodeAt` and `s.length` fast
 * only at a site that has seen at most four kinds of string; past that, every read looks the
 * property up in a global cache (callgrind: a sixth of a parse round's instructions, spread over
 * the helpers that check spans and keys). `codeAt` calls the method itself, so there is no
 * property to look up on the string, and V8 still compiles it to a direct read; loops read the
 * length once.
 */
const charCodeAt = String.prototype.charCodeAt;

/** `s.charCodeAt(i)`, without looking `charCodeAt` up on `s`. */
export function codeAt(s: string, i: number): number {
  return charCodeAt.call(s, i);
}
