/**
 * People: named persons with the role written beside them. A name is two or three capitalised
 * words (or a surname with initials, `Minkin V.M.`) that the sentence marks as a person: a role
 * next to it (`Alexey Borodin, RCC Director General,` / `CITEL Executive Director Oscar León`),
 * a title (`Honourable David Parker`), `by`, or a verb people do (opened, chaired, thanked).
 */
import type { Person } from '../model/types.js';
import { Word, wordClass, type Lexicon } from '../lexicon/index.js';
import { countryNames } from '../lexicon/countries.js';
import { isAcronymToken, tokenAt, type Token } from '../segment/tokens.js';
import { spanText } from './mentions.js';
import { codeAt } from '../normalize/chars.js';
import { WeakMemo } from '../lexicon/memo.js';

const PERSON_VERBS = new Set(['opened', 'chaired', 'thanked', 'welcomed', 'said', 'made', 'reported', 'presented', 'stressed', 'noted', 'closed', 'announced', 'delivered', 'spoke', 'led', 'addressed', 'moderated', 'explained', 'emphasized', 'emphasised', 'underlined', 'recalled', 'informed', 'congratulated']);
const NAME_WORD = /^\p{Lu}[\p{Ll}’']+(?:-\p{Lu}?[\p{Ll}’']+)?$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}(?:\.\p{Lu})+$/u;

/** Words judged before, per lexicon: bulletins repeat the same capitalised words. */
const nameWords = new WeakMemo<Lexicon, Map<string, boolean>>(() => new Map());

function isNameWord(word: string, lexicon: Lexicon): boolean {
  // A name word starts with a capital: most words are refused on their first character.
  const c = codeAt(word, 0);
  if (c < 65 || (c > 90 && c < 128)) return false;
  const memo = nameWords.get(lexicon);
  let known = memo.get(word);
  if (known === undefined) {
    known = judgeNameWord(word, lexicon);
    if (memo.size >= 20_000) memo.clear();
    memo.set(word, known);
  }
  return known;
}

function judgeNameWord(word: string, lexicon: Lexicon): boolean {
  if (!NAME_WORD.test(word)) return false;
  const w = word.toLowerCase();
  if (lexicon.roleWords.has(w) || lexicon.orgHeads.has(w) || lexicon.bodyHeadWords.has(w) || lexicon.meetingNouns.has(w)) return false;
  if (lexicon.months.has(w) || lexicon.determiners.has(w) || lexicon.connectors.has(w) || lexicon.personTitles.has(w)) return false;
  if (countryNames().has(w) || lexicon.verbForms.has(w) || lexicon.otherVerbs.has(w) || lexicon.auxiliaries.has(w)) return false;
  if (/^(?:On|In|At|For|From|By|With|Under|During|After|Before|All|Some|Several|Among|Also|Today|Yesterday|Report|Reports|Information|Regional|National|International|General|Executive|Union|State|States|Member|Members|Sector|Agenda|Resolution|Resolutions|Recommendation|Document|Action|Notes|Summary|Please|Dear|Best|Regards|Thursday|Friday|Monday|Tuesday|Wednesday|Saturday|Sunday|Approximately|Presentations?|Chairs?|Status|Review|Work|Plan)$/.test(word)) return false;
  return true;
}

/** `isNameWord` of a token: most tokens are refused on their first code unit, without reading the text. */
function isNameToken(t: Token | undefined, lexicon: Lexicon): boolean {
  if (!t) return false;
  const c = t.code;
  if (c < 65 || (c > 90 && c < 128)) return false;
  return isNameWord(t.text, lexicon);
}

interface NameSpan {
  start: number;
  end: number;
}

function nameAt(tokens: Token[], i: number, lexicon: Lexicon): NameSpan | undefined {
  const t = tokens[i];
  if (!t || !isNameToken(t, lexicon)) return undefined;
  // Surname and initials: "Minkin V.M."
  const n = tokens[i + 1];
  if (n && INITIALS.test(n.text + (tokens[i + 2]?.text === '.' ? '.' : ''))) {
    const end = tokens[i + 2]?.text === '.' ? i + 3 : i + 2;
    return { start: i, end };
  }
  let j = i + 1;
  while (j < tokens.length && j < i + 3 && isNameToken(tokens[j], lexicon)) j++;
  if (j - i < 2) return undefined;
  // Part of a longer capitalised title ("Bonn Climate Change Conference")?
  const after = tokens[j];
  if (after && after.kind === 'word' && after.cap && !lexicon.roleWords.has(after.lower) && !countryNames().has(after.lower)) return undefined;
  const before = tokenAt(tokens, i - 1);
  if (before && before.kind === 'word' && before.cap && !isAcronymToken(before) && !lexicon.roleWords.has(before.lower) && !lexicon.personTitles.has(before.lower) && isNameWord(before.text, lexicon)) return undefined;
  return { start: i, end: j };
}

