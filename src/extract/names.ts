/**
 * What the body and participant rules share about names: the kind a name's head noun gives,
 * the kind an acronym's parts give, the long form an acronym abbreviates, and a name's id.
 */
import type { GroupKind } from '../model/types.js';
import type { Lexicon } from '../lexicon/index.js';
import { WeakMemo } from '../lexicon/memo.js';
import { stripDesignatorNumber, stripEnd } from '../segment/tokens.js';

/** The kinds of the names a lexicon was asked about: the same names come up again and again. */
const KINDS = new WeakMemo<Lexicon, Map<string, GroupKind | undefined>>(() => new Map());
const MAX_KINDS = 4096;

/** The kind of body a name implies, from its head nouns; undefined when it names no body. */
export function kindOfName(name: string, lexicon: Lexicon): GroupKind | undefined {
  const known = KINDS.get(lexicon);
  if (known.has(name)) return known.get(name);
  const kind = kindOfWords(name, lexicon);
  if (known.size >= MAX_KINDS) known.clear();
  known.set(name, kind);
  return kind;
}

/**
 * The kind of a name's head: the last head word before the name's first "of", "on" or "for" ("Senate Committee on
 * Academic Standards" is a committee, "Council for Trade in Goods" a council), else the first head word found.
 */
function kindOfWords(name: string, lexicon: Lexicon): GroupKind | undefined {
  const words = name.toLowerCase().split(/[\s-]+/);
  let found: GroupKind | undefined;
  for (let i = 0; i < words.length; i++) {
    const one = words[i] ?? '';
    if (found && found !== 'other' && (one === 'of' || one === 'on' || one === 'for')) break;
    const two = `${one} ${words[i + 1] ?? ''}`;
    const three = `${two} ${words[i + 2] ?? ''}`;
    const singular = one.endsWith('ies') ? `${one.slice(0, -3)}y` : one.replace(/s$/, '');
    const k = lexicon.bodyHeads.get(three) ?? lexicon.bodyHeads.get(two) ?? lexicon.bodyHeads.get(one) ?? lexicon.bodyHeads.get(singular);
    if (k && (!found || found === 'other' || k !== 'other')) found = k;
  }
  return found;
}

/** The kind an acronym designator's parts give (`CWG FHR`, `SG17`, `ISO/TC 223`). */
export function acronymKind(designator: string, lexicon: Lexicon): GroupKind | undefined {
  for (const part of designator.split(/[-./ ]+/)) {
    const k = lexicon.acronymHeads.get(part) ?? lexicon.acronymHeads.get(stripDesignatorNumber(part)) ?? lexicon.acronymHeads.get(smallLetteredHead(part) ?? '');
    if (k) return k;
  }
  return undefined;
}

/** The head of a designation in small letters after a kind's acronym ("TG" of "TGbn", "TGax"), if the word is one. */
export function smallLetteredHead(word: string): string | undefined {
  const m = /^(\p{Lu}{2,4})\p{Ll}{1,3}$/u.exec(word);
  return m?.[1];
}

/** Whether an acronym designator's first part is an acronym head (`CWG`, `SG`), which names a kind, not one body. */
export function isBareHead(designator: string, lexicon: Lexicon): boolean {
  return lexicon.acronymHeads.has(designator) || lexicon.acronymHeads.has(stripDesignatorNumber(designator));
}

/**
 * Schwartz–Hearst: the shortest run of words at the end of `before` whose letters spell the
 * acronym in order, each word's first letter for the acronym's first. Undefined when none does.
 */
