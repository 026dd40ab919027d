/**
 * Regular English inflections of a verb's lemma, so the verb lists hold lemmas only: `discuss` →
 * `discusses`, `discussed`, `discussing`. Where a final consonant may or may not double
 * (`submit` → `submitted`, `visit` → `visited`) both forms are made; the one never written does
 * no harm. Irregular forms are data (`en/irregular-verbs.json`).
 */

/** Which form of a verb a word is. */
export type VerbFormType = 'base' | 'present' | 'past' | 'gerund';

/** A written form and which form it is. */
export interface Inflection {
  form: string;
  type: VerbFormType;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** How many vowel groups a word has (a rough syllable count). */
function syllables(word: string): number {
  let n = 0;
  let inVowel = false;
  for (const c of word) {
    const v = isVowel(c) || c === 'y';
    if (v && !inVowel) n++;
    inVowel = v;
  }
  return n;
}

/** Ends consonant, single vowel, consonant (not w, x, y): `plan`, `submit`, `omit`. */
function endsCvc(word: string): boolean {
  const n = word.length;
  const [a, b, c] = [word[n - 3], word[n - 2], word[n - 1]];
  return n >= 3 && !isVowel(a) && isVowel(b) && c !== undefined && !isVowel(c) && !'wxy'.includes(c);
}

/** The regular forms of a lemma (the lemma itself first). A hyphenated lemma inflects its last part. */
export function inflections(lemma: string): Inflection[] {
  const word = lemma.toLowerCase();
  const out: Inflection[] = [{ form: word, type: 'base' }];
  const last = word[word.length - 1] ?? '';
  const beforeLast = word[word.length - 2];
  // Third person.
  if (/(?:s|x|z|ch|sh|o)$/.test(word)) out.push({ form: `${word}es`, type: 'present' });
  else if (last === 'y' && !isVowel(beforeLast)) out.push({ form: `${word.slice(0, -1)}ies`, type: 'present' });
  else out.push({ form: `${word}s`, type: 'present' });
  // Past and participle.
  if (last === 'e') out.push({ form: `${word}d`, type: 'past' });
  else if (last === 'y' && !isVowel(beforeLast)) out.push({ form: `${word.slice(0, -1)}ied`, type: 'past' });
  else if (last === 'c') out.push({ form: `${word}ed`, type: 'past' }, { form: `${word}ked`, type: 'past' });
  else {
    out.push({ form: `${word}ed`, type: 'past' });
    if (endsCvc(word)) out.push({ form: `${word}${last}ed`, type: 'past' });
  }
  // Gerund.
  if (word.endsWith('ie')) out.push({ form: `${word.slice(0, -2)}ying`, type: 'gerund' });
  else if (last === 'e' && !/(?:ee|ye|oe)$/.test(word)) out.push({ form: `${word.slice(0, -1)}ing`, type: 'gerund' });
  else {
    out.push({ form: `${word}ing`, type: 'gerund' });
    if (endsCvc(word)) out.push({ form: `${word}${last}ing`, type: 'gerund' });
  }
  // One-syllable CVC verbs always double ("plan" → "planned", not "planed").
  if (endsCvc(word) && syllables(word) === 1) return out.filter((f) => f.form !== `${word}ed` && f.form !== `${word}ing`);
  return out;
}
