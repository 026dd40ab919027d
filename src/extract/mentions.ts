/**
 * Mentions of bodies in a sentence's tokens: acronym designators (`CWG FHR`, `EG-DEC.482`,
 * `SG 7`, `ITU-T SG17`), named bodies (`Standing Committee on Administration and Management`,
 * `Sixth Plenary Meeting of the Council`, `Committee 4`), "meeting of X", acronyms the text
 * defines (`Telecommunication Development Advisory Group (TDAG)`), and anaphors (`the meeting`,
 * `the group`, `It`) that stand for the body being reported.
 */
import type { GroupKind } from '../model/types.js';
import { Word, wordClass, type Lexicon } from '../lexicon/index.js';
import { registryKey, type Registry } from '../registry/index.js';
import { singleSpaced } from '../normalize/lines.js';
import { PhraseIndex } from '../segment/phrases.js';
import { isAcronym, isAcronymToken, isCapitalized, isDesignatorNumber, stripDesignatorNumber, stripEnd, tokenAt, tokenize, type Token } from '../segment/tokens.js';
import { codeAt } from '../normalize/chars.js';
import { WeakMemo } from '../lexicon/memo.js';

/** A body or an anaphor found in a sentence. Token indexes: `start` inclusive, `end` exclusive. */
export interface Mention {
  type: 'body' | 'anaphor';
  start: number;
  end: number;
  /** The designator as written (for an anaphor, the words themselves). */
  designator: string;
  id: string;
  name: string | null;
  kind: GroupKind;
  /** A capitalised single head ("the Council"): an anaphor when the reported body has that head. */
  bareHead?: string;
}

/** An acronym the text defines, with its long form. */
export interface Definition {
  acronym: string;
  longForm: string;
  body: boolean;
  kind: GroupKind | undefined;
}

/** What the mention finder needs. */
export interface MentionContext {
  lexicon: Lexicon;
  registry: Registry;
  definitions: Map<string, Definition>;
}

const STOP_PUNCT = new Set([',', ';', ':', '(', ')', '.', '!', '?', '“', '”', '"', '«', '»', '–', '—']);

/** The text of tokens `from`..`to` (exclusive), as written in `text`. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokenAt(tokens, to - 1);
  if (!a || !b || to <= from) return '';
  const span = text.slice(a.start, b.end);
  return singleSpaced(span);
}

/** The kind of body a name implies, from its last head noun; undefined when it names no body. */
export function kindOfName(name: string, lexicon: Lexicon): GroupKind | undefined {
  const words = name.toLowerCase().split(/[\s-]+/);
  let found: GroupKind | undefined;
  for (let i = 0; i < words.length; i++) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    const three = `${two} ${words[i + 2] ?? ''}`;
    const k = lexicon.bodyHeads.get(three) ?? lexicon.bodyHeads.get(two) ?? lexicon.bodyHeads.get(words[i] ?? '') ?? lexicon.bodyHeads.get((words[i] ?? '').replace(/s$/, ''));
    if (k && !found) found = k;
    else if (k && found === 'other') found = k;
  }
  return found;
}

function acronymKind(designator: string, lexicon: Lexicon): GroupKind | undefined {
  for (const part of designator.split(/[-. ]+/)) {
    const bare = stripDesignatorNumber(part);
    const k = lexicon.acronymHeads.get(part) ?? lexicon.acronymHeads.get(bare);
    if (k) return k;
  }
  return undefined;
}

/** Schwartz–Hearst: the shortest run of words before an acronym whose letters spell it. */
export function longFormOf(acronym: string, before: string): string | undefined {
  const short = stripEnd(stripDesignatorNumber(acronym), ' -').toLowerCase();
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
  if (result.split(' ').length > short.length + 5) return undefined;
  return result;
}

function closeParen(tokens: Token[], open: number, limit = 14): number {
  for (let j = open + 1; j < tokens.length && j <= open + limit; j++) {
    const t = tokens[j]?.text;
    if (t === ')') return j;
    if (t === '(') return -1;
  }
  return -1;
}

