/**
 * The person a photo credit names: "(Photo: D. Calma/IAEA)", "UN Photo/Eskinder Debebe", a caption
 * line "WHO/Pierre Albouy". The name is the part of the credit, on either side of its slash, that
 * is written as a person's (capitalised words or initials, not an acronym).
 *
 * @example
 *   The Board of Governors met in Vienna. (Photo: D. Calma/IAEA)
 *   => person D. Calma
 *   => no person IAEA
 *
 * @example
 *   WHO/Pierre Albouy
 *
 *   The Health Assembly closed today.
 *   => person Pierre Albouy
 */
import type { Sentence } from '../sentence.js';
import type { PersonFinding, PersonRule } from './types.js';

/** A credit's text after its label: "Photo: …", "Photo credit: …", "Credit: …". */
const LABELLED = /(?:\bphoto(?: credit)?|\bcredit)\s?:\s?([^()\n]{3,60})/iu;
/** A caption line that is only a credit: "WHO/Pierre Albouy", "UN Photo/Eskinder Debebe". */
const CAPTION = /^\(?\p{Lu}[\p{L}.&-]{1,20}(?: photo)?\/([^()\n/]{3,40}?)\)?$/iu;
/** A person's name as a credit writes it: "Pierre Albouy", "D. Calma", "Eskinder Debebe". */
const NAME = /^(?:\p{Lu}\. ?){0,3}\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*){0,3}$/u;

/** The token span of the characters `from`..`to` of the sentence's text. */
function tokensOf(s: Sentence, from: number, to: number): [number, number] {
  let a = 0;
  while (a < s.length && s.endOf(a) <= from) a++;
  let b = a;
  while (b < s.length && s.startOf(b) < to) b++;
  return [a, b];
}

export const photoCredit: PersonRule = {
  id: 'photo-credit',
  kind: 'person',
  match(s) {
    if (!s.text.includes('/')) return [];
    const line = s.text.trim();
    const m = LABELLED.exec(s.text) ?? CAPTION.exec(line);
    if (!m?.[1]) return [];
    const credit = m[1].trim();
    const name = credit
      .split('/')
      .map((part) => part.trim())
      .find((part) => NAME.test(part) && (part.includes(' ') || part.includes('.')));
    if (!name) return [];
    const at = s.text.indexOf(name);
    return [{ name, role: null, tokens: tokensOf(s, at, at + name.length), rule: 'photo-credit' }];
  },
};