export function longFormOf(acronym: string, before: string): string | undefined {
  // "APG27-3", "SBSTTA-26": a session's numbers are no letters of the name.
  const short = stripEnd(stripDesignatorNumber(acronym), ' -')
    .replace(/(\p{L})\d{1,3}$/u, '$1')
    .toLowerCase();
  const spelled = initialsFormOf(short, before);
  if (spelled) return spelled;
  const long = before.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s] ?? '';
    if (!/[\p{L}\p{N}]/u.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && ((long[l] ?? '') !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const startWord = long.lastIndexOf(' ', l) + 1;
  const result = before.slice(startWord).trim();
  // A body's long name may run on with "on the Law of …" (`SCT`, Standing Committee on the Law of Trademarks, …).
  if (result.split(' ').length > short.length + (/\b(?:on|of|for)\b/i.test(result) ? 12 : 5)) return undefined;
  return result;
}

/**
 * The words that end `before` and whose initials spell the acronym's letters, small words between them passed over
 * ("Commission on Information and Communication Infrastructure" for `CICI`), or undefined: each letter is a word's
 * first, where letters found anywhere in the words would give a shorter, wrong name ("Communication Infrastructure").
 */
function initialsFormOf(letters: string, before: string): string | undefined {
  if (letters.length < 2 || !/^[\p{L}]+$/u.test(letters)) return undefined;
  const words = before.trim().split(' ');
  let k = letters.length - 1;
  let w = words.length - 1;
  while (k >= 0 && w >= 0) {
    const word = words[w] ?? '';
    if (word.charAt(0).toLowerCase() === letters[k]) k--;
    else if (!/^\p{Ll}{1,4}$/u.test(word)) return undefined;
    w--;
  }
  return k < 0 ? words.slice(w + 1).join(' ') : undefined;
}

/** An acronym's capitals without its session's number (`SC` of "SC21"). */
function capitalsOf(acronym: string): string {
  return stripDesignatorNumber(acronym).replace(/[^\p{Lu}]/gu, '');
}

/** Whether an acronym's letters are the initials of a name's capitalised words (`SC` for "Steering Council", `SC21` for "Standing Committee"). */
export function isInitialism(acronym: string, name: string): boolean {
  const letters = capitalsOf(acronym);
  if (letters.length < 2) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] ?? '')
    .join('');
  return initials === letters;
}

/** Whether an acronym joined to a number abbreviates a name that ends in that number ("PCC.II" for "Permanent Consultative Committee II"). */
export function abbreviatesNumbered(acronym: string, name: string): boolean {
  const parts = /^(\p{Lu}{2,})[.-]([IVX]{1,4}|\d{1,3})$/u.exec(acronym);
  const words = name.split(' ');
  if (!parts || words.length < 3 || words.at(-1)?.toUpperCase() !== parts[2]) return false;
  return isInitialism(parts[1] ?? '', words.slice(0, -1).join(' '));
}

/** Whether an acronym spells the end of a longer name, after its owner's words (`CPC` for "OpenJS Foundation Cross Project Council"). */
export function spellsEnd(acronym: string, name: string): boolean {
  const letters = capitalsOf(acronym);
  if (letters.length < 2) return false;
  const words = name.split(/[\s-]+/);
  if (words.length <= letters.length) return false;
  return words.slice(-letters.length).every((w, i) => w[0] === letters[i]);
}

/** Whether a word is a short acronym in mixed case: two capitals or more and a small letter (`NaN`, `ExCom`, `CoP`). */
export function mixedAcronym(w: string): boolean {
  if (w.length > 6 || !/^\p{Lu}\p{L}+$/u.test(w)) return false;
  const capitals = w.replace(/\P{Lu}/gu, '').length;
  return capitals >= 2 && capitals < w.length;
}

/** The id of a designator: acronym parts joined by `-` (`CWG FHR` → `CWG-FHR`, `WG NaN` → `WG-NaN`); a name with words stays as written. */
export function idOf(designator: string): string {
  const words = designator.split(/\s+/);
  const acronymLike = words.every((w) => /^[\p{Lu}\d][\p{Lu}\d./&#-]*$/u.test(w) || /^\d/.test(w) || (words.length > 1 && mixedAcronym(w)));
  return acronymLike ? words.join('-') : designator;
}