function isAcronymDesignator(tokens: Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  const first = tokens[from];
  if (!first || first.kind !== 'word' || !isAcronymToken(first)) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !(isAcronymToken(t) || isDesignatorNumber(t.text))) return false;
  }
  return true;
}

/** Finds the acronyms a sentence defines: `Long Form (ACR)` and `ACR (Long Form)`. */
export function collectDefinitions(text: string, tokens: Token[], ctx: Omit<MentionContext, 'definitions'>, into: Map<string, Definition>): void {
  const { lexicon, registry } = ctx;
  // Both forms need a parenthesis: most sentences have none.
  if (!text.includes('(')) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.text !== '(') continue;
    const close = closeParen(tokens, i);
    if (close < 0) continue;
    if (isAcronymDesignator(tokens, i + 1, close)) {
      const acronym = spanText(text, tokens, i + 1, close);
      let from = i;
      let words = 0;
      while (from > 0 && words < 14) {
        const t = tokenAt(tokens, from - 1);
        if (!t || (t.kind === 'punct' && STOP_PUNCT.has(t.text) && t.text !== ',')) break;
        if (t.text === ',' && words > 0 && !tokens[from]?.cap) break;
        from--;
        words++;
      }
      const before = spanText(text, tokens, from, i).replace(/^(?:the|a|an)\s+/i, '');
      const longForm = longFormOf(acronym, before);
      if (!longForm) continue;
      const kind = kindOfName(longForm, lexicon) ?? acronymKind(acronym, lexicon);
      const known = registry.bodyByKey.get(registryKey(acronym));
      const org = registry.orgByKey.has(registryKey(acronym));
      into.set(registryKey(acronym), { acronym, longForm, body: !org && (Boolean(known) || kind !== undefined), kind: known?.kind ?? kind });
      continue;
    }
    // ACR (Long Form)
    let a = i - 1;
    while (a > 0 && i - a < 2 && isAcronymDesignator(tokens, a - 1, i)) a--;
    if (a >= 0 && isAcronymDesignator(tokens, a, i)) {
      const content = spanText(text, tokens, i + 1, close);
      const firstWord = tokens[i + 1]?.text ?? '';
      if (!isCapitalized(firstWord) || isAcronym(firstWord) || close - i < 2) continue;
      const acronym = spanText(text, tokens, a, i);
      const kind = acronymKind(acronym, lexicon) ?? registry.bodyByKey.get(registryKey(acronym))?.kind;
      if (!kind) continue;
      if (!into.has(registryKey(acronym))) into.set(registryKey(acronym), { acronym, longForm: content, body: true, kind });
    }
  }
}

/** Whether a token is a word of the given `Word` kinds. */
function is(t: Token | undefined, bits: number, lexicon: Lexicon): boolean {
  return t !== undefined && (wordClass(t, lexicon) & bits) !== 0;
}

/** Whether a token is an ordinal (`sixth`, `45th`). */
function isOrdinal(t: Token | undefined, lexicon: Lexicon): boolean {
  if (!t) return false;
  const c = codeAt(t.lower, 0);
  if (c >= 48 && c <= 57) return /^\d{1,3}(?:st|nd|rd|th)$/.test(t.lower);
  return is(t, Word.Ordinal, lexicon);
}

/** The bare acronym heads that name a kind, not one body: `CWG on X` is named by its tail. */
function isBareHead(designator: string, lexicon: Lexicon): boolean {
  return lexicon.acronymHeads.has(designator);
}