function roleAfter(text: string, tokens: Token[], end: number, lexicon: Lexicon): string | null {
  let k = end;
  if (tokens[k]?.text !== ',') return null;
  k++;
  if (tokens[k]?.lower === 'as') k++;
  const from = k;
  let hasRole = false;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t) break;
    const w = t.lower;
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ')') break;
    if (w === 'and' && hasRole) break;
    if (t.kind === 'word' && !t.cap && !isAcronymToken(t) && (PERSON_VERBS.has(w) || lexicon.otherVerbs.has(w)) && hasRole) break;
    if (lexicon.roleWords.has(w)) hasRole = true;
    k++;
    if (k - from > 24) return null;
  }
  if (!hasRole || k === from) return null;
  return spanText(text, tokens, from, k);
}

function roleBefore(text: string, tokens: Token[], start: number, lexicon: Lexicon): string | null {
  let k = start - 1;
  if (tokens[k]?.text === ',') {
    // "the PT ITU-T coordinator, Reiner Liebler"
    let j = k - 1;
    let hasRole = false;
    while (j >= 0 && start - j < 20) {
      const t = tokens[j];
      if (!t) break;
      const w = t.lower;
      if (t.kind === 'punct' && t.text !== '-') break;
      if (lexicon.determiners.has(w) || w === 'by' || w === 'with') break;
      if (lexicon.roleWords.has(w)) hasRole = true;
      j--;
    }
    const role = spanText(text, tokens, j + 1, k);
    return hasRole && hasRoleWord(tokens, j + 1, k, lexicon) ? role : null;
  }
  // "CITEL Executive Director Oscar León", "Chairman Isaac Gnamba-Yao"
  let j = k;
  let hasRole = false;
  while (j >= 0 && start - j < 8) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    if (!(t.cap || isAcronymToken(t))) break;
    const bits = wordClass(t, lexicon);
    if (bits & Word.PersonTitle) break;
    if (bits & Word.Role) hasRole = true;
    else if (!hasRole) break;
    j--;
  }
  if (!hasRole) return null;
  return spanText(text, tokens, j + 1, start);
}

function hasRoleWord(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) if (lexicon.roleWords.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** People named in one sentence. */
export function findPeople(text: string, tokens: Token[], lexicon: Lexicon): Person[] {
  const out: Person[] = [];
  let lastPersonEnd = -10;
  for (let i = 0; i < tokens.length; i++) {
    const span = nameAt(tokens, i, lexicon);
    if (!span) continue;
    const role = roleAfter(text, tokens, span.end, lexicon) ?? roleBefore(text, tokens, span.start, lexicon);
    // "Mr. Peter Hansen": the title's period stands between.
    const prevRaw = tokenAt(tokens, span.start - 1)?.lower ?? '';
    const prev = prevRaw === '.' && lexicon.personTitles.has(tokenAt(tokens, span.start - 2)?.lower ?? '') ? (tokenAt(tokens, span.start - 2)?.lower ?? '') : prevRaw;
    const next = tokens[span.end]?.lower ?? '';
    const titled = lexicon.personTitles.has(prev.replace(/\.$/, ''));
    const initials = INITIALS.test(tokenAt(tokens, span.end - 1)?.text ?? '') || tokenAt(tokens, span.end - 1)?.text === '.';
    const cue = role !== null || titled || initials || prev === 'by' || PERSON_VERBS.has(next) || (prev === 'and' && lastPersonEnd >= span.start - 2) || (next === 'and' && nameAt(tokens, span.end + 1, lexicon) !== undefined);
    if (!cue) {
      i = span.end - 1;
      continue;
    }
    out.push({ name: spanText(text, tokens, span.start, span.end), role });
    lastPersonEnd = span.end;
    i = span.end - 1;
  }
  return out;
}
