/**
 * A word trie over lower-cased token texts: which listed phrases start at a token. Matching walks
 * the tokens already made (each token's `lower` text is hashed once and looked up again and
 * again) instead of joining candidate phrases into new strings and looking each one up.
 */
import { tokenize, type Token } from './tokens.js';

interface Node {
  next: Map<string, Node> | undefined;
  /** A listed phrase ends here. */
  end: boolean;
}

function node(): Node {
  return { next: undefined, end: false };
}

/** Phrases as sequences of lower-cased token texts. */
export class PhraseIndex {
  private readonly root = node();
  /** The most tokens any phrase has. */
  longest = 0;

  /** Indexes phrases by their tokens (so `d'ivoire` and `guinea-bissau` are one token each, as in text). */
  static of(phrases: Iterable<string>): PhraseIndex {
    const index = new PhraseIndex();
    for (const phrase of phrases) index.add(tokenize(phrase.toLowerCase()).map((t) => t.lower));
    return index;
  }

  add(words: readonly string[]): void {
    if (words.length === 0) return;
    let at = this.root;
    for (const w of words) {
      at.next ??= new Map();
      let n = at.next.get(w);
      if (!n) {
        n = node();
        at.next.set(w, n);
      }
      at = n;
    }
    at.end = true;
    this.longest = Math.max(this.longest, words.length);
  }

  /** Whether some phrase starts with this word: a quick refusal. */
  starts(word: string): boolean {
    return this.root.next?.has(word) ?? false;
  }

  /**
   * The lengths (in tokens) of the listed phrases that start at token `i`, at most `max` (≤ 30)
   * tokens, as bits: bit `n - 1` is set when a phrase of `n` tokens starts there (no array is
   * made: this runs at most tokens of every sentence). `accept` says which tokens may be part of
   * a phrase.
   */
  lengthsAt(tokens: readonly Token[], i: number, max: number, accept: (t: Token) => boolean): number {
    let found = 0;
    let at: Node | undefined = this.root;
    for (let k = i; k < tokens.length && k - i < max; k++) {
      const t = tokens[k];
      if (!t || !accept(t)) break;
      at = at.next?.get(t.lower);
      if (!at) break;
      if (at.end) found |= 1 << (k - i);
    }
    return found;
  }
}