/** An acronym designator starting at token `i`, with its name. */
function acronymMention(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const { lexicon, registry, definitions } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  if (!isAcronymToken(t) && !registry.bodyByKey.has(tokenKey(t))) return undefined;
  let j = i + 1;
  const next = tokens[j];
  const headish = lexicon.acronymHeads.has(t.text) || /^ITU-[TRD]$/.test(t.text) || lexicon.acronymHeads.has(stripDesignatorNumber(t.text));
  if (headish && next && next.kind === 'word' && (isAcronymToken(next) || isDesignatorNumber(next.text)) && !is(next, Word.Verbish, lexicon)) {
    j++;
    const third = tokens[j];
    if (/^ITU-[TRD]$/.test(t.text) && third && third.kind === 'word' && isDesignatorNumber(third.text) && lexicon.acronymHeads.has(next.text)) j++;
  }
  let designator = spanText(text, tokens, i, j);
  // "CWGs", "EGs": a set of bodies, not one.
  if (/^\p{Lu}+s$/u.test(designator) && !registry.bodyByKey.has(registryKey(designator))) return undefined;
  const key = registryKey(designator);
  if (registry.orgByKey.has(key) && !registry.bodyByKey.has(key)) return undefined;
  const known = registry.bodyByKey.get(key);
  const defined = definitions.get(key);
  const kind = known?.kind ?? (defined?.body ? defined.kind : undefined) ?? acronymKind(designator, lexicon);
  if (!kind) return undefined;
  let name: string | null = defined?.longForm ?? null;
  let end = j;
  // ACR (Expansion)
  if (tokens[j]?.text === '(') {
    const close = closeParen(tokens, j);
    const first = tokens[j + 1]?.text ?? '';
    if (close > j + 1 && isCapitalized(first) && !isAcronymDesignator(tokens, j + 1, close)) {
      name = spanText(text, tokens, j + 1, close);
      end = close + 1;
    } else if (close > j) {
      end = close + 1;
    }
  }
  // ACR on/for Subject … VERB
  const conn = tokens[end]?.lower;
  if (conn === 'on' || conn === 'for') {
    let k = end + 1;
    while (k < tokens.length && k < end + 25) {
      const w = tokens[k];
      if (!w) break;
      if (w.kind === 'punct' && STOP_PUNCT.has(w.text)) break;
      if (w.kind === 'word' && is(w, Word.Verbish, lexicon)) break;
      k++;
    }
    const stop = tokens[k];
    if (stop && stop.kind === 'word' && is(stop, Word.Verbish, lexicon) && k > end + 1) {
      const tail = spanText(text, tokens, end + 1, k);
      if (isBareHead(designator, lexicon)) designator = spanText(text, tokens, i, k);
      name = tail;
      end = k;
    }
  }
  const knownAs = registry.bodyByKey.get(registryKey(designator)) ?? known;
  // "CWG on WSIS and SDGs" keeps its words; "CWG FHR" becomes "CWG-FHR".
  const id = knownAs?.id ?? (designator.includes(' on ') || designator.includes(' for ') ? designator : designator.replace(/\s+/g, '-'));
  return { type: 'body', start: i, end, designator, id, name: name ?? knownAs?.name ?? null, kind: knownAs?.kind ?? kind };
}

/** A named body (`Standing Committee on …`, `Committee 4`, `Sixth Plenary Meeting of the Council`) at token `i`. */
function namedMention(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const { lexicon, registry } = ctx;
  const first = tokens[i];
  if (!first || first.kind !== 'word') return undefined;
  if (!first.cap && !isOrdinal(first, lexicon)) return undefined;
  if (is(first, Word.Determiner, lexicon)) return undefined;
  // A word that dates a meeting ("Next Committee meeting") names no body.
  if (is(first, Word.Temporal, lexicon)) return undefined;
  // A name starts where its capitalised run starts: "RCC Executive Committee" is not "Executive Committee".
  const before = tokenAt(tokens, i - 1);
  if (before && before.kind === 'word' && (before.cap || isAcronymToken(before)) && !is(before, Word.Determiner, lexicon) && !isPossessive(before.text)) return undefined;
  // Collect the run of capitalised words, numbers and connectors.
  let j = i;
  let lastContent = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    const w = t.text;
    const lower = t.lower;
    const prev = tokenAt(tokens, j - 1);
    if (t.cap || isAcronymToken(t) || (j === i && isOrdinal(t, lexicon))) {
      if (j > i && is(t, Word.Verbish, lexicon) && !t.cap) break;
      lastContent = j;
      j++;
      continue;
    }
    if (/^\d{1,3}(?:\/\d{1,3})?[A-Z]?$/.test(w) && prev && is(prev, Word.Head, lexicon)) {
      lastContent = j;
      j++;
      continue;
    }
    if (j > i && is(t, Word.Head, lexicon) && prev && (prev.cap || isOrdinal(prev, lexicon))) {
      lastContent = j;
      j++;
      continue;
    }
    if (j > i && is(t, Word.Connector, lexicon)) {
      const n1 = tokens[j + 1];
      const n2 = tokens[j + 2];
      const ok = (n1 && n1.kind === 'word' && (n1.cap || isAcronymToken(n1))) || (lower !== 'the' && n1?.lower === 'the' && n2 && n2.cap);
      if (ok && !is(n1, Word.Determiner, lexicon)) {
        j++;
        continue;
      }
      if (ok && n1?.lower === 'the') {
        j += 2;
        continue;
      }
    }
    break;
  }
  const runEnd = lastContent + 1;
  if (runEnd <= i) return undefined;
  // The first head word of the run; the designator starts after the last "of" before it.
  let head = -1;
  for (let k = i; k < runEnd; k++) {
    if (is(tokens[k], Word.Head, lexicon) && (tokens[k]?.cap === true || (k > i && tokenAt(tokens, k - 1)?.cap === true))) {
      head = k;
      break;
    }
  }
  if (head < 0) return undefined;
  let start = i;
  for (let k = head - 1; k > i; k--) {
    const w = tokens[k]?.lower;
    if (w === 'of' || w === 'by' || w === 'to' || w === 'and' || w === 'with' || w === 'at' || w === 'from') {
      start = k + 1;
      if (tokens[start]?.lower === 'the') start++;
      break;
    }
  }
  let end = runEnd;
  // "General Council meeting": the meeting of a body is the body.
  const lastWord = tokenAt(tokens, end - 1)?.text ?? '';
  if (end - 1 > head && lexicon.meetingNouns.has(lastWord) && lastWord === lastWord.toLowerCase()) end--;
  else if (end - 1 === head && lexicon.meetingNouns.has(lastWord) && lastWord === lastWord.toLowerCase() && end - 1 > start) {
    // "General Council meeting": the body is what comes before the meeting noun.
    end--;
  }
  const designator = spanText(text, tokens, start, end);
  const key = registryKey(designator);
  if (registry.orgByKey.has(key) && !registry.bodyByKey.has(key)) return undefined;
  // An organ of a known organisation ("RCC Executive Committee", "ITU Secretariat") is a participant.
  const firstWord = tokens[start]?.text ?? '';
  if (registry.orgByKey.has(registryKey(firstWord)) && /(?:executive committee|secretariat|bureau)$/i.test(designator)) return undefined;
  const words = designator.split(' ');
  // A lone meeting noun ("Meeting", "Session") is no body.
  if (words.length === 1 && lexicon.meetingNouns.has(designator.toLowerCase())) return undefined;
  const known = registry.bodyByKey.get(key);
  const kind = known?.kind ?? kindOfName(designator, lexicon) ?? 'other';
  let name: string | null = known ? null : designator;
  let mentionEnd = end;
  if (tokens[end]?.text === '(') {
    const close = closeParen(tokens, end);
    const inner = tokens[end + 1]?.text ?? '';
    if (close > end + 1 && isCapitalized(inner) && !isAcronymDesignator(tokens, end + 1, close) && /\d$/.test(designator)) {
      name = spanText(text, tokens, end + 1, close);
      mentionEnd = close + 1;
    }
  }
  const bareHead = words.length === 1 ? designator : undefined;
  if (bareHead && /^(?:Plenum|Plenary|Meeting|Session|Conference|Event)$/.test(bareHead)) {
    return { type: 'anaphor', start, end: mentionEnd, designator, id: '', name: null, kind: 'other' };
  }
  return {
    type: 'body',
    start,
    end: mentionEnd,
    designator,
    id: known?.id ?? designator,
    name: name ?? designator,
    kind,
    ...(bareHead ? { bareHead } : {}),
  };
}

/** The listed anaphors as token sequences. */
const anaphorPhrases = new WeakMemo<Lexicon, PhraseIndex>((lexicon) => PhraseIndex.of(lexicon.anaphors));

function isWord(t: Token): boolean {
  return t.kind === 'word';
}

/** An anaphor at token `i`: a listed phrase, or a determiner, up to two modifiers and a body noun. */
function anaphorMention(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const { lexicon } = ctx;
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  if (!is(t, Word.AnaphorFirst | Word.Determiner, lexicon)) return undefined;
  // Listed phrases of up to three words, longest first.
  const lengths = anaphorPhrases.get(lexicon).lengthsAt(tokens, i, 3, isWord);
  for (let len = 3; len >= 1 && lengths !== 0; len--) {
    if ((lengths & (1 << (len - 1))) === 0) continue;
    const after = tokens[i + len]?.lower;
    if (after === 'of' || after === '’s' || after === "'s") continue;
    const last = tokens[i + len - 1]?.text ?? '';
    if (len > 1 && isCapitalized(last)) continue;
    return { type: 'anaphor', start: i, end: i + len, designator: spanText(text, tokens, i, i + len), id: '', name: null, kind: 'other' };
  }
  if (!is(t, Word.Determiner, lexicon)) return undefined;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const w = tokens[k];
    if (!w || w.kind !== 'word' || w.cap) return undefined;
    if (is(w, Word.Head, lexicon)) {
      const after = tokens[k + 1]?.lower;
      if (after === 'of' || after === '’s' || after === "'s" || after === '(') return undefined;
      return { type: 'anaphor', start: i, end: k + 1, designator: spanText(text, tokens, i, k + 1), id: '', name: null, kind: 'other' };
    }
  }
  return undefined;
}

/** "[Nth] meeting of [the] X": the meeting of a body stands for the body. */
function meetingOfMention(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const { lexicon } = ctx;
  const t0 = tokens[i];
  if (!t0 || (!is(t0, Word.MeetingNoun | Word.Determiner, lexicon) && !isOrdinal(t0, lexicon))) return undefined;
  let k = i;
  while (k < tokens.length && k < i + 3) {
    const w = tokens[k];
    if (isOrdinal(w, lexicon) || is(w, Word.Determiner, lexicon)) k++;
    else break;
  }
  const noun = tokens[k];
  if (!noun || !is(noun, Word.MeetingNoun, lexicon)) return undefined;
  if (tokens[k + 1]?.lower !== 'of') return undefined;
  let b = k + 2;
  if (tokens[b]?.lower === 'the') b++;
  let inner: Mention | undefined;
  for (let p = b; p < b + 10 && p < tokens.length && !inner; p++) {
    const w = tokens[p];
    if (!w || (w.kind !== 'word' && w.text !== '(' && w.text !== ')')) break;
    if (w.kind !== 'word') continue;
    inner = definedMention(text, tokens, p, ctx) ?? bodyAt(text, tokens, p, ctx);
  }
  if (!inner) return undefined;
  // "the 45th meeting of the Working Group on work with … was held": the name runs to the verb.
  const conn = tokens[inner.end]?.lower;
  if (inner.type === 'body' && (conn === 'on' || conn === 'for' || conn === 'under') && inner.designator === inner.name) {
    let e = inner.end + 1;
    while (e < tokens.length && e < inner.end + 30 && tokens[e]?.kind === 'word' && !is(tokens[e], Word.Verbish, lexicon)) e++;
    if (is(tokens[e], Word.Verbish, lexicon)) {
      const designator = spanText(text, tokens, inner.start, e);
      return { ...inner, start: i, end: e, designator, id: designator, name: designator };
    }
  }
  return { ...inner, start: i };
}

/** `…’s` or `…'s`. */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || codeAt(word, n - 1) !== 115) return false;
  const q = codeAt(word, n - 2);
  return q === 0x2019 || q === 39;
}

function bodyAt(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const t = tokens[i];
  if (t && t.kind === 'word' && isPossessive(t.text)) {
    // "OECD’s Committee on …": skip the owner.
    const owned = bodyAt(text, tokens, i + 1, ctx);
    if (owned) return owned;
  }
  const named = namedMention(text, tokens, i, ctx);
  const acro = acronymMention(text, tokens, i, ctx);
  if (named && acro) return named.start === i && named.end > acro.end ? named : acro;
  return acro ?? named;
}

/**
 * The lower-cased first token of each long form the text defines. Kept for the definitions asked
 * last (one bulletin's, asked per sentence and per candidate token) and made again when they are
 * other definitions or have grown.
 */
let startsFor: { definitions: Map<string, Definition>; size: number; starts: Set<string> } | undefined;
function definitionStarts(definitions: Map<string, Definition>): Set<string> {
  if (startsFor && startsFor.definitions === definitions && startsFor.size === definitions.size) return startsFor.starts;
  const starts = new Set<string>();
  for (const d of definitions.values()) {
    const first = tokenize(d.longForm)[0];
    if (first) starts.add(first.lower);
  }
  startsFor = { definitions, size: definitions.size, starts };
  return starts;
}

/**
 * Whether any mention can start at this token: a quick refusal for the lower-case words most
 * of a sentence is made of. Capitals, digits and non-ASCII letters go on to the matchers.
 */
function couldStart(t: Token, ctx: MentionContext, defStarts: Set<string>): boolean {
  const c = t.code;
  if (t.kind === 'word' && ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 127)) return true;
  if (defStarts.size > 0 && defStarts.has(t.lower)) return true;
  if (t.kind !== 'word') return false;
  if (is(t, Word.MentionStart, ctx.lexicon)) return true;
  // "group’s …": the owner is skipped and the body after it is read.
  if (isPossessive(t.text)) return true;
  return ctx.registry.bodyByKey.has(tokenKey(t));
}

/** The registry key of one token: a word of plain letters and digits is its own key. */
function tokenKey(t: Token): string {
  return t.plain ? t.lower : registryKey(t.text);
}

/** Every mention in a sentence, left to right, not overlapping. */
export function findMentions(text: string, tokens: Token[], ctx: MentionContext): Mention[] {
  const out: Mention[] = [];
  const defStarts = definitionStarts(ctx.definitions);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t && !couldStart(t, ctx, defStarts)) {
      i++;
      continue;
    }
    const m = meetingOfMention(text, tokens, i, ctx) ?? definedMention(text, tokens, i, ctx) ?? bodyAt(text, tokens, i, ctx) ?? anaphorMention(text, tokens, i, ctx);
    if (m && m.end > i) {
      out.push(m);
      i = m.end;
      continue;
    }
    i++;
  }
  return out;
}

/** A long form followed by its acronym in parentheses: `joint … working party (WP)`. */
function definedMention(text: string, tokens: Token[], i: number, ctx: MentionContext): Mention | undefined {
  const { definitions, lexicon, registry } = ctx;
  if (definitions.size === 0) return undefined;
  if (!definitionStarts(definitions).has(tokens[i]?.lower ?? '')) return undefined;
  // Find a "(" within the next 14 tokens whose definition's long form starts here.
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && STOP_PUNCT.has(t.text) && t.text !== '(') return undefined;
    if (t.text !== '(') continue;
    const close = closeParen(tokens, k);
    if (close < 0) return undefined;
    const acronym = spanText(text, tokens, k + 1, close);
    const def = definitions.get(registryKey(acronym));
    if (!def || !def.body) return undefined;
    const before = spanText(text, tokens, i, k);
    if (before.toLowerCase() !== def.longForm.toLowerCase()) return undefined;
    const known = registry.bodyByKey.get(registryKey(acronym));
    let end = close + 1;
    const after = tokens[end]?.text ?? '';
    if (lexicon.meetingNouns.has(after.toLowerCase())) end++;
    return {
      type: 'body',
      start: i,
      end,
      designator: acronym,
      id: known?.id ?? acronym.replace(/\s+/g, '-'),
      name: def.longForm,
      kind: known?.kind ?? def.kind ?? 'other',
    };
  }
  return undefined;
}
