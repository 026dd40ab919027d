/**
 * The extraction driver: it runs the rule table (`rules/index.ts`) over a bulletin's blocks and
 * sentences and owns the bulletin's state — the groups found so far, the body in focus, the
 * reported meeting, the list being read. Rules only return what they found; the driver decides
 * whose it is, merges spellings of one body, and orders the result.
 */
import { cleanInline } from '../normalize/unprintable.js';
import type { Diagnostic, Entry, Group, Participant, Person, Position } from '../model/types.js';
import type { EntryKind, Lexicon } from '../lexicon/index.js';
import { registryKey, type Registry } from '../registry/index.js';
import { pointAt, type Block } from '../segment/blocks.js';
import { splitSentences } from '../segment/sentences.js';
import { stripDesignatorNumber, tokenize } from '../segment/tokens.js';
import type { Metadata } from './metadata.js';
import { Sentence } from './sentence.js';
import { collectDefinitions, Definitions } from './definitions.js';
import { countryNames } from '../lexicon/countries.js';
import { findMentions } from './mentions.js';
import { abbreviatesNumbered, isBareHead, isInitialism, longFormOf, spellsEnd } from './names.js';
import { blockRules, bodyRules, clauseRules, meetingRules, personRules, silenceRules } from './rules/index.js';
import { headlineBody, membersBody, namedMembers } from './rules/held-meeting.js';
import { headingLike } from './rules/section-heading.js';
import type { BodyContext, BulletinView, EntryFinding, Finding, Mention, Owner, ParticipantFinding, PersonContext, PersonFinding } from './rules/types.js';

/** What the group extractor returns: groups in order of first report, people, and notes. */
export interface GroupsResult {
  groups: Group[];
  people: Person[];
  diagnostics: Diagnostic[];
}

/** Options of the extractor. */
export interface ExtractOptions {
  /** Say which rule produced each group, entry, participant and person (`rule` fields). */
  explain?: boolean;
  /** Tokenise sentences one at a time and let them go after (default: for bulletins over STREAM_CHARS characters). */
  stream?: boolean;
}

/** Past this many characters of text, a bulletin's sentences are tokenised one at a time and let go after. */
const STREAM_CHARS = 1_000_000;
/** The sentences kept tokenised in a long bulletin: the lead's, which the meeting rules read. */
const LEAD_KEPT_BLOCKS = 12;
const LEAD_KEPT_SENTENCES = 8;

/** How many blocks after a block its rules may read (a motion's result on the lines after it). */
const FOLLOWING_BLOCKS = 3;

/** How many blocks back a body's fuller name is looked for ("the Harbour Working Group" for "The Working Group"). */
const NAMED_BEFORE_BLOCKS = 30;

/** The most entries kept for one group: a bulletin with more is cut, with a warning. */
export const MAX_ENTRIES_PER_GROUP = 500;

/** A group being filled in. */
interface Draft {
  id: string;
  designator: string;
  aliases: string[];
  name: string | null;
  kind: Group['kind'];
  actions: Entry[];
  outcomes: Entry[];
  participants: Participant[];
  position: Position;
  rule: string;
  cut: boolean;
  /** The head noun of its name (`council` for "Council for Trade in Goods"), or of its kind. */
  head: string | undefined;
  /** Every rule that gave it something or named it (for `--explain`). */
  via: Set<string>;
  /** All it did was present its own report to the meeting ("The TEAP presented its report"): its members are not the delegates. */
  reporter?: boolean;
}

/** The words of a spelling, lower case. */
function wordsOf(s: string): string[] {
  return s.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/**
 * Whether one name's words end the other's (`Health Assembly` / `World Health Assembly`), two words at least;
 * `orSame` lets them be all of it (`Working Group`, the head part of `Working Group on …`).
 */
function suffixOf(a: string, b: string, orSame = false): boolean {
  return endsWords(wordsOf(a), wordsOf(b), orSame);
}

/** Whether words `x` (two or more) end words `y`. */
function endsWords(x: readonly string[], y: readonly string[], orSame = false): boolean {
  if (x.length < 2 || x.length > y.length || (x.length === y.length && !orSame)) return false;
  return x.every((w, i) => y[y.length - x.length + i] === w);
}

/** An entry's span with the backtick that closes (or opens) a Markdown code span it cuts ("moving `master` to `main`"). */
function withCodeMarks(text: string, from: number, to: number): [number, number] {
  const tick = text.indexOf('`', Math.max(0, from - 1));
  if (tick < 0 || tick > to) return [from, to];
  let marks = 0;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 96) marks++;
  if (marks % 2 === 0) return [from, to];
  if (text.charCodeAt(to) === 96) return [from, to + 1];
  return text.charCodeAt(from - 1) === 96 ? [from - 1, to] : [from, to];
}

/** Whether `a` ends `b` as the same body's name, not within the owner named in its "of" phrase ("Executive Committee of the Codex Alimentarius Commission"). */
function endsName(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (!endsWords(x, y)) return false;
  // "Steering Group" ends "Panel of Experts of the Harbour Steering Group" as its owner's name, not as its own; "Working
  // Party on Satellites" ends "Working Party on Broadband and the Working Party on Satellites" as the second of two.
  const before = y.slice(0, y.length - x.length);
  const last = before.at(-1) === 'the' ? before.at(-2) : before.at(-1);
  return !before.includes('of') && last !== 'and';
}

/**
 * A name up to its first "on", "for" or "of" phrase and without its number: "RCC Working Group" of
 * "RCC Working Group on Postal Services", "ITU-T Study Group" of "ITU-T Study Group 13".
 */
function headPart(name: string): string {
  const m = / (?:on|for|of) /i.exec(name);
  return (m ? name.slice(0, m.index) : name).replace(/ \d{1,3}[A-Z]?(?:\/\d{1,3})?$/, '');
}

/** Whether two designators are one name written in full and abbreviated: "European Council (Art.50)" and "European Council (Article 50)". */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const y = b.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (x.length !== y.length || x.length < 2) return false;
  return x.every((w, i) => {
    const v = y[i] ?? '';
    if (w === v) return true;
    if (/\d/.test(w) || /\d/.test(v)) return false;
    return Math.min(w.length, v.length) >= 3 && (w.startsWith(v) || v.startsWith(w));
  });
}

/**
 * Whether `full` writes out the short name `short`: it has an "of", "for" or "on" phrase, every word of
 * the short name, and for an acronym in it ("ITU Council") the words it stands for.
 */
function writesOut(full: string, short: string): boolean {
  if (!/ (?:of|for|on) /.test(full) || / (?:of|for|on) /i.test(short)) return false;
  const words = wordsOf(full);
  if (words.length <= wordsOf(short).length) return false;
  return short.split(/[\s-]+/).every((w) => words.includes(w.toLowerCase()) || (/^\p{Lu}{2,}$/u.test(w) && full.split(' ').some((_, i, all) => isInitialism(w, all.slice(i, i + w.length).join(' ')))));
}

/**
 * Whether `full` is `short` "of" the office-holders it gathers ("Nordic Council of Ministers" for
 * "Nordic Council"): another body, unless the head and its phrase are one head ("Board of Governors").
 */
function ofItsMembers(full: string, short: string, lexicon: Lexicon): boolean {
  if (!full.startsWith(`${short} of `)) return false;
  const members = full.slice(short.length + 4).toLowerCase();
  const head = `${(short.split(' ').pop() ?? '').toLowerCase()} of ${members}`;
  return lexicon.lists.ministerialNouns.has(members) && !lexicon.bodyHeads.has(head);
}

/** Whether two participants' names are one: the same, or one with its acronym after it ("Group of … Countries (GRULAC)"). */
function sameParticipant(a: string, b: string): boolean {
  if (a === b) return true;
  // "Republic of Belarus" and "Belarus", "Russian Federation" and "Russia": one country.
  const code = countryNames().get(a.toLowerCase());
  if (code !== undefined && code === countryNames().get(b.toLowerCase())) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(`${short} (`) && long.endsWith(')');
}

/** The number that ends a designator ("13" of "SG13" and of "Study Group 13", "5D", "1/13"), or undefined. */
function numberOf(designator: string): string | undefined {
  return /(?:^|[\s\p{Lu}-])(\d{1,3}[A-Z]?(?:\/\d{1,3})?)$/u.exec(designator)?.[1];
}

/** Whether a designator is written in capitals and numbers ("SG13", "WP 5D"), not in words ("Study Group 13"). */
function acronymic(designator: string): boolean {
  return !/\p{Ll}{2}/u.test(designator);
}

/** The kinds of body that prepare work for another's meeting, whose presenting is their own work. */
const PREPARING_KINDS: ReadonlySet<Group['kind']> = new Set(['working group', 'study group', 'expert group']);

/** A head noun in the singular. */
function singular(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word;
}

/** The head noun of a body: the last head word before its first connector ("Board" of "IAEA Board of Governors"), else its kind's. */
function headOf(designator: string, name: string | null, kind: Group['kind'], lexicon: Lexicon): string | undefined {
  for (const text of [designator, name ?? '']) {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    let head: string | undefined;
    for (const [k, w] of words.entries()) {
      // "University of Northland Board of Regents": the owner's "of" does not end the head's part.
      if (lexicon.lists.nameConnectors.has(w) && w !== 'and' && w !== '&' && !(w === 'of' && head === undefined && lexicon.lists.ownerNouns.has(words[k - 1] ?? ''))) break;
      // "Sub-Committee" is a head of its own, which "the Sub-Committee" names; "ITU-Council" ends in one.
      const whole = singular(w);
      const last = singular(w.split('-').pop() ?? '');
      if (lexicon.bodyHeadWords.has(whole)) head = whole;
      else if (lexicon.bodyHeadWords.has(last)) head = last;
    }
    if (head) return head;
  }
  return kind === 'other' ? undefined : kind.split(' ').pop();
}

/** Whether a draft has reported something: an action or an outcome. */
function reports(d: Draft): boolean {
  return d.actions.length + d.outcomes.length > 0;
}

/** Whether a draft's head is this word. */
function hasHead(d: Draft, head: string): boolean {
  return d.head !== undefined && d.head === singular(head);
}

/** The shortest text an excerpt's cut is looked for in (excerpts are cut at 2,000 characters or so). */
const CUT_TEXT_CHARS = 1000;

/**
 * The last block, when it is a paragraph after prose that stops in the middle of a sentence (an excerpt cut at its
 * length): a long text, a paragraph before it that ends a sentence, and no closing mark at the end.
 */
function cutOff(blocks: readonly Block[], chars: number): Block | undefined {
  const last = blocks[blocks.length - 1];
  const before = blocks[blocks.length - 2];
  if (last === undefined || before === undefined || last.kind !== 'paragraph' || last.itemOf !== undefined || before.kind !== 'paragraph') return undefined;
  if (!/[.!?]["”’)]?$/u.test(before.text.trimEnd()) || chars < CUT_TEXT_CHARS) return undefined;
  return /[\p{L}\p{N},-]$/u.test(last.text.trimEnd()) ? last : undefined;
}

/** Short lines after a letter's closing ("Best regards,"): the signature's name line, by block, with the office the line under it gives (or null). */
function signatureLines(blocks: readonly Block[], lexicon: Lexicon): Map<number, string | null> {
  const lines = new Map<number, string | null>();
  const short = (b: Block | undefined, words: number): boolean => b !== undefined && b.text.trim().split(/\s+/).length <= words;
  for (let i = 1; i < blocks.length; i++) {
    const closing = blocks[i - 1]?.text.trim() ?? '';
    if (!closing.endsWith(',') || !lexicon.lists.valedictions.has(closing.slice(0, -1).toLowerCase()) || !short(blocks[i], 5)) continue;
    // "HSC Secretary" under the name: the office, when the line has a role's word.
    const next = blocks[i + 1];
    const office = next !== undefined && short(next, 8) && next.text.split(/\s+/).some((w) => lexicon.lists.roleWords.has(w.toLowerCase()));
    lines.set(i, office ? next.text.trim() : null);
  }
  return lines;
}

/** The list items that a roster's label introduces: a heading or a line "Present", "Attendees:" right before the list. */
function rosterItems(blocks: readonly Block[], lexicon: Lexicon): Set<number> {
  const items = new Set<number>();
  let roster = false;
  for (const [i, b] of blocks.entries()) {
    if (b.kind === 'item' || b.itemOf !== undefined) {
      if (roster) items.add(i);
      continue;
    }
    const label = b.text.trim().replace(/:$/, '').toLowerCase();
    roster = label.length <= 40 && lexicon.lists.rosterLabels.has(label);
  }
  return items;
}

/** Extracts groups (with entries and participants) and people from the blocks of a bulletin. */
export function extractGroups(blocks: Block[], meta: Metadata, lexicon: Lexicon, registry: Registry, options: ExtractOptions = {}): GroupsResult {
  const diagnostics: Diagnostic[] = [];
  // A long bulletin's sentences are tokenised when read and let go after, except the lead's, which
  // the meeting rules read: its memory stays flat, at the cost of tokenising each sentence thrice.
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  const streaming = options.stream ?? chars > STREAM_CHARS;
  const sentences: Sentence[][] = blocks.map((block, blockIndex) =>
    splitSentences(block.text, lexicon).map((part, index) => new Sentence({ text: part.text, offset: part.start, block, blockIndex, index, ...(streaming ? {} : { tokens: tokenize(part.text, lexicon) }), lexicon })),
  );
  const kept = (s: Sentence): boolean => s.blockIndex < LEAD_KEPT_BLOCKS && s.index < LEAD_KEPT_SENTENCES;
  const done = (s: Sentence): void => {
    if (streaming && !kept(s)) s.release();
  };
  const definitions = new Definitions();
  for (const list of sentences) {
    for (const s of list) {
      collectDefinitions(s.load(), lexicon, registry, definitions);
      done(s);
    }
  }
  const ctx: BodyContext = { lexicon, registry, definitions };
  const found: PersonFinding[] = [];
  const rosters = rosterItems(blocks, lexicon);
  const inRoster = { ...ctx, rosterItem: true };
  const outOfRoster = { ...ctx, rosterItem: false };
  const signed = signatureLines(blocks, lexicon);
  const personContext = (bi: number): PersonContext => {
    const office = signed.get(bi);
    if (office !== undefined) return { ...outOfRoster, signature: { office } };
    return rosters.has(bi) ? inRoster : outOfRoster;
  };
  const mentions = sentences.map((list, bi) =>
    list.map((s) => {
      const m = findMentions(s.load(), bodyRules, ctx);
      for (const rule of personRules) found.push(...rule.match(s, personContext(bi)));
      done(s);
      return m;
    }),
  );
  const view: BulletinView = { blocks, sentences, mentions, header: meta.headerBlocks, titleBlock: meta.titleBlock, title: meta.title };

  const people = peopleOf(found, options);
  for (const rule of silenceRules) {
    const reason = rule.match(view, ctx);
    if (reason) {
      diagnostics.push({ severity: 'info', message: `nothing to report: ${reason}`, line: 1, column: 1, rule: rule.id });
      return { groups: [], people, diagnostics };
    }
  }
  let mainMention: Mention | undefined;
  let meetingRule: string | undefined;
  for (const rule of meetingRules) {
    mainMention = rule.match(view, ctx);
    if (mainMention) {
      meetingRule = rule.id;
      break;
    }
  }

  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  let main: Draft | undefined;
  let focus: Draft | undefined;
  let paraFocus: Draft | undefined;
  /** The body whose work the paragraph being read has reported. */
  let paraWork: Draft | undefined;
  /** The body a section's heading names, until the next heading. */
  let section: Draft | undefined;
  let list: { owner: Draft | undefined; kind: EntryKind; verb: string; depth: number } | undefined;
  const attendance: Participant[] = [];
  const workAttendance: ParticipantFinding[] = [];

  const remember = (d: Draft, spelling: string | null): void => {
    if (!spelling) return;
    const key = registryKey(spelling);
    if (key && !byKey.has(key)) byKey.set(key, d);
  };

  const positionOf = (block: Block, start: number, end: number): Position => ({ start: pointAt(block, start), end: pointAt(block, end) });

  /** The last block when the text stops in the middle of a sentence (an excerpt cut at its length), else undefined. */
  const cutBlock = cutOff(blocks, chars);

  /** The reported meeting's draft when another mention names it, as `test` finds of the reported meeting's designator. */
  const reportedIf = (m: Mention, test: (designator: string) => boolean): Draft | undefined =>
    mainMention && m !== mainMention && test(mainMention.designator) ? mainDraft() : undefined;

  /** The draft of a body mention: an existing one when it is the same body written otherwise. */
  const draftOf = (m: Mention, s: Sentence): Draft => {
    let d = byKey.get(registryKey(m.id)) ?? byKey.get(registryKey(m.designator)) ?? (m.name ? byKey.get(registryKey(m.name)) : undefined);
    if (!d) {
      // "SDC 4" is the SDC at its fourth session.
      const base = m.designator.replace(/\d{1,3}[A-Z]?$/, '').trimEnd().replace(/-$/, '').trimEnd();
      if (base !== m.designator && base.length >= 2) d = byKey.get(registryKey(base));
      // "The COP adopted …" after "(CMS COP14)": a numbered part of a designator, without its number, is that body.
      if (!d && /^\p{Lu}{2,}$/u.test(m.designator)) d = drafts.find((e) => e.designator.split(' ').some((p) => p !== m.designator && stripDesignatorNumber(p) === m.designator));
    }
    // "RAN#111" and "TSG RAN#111": a numbered designator of one word that ends another's is that body, and so is
    // "SA#108" the "TSG SA" whose meeting "(TSG SA#108)" was.
    if (!d && /\d/.test(m.designator) && !/\s/.test(m.designator)) {
      const bare = m.designator.replace(/#\d+$/, '');
      const ends = (n: string): boolean => n.endsWith(` ${m.designator}`) || (bare !== m.designator && n.endsWith(` ${bare}`));
      d = drafts.find((e) => ends(e.designator)) ?? reportedIf(m, ends);
    }
    // "SG13" and "ITU-T Study Group 13", "WP 5D" and "Working Party 5D": a kind's acronym with the number of a name of that kind.
    if (!d && m.kind !== 'other') {
      const n = numberOf(m.designator);
      if (n) d = drafts.find((e) => e.kind === m.kind && numberOf(e.designator) === n && acronymic(e.designator) !== acronymic(m.designator));
    }
    // "PCC.II" and "Permanent Consultative Committee II": an acronym and a number, a name's initials and its number.
    let abbreviation = false;
    if (!d && /\d|[IVX]$/.test(m.designator)) {
      const abbreviates = (n: string): boolean => abbreviatesNumbered(m.designator, n) || abbreviatesNumbered(n, m.designator);
      d = drafts.find((e) => abbreviates(e.designator)) ?? reportedIf(m, abbreviates);
      abbreviation = d !== undefined && !/\s/.test(m.designator);
    }
    // "Health Assembly" and "World Health Assembly", "Governing Body" and "ILO Governing Body".
    // "Standing Committee" and "CITES Standing Committee (SC78)": the end of a body's name is that body too, and
    // "UPU Postal Operations Council" the "Postal Operations Council (POC)".
    d ??= drafts.find((e) => endsName(m.designator, e.designator) || endsName(e.designator, m.designator) || sameName(m.designator, e.designator) || (e.name !== null && endsName(m.designator, e.name)) || (m.name !== null && [e.designator, e.name ?? ''].some((n) => endsName(m.name ?? '', n) || endsName(n, m.name ?? ''))));
    // "RAN endorsed …" after "TSG RAN held its plenary": an acronym that ends a designator of acronyms is that body.
    if (!d && /^\p{Lu}{2,}$/u.test(m.designator)) {
      const ends = (n: string): boolean => {
        const parts = n.split(' ');
        return parts.length > 1 && parts.at(-1) === m.designator && parts.every((p) => /^[\p{Lu}\d/-]+$/u.test(p));
      };
      d = drafts.find((e) => ends(e.designator)) ?? reportedIf(m, ends);
    }
    // "Council Roundup" over "Riverton City Council approved …": a head word alone is the body in view with that head.
    if (!d && !/[\s-]/.test(m.designator) && lexicon.bodyHeadWords.has(singular(m.designator.toLowerCase()))) {
      const head = singular(m.designator.toLowerCase());
      d = [focus, main, ...drafts].find((e) => e !== undefined && e.designator.includes(' ') && hasHead(e, head));
    }
    // "The Working Group elected …" after "the RCC Working Group on Postal Services (WG PS)": the end of a name's head part,
    // the body in focus first.
    if (!d && m.designator.includes(' ')) {
      const written = m.designator.toLowerCase();
      const headEnds = (n: string): boolean => n.length > written.length && n.toLowerCase().includes(written) && suffixOf(m.designator, headPart(n), true);
      d = [focus, main, ...drafts].find((e) => e !== undefined && [e.designator, e.name ?? ''].some(headEnds));
      // The reported meeting's name, before anything was said of it ("… (WG NUM) was held in Minsk. The Working Group considered …").
      if (!d && mainMention && m !== mainMention && headEnds(mainMention.name ?? '')) d = mainDraft();
    }
    // "The Board of Heads considered …" after "the RCC Board of Heads of Communications Administrations": a name without
    // its owner's acronym and the "of" phrase of whose it is.
    if (!d && m.designator.includes(' of ') && lexicon.bodyHeadWords.has(singular((m.designator.split(' ')[0] ?? '').toLowerCase()))) {
      const written = m.designator.toLowerCase();
      const within = (n: string): boolean => {
        const at = n.toLowerCase().indexOf(written);
        if (at < 0 || n.length === written.length) return false;
        const before = n.slice(0, at).trim();
        const after = n.slice(at + written.length);
        return (before === '' || /^[\p{Lu}\d-]+$/u.test(before)) && (after === '' || after.startsWith(' of '));
      };
      d = [focus, main, ...drafts].find((e) => e !== undefined && [e.designator, e.name ?? ''].some(within));
      d ??= reportedIf(m, within);
    }
    // "The Working Group approved …" after "The IEEE 802.11 Working Group concluded its session": the reported meeting, not yet a group.
    if (!d && mainMention?.type === 'body') d = reportedIf(m, (n) => suffixOf(m.designator, headPart(n), true));
    // "SIG agreed …" in the notes of "SIG Node": a kind of body's acronym alone is the body in view that it opens, or
    // whose head it abbreviates ("The WG agreed …" in the minutes of the "Web Applications Working Group").
    if (!d && isBareHead(m.designator, lexicon)) {
      const abbreviates = (n: string): boolean => {
        const words = headPart(n).split(' ');
        const k = m.designator.length;
        return words.length > k && isInitialism(m.designator, words.slice(-k).join(' '));
      };
      // "The WG confirmed …" under "QUIC WG session minutes": the head of a name that ends with it too.
      const opens = (n: string): boolean => n.startsWith(`${m.designator} `) || n.endsWith(` ${m.designator}`) || abbreviates(n);
      d = [focus, main, ...drafts].find((e) => e !== undefined && (opens(e.designator) || e.aliases.some(opens)));
      d ??= reportedIf(m, opens);
    }
    // "The CCWG reviewed …" after "the Cross Community Working Group on Auction Proceeds (CCWG-AP)": an acronym that opens
    // the acronym of one body the text defines is that body.
    if (!d && /^\p{Lu}{2,}$/u.test(m.designator) && !m.name && !registry.bodyByKey.has(registryKey(m.designator))) {
      const opened = definitions.openedBy(m.designator);
      if (opened) d = draftOf({ ...m, id: opened.acronym, designator: opened.acronym, name: opened.longForm, kind: opened.kind ?? m.kind }, s);
    }
    // "SC" for the Steering Council, "SBSTTA" for the Subsidiary Body on …: an acronym of the body in view.
    if (!d && /^[\p{Lu}\d]+$/u.test(m.designator.replace(/[\s-]/g, '')) && !m.name && !registry.bodyByKey.has(registryKey(m.designator))) {
      // "WP2" is not "Working Party 1": a name numbered as a word of its own must have the acronym's number.
      const own = numberOf(m.designator);
      const numbered = (n: string): string | undefined => / (\d{1,3}[A-Z]?)$/.exec(n)?.[1];
      const spelt = (n: string): boolean => (own === undefined || numbered(n) === undefined || numbered(n) === own) && (isInitialism(m.designator, n) || (n.split(' ').length > 2 && longFormOf(m.designator, n) === n));
      d = [focus, main, ...drafts].find((e) => e !== undefined && [e.designator, e.name ?? ''].some(spelt));
      // "The CPC discussed …" in the notes of the "OpenJS Foundation Cross Project Council": the end of the reported body's name.
      if (!d && mainMention?.type === 'body') d = reportedIf(m, (n) => spellsEnd(m.designator, n));
    }
    // "… yesterday's meeting of the Harbour Working Group. The Working Group reviewed …": a name that ends one written
    // before, with no group of its own, is that body.
    if (!d && m.type === 'body' && m.name === m.designator && m.designator.includes(' ')) {
      const earlier = namedBefore(m, s);
      if (earlier) d = draftOf(earlier.mention, earlier.sentence);
    }
    if (d) {
      // "UPU Postal Operations Council" in the headline, then "the Postal Operations Council (POC)": the acronym the
      // text defines for the body is its designator, the name written out an alias.
      // So is "PCC.II" for "Permanent Consultative Committee II".
      if (((m.name && m.name !== m.designator) || abbreviation) && !/\s/.test(m.id) && /\p{Lu}.*\p{Lu}/u.test(m.id) && d.id === d.designator && /\s/.test(d.designator)) {
        if (!d.aliases.includes(d.designator)) d.aliases.push(d.designator);
        d.aliases = d.aliases.filter((a) => a !== m.designator);
        if (d.name === d.designator && m.name) d.name = m.name;
        d.id = m.id;
        d.designator = m.designator;
      }
      if (m.designator !== d.designator && !d.aliases.includes(m.designator) && registryKey(m.designator) !== registryKey(d.designator)) d.aliases.push(m.designator);
      // A name the text gives ("ITU-T SG17 (Security)") wins over one repeated from the designator or the registry.
      if (m.name && (!d.name || ((d.name === d.designator || d.name === registry.bodyByKey.get(registryKey(d.id))?.name) && m.name !== m.designator && m.name !== registry.bodyByKey.get(registryKey(m.id))?.name))) d.name = m.name;
      d.head ??= headOf(m.designator, m.name, m.kind, lexicon);
      d.via.add(m.rule);
      remember(d, m.designator);
      return d;
    }
    const first = positionOf(s.block, s.offset + s.startOf(m.start), s.offset + s.endOf(m.end - 1));
    const made: Draft = { id: m.id, designator: m.designator, aliases: [], name: m.name, kind: m.kind, actions: [], outcomes: [], participants: [], position: first, rule: m.rule, cut: false, head: headOf(m.designator, m.name, m.kind, lexicon), via: new Set([m.rule]) };
    drafts.push(made);
    remember(made, m.id);
    remember(made, m.designator);
    remember(made, m.name);
    return made;
  };

  const mainDraft = (): Draft | undefined => {
    if (!main && mainMention) {
      const bi = blocks.findIndex((_, i) => mentions[i]?.some((l) => l.includes(mainMention as Mention)));
      const si = bi >= 0 ? (mentions[bi]?.findIndex((l) => l.includes(mainMention as Mention)) ?? 0) : 0;
      const s = sentences[bi]?.[si] ?? sentences.flat()[0];
      if (s) main = draftOf(namedMembers(mainMention, lexicon.lists.determiners) ? membersBody(view, mainMention) : mainMention, s);
      if (main && meetingRule) main.via.add(meetingRule);
    }
    return main;
  };

  /** The body in view with this head: the one in focus, the reported meeting, else the latest found. */
  const draftWithHead = (head: string): Draft | undefined => {
    const m0 = mainDraft();
    if (focus && hasHead(focus, head)) return focus;
    if (m0 && hasHead(m0, head)) return m0;
    for (let k = drafts.length - 1; k >= 0; k--) {
      const d = drafts[k];
      if (d && hasHead(d, head)) return d;
    }
    // "the Board" after "the Standards Council of Canada Board of Directors": a head within the name of the body in view.
    return [focus, m0].find((d) => d !== undefined && wordsOf(d.designator).some((w) => singular(w) === singular(head)));
  };

  /** The body the headline names whose head is `head`, with the headline's sentence. */
  const headlineWithHead = (head: string): { mention: Mention; sentence: Sentence } | undefined => {
    const found = headlineBody(view, (x) => headOf(x.designator, x.name, x.kind, lexicon) === singular(head));
    const sentence = found && meta.titleBlock !== undefined ? sentences[meta.titleBlock]?.[found.sentence] : undefined;
    return found && sentence ? { mention: found.mention, sentence } : undefined;
  };

  /**
   * The body named earlier in the text, before sentence `s`, whose name `m` ends with the same head, not as its owner's
   * ("the Harbour Working Group" for "The Working Group"), or with `headAlone` whose head is the anaphor's ("the Harbour
   * Committee" for "The Committee"), nearest first, with its sentence.
   */
  const namedBefore = (m: Mention, s: Sentence, headAlone = false): { mention: Mention; sentence: Sentence } | undefined => {
    const head = headAlone ? singular(m.head ?? '') : headOf(m.designator, m.name, m.kind, lexicon);
    for (let bi = s.blockIndex; bi >= 0 && bi >= s.blockIndex - NAMED_BEFORE_BLOCKS; bi--) {
      const list = mentions[bi] ?? [];
      for (let si = (bi === s.blockIndex ? s.index : list.length) - 1; si >= 0; si--) {
        const found = (list[si] ?? []).findLast((x) => x.type === 'body' && !x.plural && (headAlone || endsName(m.designator, x.designator)) && headOf(x.designator, x.name, x.kind, lexicon) === head);
        const sentence = sentences[bi]?.[si];
        if (found && sentence) return { mention: found, sentence };
      }
    }
    return undefined;
  };

  /** The draft an anaphor stands for, or undefined. `create`: a capitalised head with no body in view names a body of its own. */
  const resolveAnaphor = (m: Mention, s: Sentence, create: boolean): Draft | undefined => {
    switch (m.sort) {
      case 'meeting':
        // "The plenary": the whole of the reported meeting, even in a paragraph about another body.
        if (lexicon.lists.plenaryNouns.has(wordsOf(m.designator).pop() ?? '')) return mainDraft() ?? paraFocus ?? focus;
        return paraFocus ?? mainDraft() ?? focus;
      case 'head': {
        const found = draftWithHead(m.head ?? '');
        if (found) return found;
        // "MSC 108 adopted … The Committee also agreed …": a body known by its acronym alone may be the one with that head.
        const bare = [focus, mainDraft()].find((d) => d !== undefined && d.head === undefined && d.name === null);
        if (bare) return bare;
        // "the Council had suspended …" with no council in view: a body of its own, named by its head; so is a council's
        // or a committee's head that opens a sentence or a line of minutes without "the" ("Cabinet considered the report …").
        const opens = (m.start === 0 || s.lineBreakBefore(m.start) || s.isAnyMark(m.start - 1, ':;')) && (m.kind === 'council' || m.kind === 'committee');
        const named = s.isCap(m.end - 1) && (s.word(m.start - 1) === 'the' || s.word(m.start) === 'the' || opens);
        // "The Senate voted …" under "Academic Senate Meeting Summary": the headline's body with that head.
        const titled = create && named && m.head ? headlineWithHead(m.head) : undefined;
        if (titled) return draftOf(titled.mention, titled.sentence);
        // "… of the Harbour Regulatory Committee (HRC-12) continued its work. The Committee approved …": the body named before.
        const earlier = create && named && m.head ? namedBefore(m, s, true) : undefined;
        if (earlier) return draftOf(earlier.mention, earlier.sentence);
        if (create && named) {
          const designator = s.raw(m.end - 1);
          return draftOf({ ...m, type: 'body', designator, id: designator, name: designator }, s);
        }
        if (named) return undefined;
        return focus ?? mainDraft();
      }
      default:
        // "Senators", "Members of the Council": the members of the body in view with that head. "Delegates" after "The
        // Panel presented its report" are the meeting's.
        const found = (m.head ? draftWithHead(m.head) : undefined) ?? (focus?.reporter === true ? (mainDraft() ?? focus) : (focus ?? mainDraft()));
        // "The G20 Digital Economy Ministers met …" with no body in view: the members named with their organisation meet as one.
        if (!found && create && namedMembers(m, lexicon.lists.determiners)) {
          const made = draftOf(membersBody(view, m), s);
          focus = made;
          paraFocus = made;
          return made;
        }
        return found;
    }
  };

  const resolve = (owner: Owner, s: Sentence, sentenceOwner: Draft | undefined, create: boolean): Draft | undefined => {
    if ('mention' in owner) {
      const m = owner.mention;
      if (m.plural) return undefined;
      if (m.type === 'anaphor') return resolveAnaphor(m, s, create);
      if (!create) return byKey.get(registryKey(m.id)) ?? byKey.get(registryKey(m.designator));
      // The reported meeting's own mention makes the meeting's group (so it is known as the reported one).
      return m === mainMention ? (mainDraft() ?? draftOf(m, s)) : draftOf(m, s);
    }
    switch (owner.ref) {
      case 'focus':
        return focus ?? mainDraft();
      case 'main':
        return mainDraft() ?? focus;
      case 'list':
        return list?.owner ?? focus ?? mainDraft();
      case 'section':
        return section ?? mainDraft() ?? focus;
      default:
        return sentenceOwner ?? focus ?? mainDraft();
    }
  };

  const addEntry = (d: Draft, f: EntryFinding, block: Block, base: number): void => {
    const [from, to] = withCodeMarks(block.text, base + f.start, base + f.end);
    const text = cleanInline(block.text.slice(from, to));
    // One word is no entry (the text is trimmed, its spaces single).
    if (!text.includes(' ')) return;
    // "… SBSTTA also approved the provisio": an entry the excerpt's cut ends in the middle of a word is no report.
    if (block === cutBlock && to >= block.text.trimEnd().length && !lexicon.lists.prepositions.has(text.slice(text.lastIndexOf(' ') + 1).toLowerCase())) return;
    if (d.actions.some((e) => e.text === text) || d.outcomes.some((e) => e.text === text)) return;
    const position = positionOf(block, from, to);
    if (d.actions.length + d.outcomes.length >= MAX_ENTRIES_PER_GROUP) {
      if (!d.cut) {
        d.cut = true;
        diagnostics.push({ severity: 'warning', message: `${d.designator} has more than ${MAX_ENTRIES_PER_GROUP} entries; the rest are left out`, line: position.start.line, column: position.start.column, rule: 'too-many-entries' });
      }
      return;
    }
    const subject = 'mention' in f.owner ? f.owner.mention.rule : undefined;
    const entry: Entry = { verb: f.verb, text, position, ...(options.explain ? { rule: f.rule, ...(subject ? { subject } : {}) } : {}) };
    d.via.add(f.rule);
    if (subject) d.via.add(subject);
    (f.kind === 'outcome' ? d.outcomes : d.actions).push(entry);
  };

  const addParticipant = (d: Draft | undefined, f: ParticipantFinding): void => {
    const name = cleanInline(f.name);
    if (!name) return;
    const p: Participant = { name, type: f.participant, ...(options.explain ? { rule: f.rule } : {}) };
    if (f.attendance) {
      if (!attendance.some((x) => sameParticipant(x.name, name))) attendance.push(p);
      return;
    }
    if (!d || d.participants.some((x) => sameParticipant(x.name, name))) return;
    d.participants.push(p);
  };

  /** Applies one sentence's (or block's) findings; `base` is where the text the offsets count from starts in the block. */
  const apply = (findings: readonly Finding[], s: Sentence, block: Block, base: number): void => {
    let sentenceOwner: Draft | undefined;
    const listed = findings.some((f) => f.type === 'list');
    const taken: Array<[number, number, string]> = [];
    for (const f of findings) {
      switch (f.type) {
        case 'focus': {
          // A body in focus is made a group only when a heading names it, the sentence reports its work, or it met
          // (a group with no entry is not printed).
          const makes = f.rule === 'section-heading' || f.rule === 'body-label' || f.met === true || findings.some((e) => e.type === 'entry' && e.owner === f.owner && !e.participation);
          const d = resolve(f.owner, s, sentenceOwner, makes);
          if (!d) break;
          sentenceOwner ??= d;
          d.via.add(f.rule);
          // "The meeting was chaired by …" opening a paragraph: the meeting it resolves to is in focus again.
          if (f.rule === 'section-heading' || ('mention' in f.owner && (f.owner.mention.type === 'body' || f.owner.mention.sort === 'meeting'))) {
            focus = d;
            paraFocus = d;
          }
          if (f.rule === 'section-heading') section = d;
          break;
        }
        case 'list': {
          const d = resolve(f.owner, s, sentenceOwner, true);
          // "2. At its 4th meeting, the Board:" over "(a) Adopted …": a list item's own list is the items under it.
          const under = block.kind === 'item' ? blocks[s.blockIndex + 1] : undefined;
          const depth = block.kind !== 'item' ? 1 : under?.kind === 'item' && under.depth > block.depth ? under.depth : block.depth;
          list = { owner: d, kind: f.kind, verb: f.verb, depth };
          d?.via.add(f.rule);
          if (d) {
            focus = d;
            sentenceOwner ??= d;
          }
          break;
        }
        case 'entry': {
          if (listed) break;
          // An entry inside one another rule found already ("… was approved" within an active clause) is not found again.
          if (f.tokens[1] > f.tokens[0] && taken.some(([a, b, rule]) => rule !== f.rule && f.tokens[0] < b && f.tokens[1] > a)) break;
          // "The Commission presented …" with no commission in view names a body of its own too.
          const newBody = 'mention' in f.owner && (f.owner.mention.type === 'body' || (f.owner.mention.sort === 'head' && s.isCap(f.owner.mention.end - 1))) && !resolve(f.owner, s, sentenceOwner, false);
          // "The Rapporteurship on Digital Transformation presented its report": a body that reports its own work did it.
          // "The working group on tariff policy (WG TP) presented an analytical review": what a subsidiary group prepared is its work.
          const ownWork = s.inList(f.tokens[0] + 1, 'ownWorkPossessives') || ('mention' in f.owner && f.owner.mention.type === 'body' && PREPARING_KINDS.has(f.owner.mention.kind));
          if (f.participation && newBody && !ownWork && 'mention' in f.owner) {
            // "The RCC Executive Committee presented …": who takes part, not a body of its own.
            const m = f.owner.mention;
            const name = m.type === 'body' ? m.designator : s.span(s.is(m.start, 'determiners') ? m.start + 1 : m.start, m.end);
            addParticipant(focus ?? mainDraft(), { type: 'participant', owner: { ref: 'focus' }, name, participant: 'organization', attendance: false, tokens: [m.start, m.end], rule: f.rule });
            break;
          }
          const d = resolve(f.owner, s, sentenceOwner, true);
          if (!d) break;
          taken.push([f.tokens[0], f.tokens[1], f.rule]);
          d.reporter = f.participation === true && ownWork && (d.reporter ?? d.actions.length + d.outcomes.length === 0);
          addEntry(d, f, block, base);
          if (f.aside) break;
          paraWork = d;
          sentenceOwner ??= d;
          // A body named, or named again by its head ("The Board discussed …" after another body's paragraph), is in focus.
          if ('mention' in f.owner && (f.owner.mention.type === 'body' || f.owner.mention.sort === 'head')) {
            focus = d;
            paraFocus = d;
          }
          break;
        }
        case 'participant': {
          // An attendance list in a body's section ("## CWG-HF" … "Participants: Norway, Denmark") is that body's.
          if (f.attendance && section) addParticipant(section, { ...f, attendance: false });
          // "CWG-SFP discussed the plan. Delegations of Brazil, India and Kenya contributed.": in a paragraph about another
          // body than the reported meeting, the attendance is that body's.
          else if (f.attendance && paraFocus && paraFocus !== mainDraft() && s.index > 0) addParticipant(paraFocus, { ...f, attendance: false });
          // After the reported meeting's own work in the paragraph, it is that meeting's, listed after what it names itself.
          else if (f.attendance && paraFocus && paraWork === paraFocus && s.index > 0) workAttendance.push({ ...f, attendance: false });
          else addParticipant(f.attendance ? undefined : resolve(f.owner, s, sentenceOwner, false), f);
          break;
        }
      }
    }
  };

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (!block || meta.headerBlocks.has(bi)) continue;
    const blockSentences = sentences[bi] ?? [];
    const blockMentions = mentions[bi] ?? [];
    if (block.kind !== 'item') paraFocus = block.itemOf === undefined ? undefined : paraFocus;
    if (block.kind !== 'item' && block.itemOf === undefined) paraWork = undefined;
    // A heading (or a heading-like line) ends the section before it; the body it named is in focus no more.
    if (headingLike(block)) {
      if (section) focus = undefined;
      section = undefined;
    }
    if (list && block.kind !== 'item' && block.itemOf === undefined) list = undefined;
    if (list && block.kind === 'item' && list.depth === 1 && blocks[bi - 1]?.kind !== 'item' && block.depth > 1) list.depth = block.depth;
    const next = blocks[bi + 1];
    const blockView = { block, index: bi, sentences: blockSentences, previous: blocks[bi - 1], next, following: blocks.slice(bi + 1, bi + 1 + FOLLOWING_BLOCKS), header: false };
    blockSentences[0]?.load();
    const blockCtx = { lexicon, registry, definitions, mentions: blockMentions, list: list ? { owner: { ref: 'list' } as Owner, kind: list.kind, verb: list.verb, depth: list.depth } : undefined, main: mainMention };
    let consumed = false;
    for (const rule of blockRules) {
      const m = rule.match(blockView, blockCtx);
      if (m === undefined) continue;
      const result = rule.apply(m, blockView, blockCtx);
      const first = blockSentences[0];
      if (first) apply(result.findings, first, block, 0);
      consumed = result.consumed;
      break;
    }
    for (let si = 0; si < blockSentences.length; si++) {
      const s = blockSentences[si]?.load();
      if (!s) continue;
      const clauseCtx = {
        lexicon,
        registry,
        definitions,
        mentions: blockMentions[si] ?? [],
        earlier: [] as Finding[],
        listFollows: si === blockSentences.length - 1 && next?.kind === 'item',
        after: si === blockSentences.length - 1 ? (next?.text ?? '') : '',
        main: mainMention,
        rosterItem: rosters.has(bi),
      };
      const findings: Finding[] = [];
      for (const rule of clauseRules) {
        // A block read in full by a block rule still names its participants.
        if (consumed && rule.id !== 'attendance-list' && rule.id !== 'country-participant' && rule.id !== 'organization-participant') continue;
        const m = rule.match(s, clauseCtx);
        if (m === undefined) continue;
        const found = rule.apply(m, s, clauseCtx);
        findings.push(...found);
        clauseCtx.earlier = findings;
      }
      // Participants a block rule's entry owns go to that entry's owner.
      apply(consumed ? findings.map((f) => (f.type === 'participant' && !f.attendance ? { ...f, owner: list ? ({ ref: 'list' } as Owner) : f.owner } : f)) : findings, s, block, s.offset);
      done(s);
    }
  }

  // The general attendance belongs to the reported meeting when that meeting is a group.
  // A body found only as the lead's first subject is one of several reported, unless it is the only one.
  const reporting = drafts.filter(reports);
  if (attendance.length > 0) mainDraft();
  const reported = main && reporting.includes(main) && (meetingRule !== 'lead-subject' || reporting.length === 1) ? main : undefined;
  if (reported) for (const p of attendance) if (!reported.participants.some((x) => sameParticipant(x.name, p.name))) reported.participants.push(p);
  for (const f of workAttendance) addParticipant(main, f);

  // A group known by a short name ("Goods Council", "ITU Council") is named by the full name the text writes
  // out elsewhere ("Council for Trade in Goods", "Council of the International Telecommunication Union").
  const allMentions = mentions.flat(2);
  // An acronym the text never expands is named by a body's name it spells ("SMB" under "IEC Standardization
  // Management Board – decisions"): the words that spell it.
  for (const d of drafts) {
    if (d.name !== null || !/^\p{Lu}{2,}$/u.test(d.designator)) continue;
    for (const m of allMentions) {
      if (m.type !== 'body' || m.plural || m.designator === d.designator) continue;
      const spelled = longFormOf(d.designator, m.designator);
      if (spelled !== undefined && spelled.split(' ').length === d.designator.length && isInitialism(d.designator, spelled)) {
        d.name = spelled;
        break;
      }
    }
  }
  for (const d of drafts) {
    if (d.name !== d.designator || !reports(d)) continue;
    for (const m of allMentions) {
      if (m.type !== 'body' || m.plural) continue;
      const full = [m.designator, m.name ?? ''].find((n) => writesOut(n, d.designator) && headOf(n, null, 'other', lexicon) === d.head && !ofItsMembers(n, d.designator, lexicon));
      if (!full) continue;
      d.name = full;
      for (const spelling of new Set([m.designator, full])) if (spelling !== d.designator && !d.aliases.includes(spelling)) d.aliases.push(spelling);
      break;
    }
  }

  // "CITES Animals Committee" in the headline, "the thirty-third meeting of the Animals Committee (AC33)" in the lead:
  // the acronym the text defines for a reporting body's name is that body's, though nothing was said of it by that name.
  // So is the name a parenthesis gives ("meetings of Study Group 4 (Satellite services) and …").
  mentions.forEach((list, bi) =>
    list.forEach((found, si) => {
      const s = sentences[bi]?.[si];
      for (const m of found) {
        if (!s || m.type !== 'body' || m.plural) continue;
        // "… at Committee on Subsidies meeting" in the headline, "the Committee on Subsidies and Countervailing Measures"
        // in the text: the headline cut the name short of its fields after "and".
        if (m.designator.includes(' and ') && !byKey.has(registryKey(m.designator))) {
          // Fields, not a second body ("Working Party on Broadband and the Working Party on Satellites").
          const fields = (rest: string): boolean => wordsOf(rest).every((w) => w !== 'the' && !lexicon.bodyHeadWords.has(singular(w)));
          const cut = drafts.filter((d) => reports(d) && d.name === d.designator && / (?:on|for|of) /.test(d.designator) && m.designator.startsWith(`${d.designator} and `) && fields(m.designator.slice(d.designator.length + 5)));
          const d = cut.length === 1 ? cut[0] : undefined;
          if (d) {
            d.aliases.push(d.designator);
            d.designator = m.designator;
            d.id = m.id;
            d.name = m.name ?? m.designator;
            remember(d, m.designator);
          }
        }
        if (m.name === null || m.name === m.designator) continue;
        const known = byKey.get(registryKey(m.id)) ?? byKey.get(registryKey(m.designator));
        if (known) {
          if (reports(known) && (known.name === null || known.name === known.designator)) draftOf(m, s);
          continue;
        }
        if (/\s/.test(m.id) || !/\p{Lu}.*\p{Lu}/u.test(m.id)) continue;
        const name = m.name;
        // Its name is the body's, or ends it after modifiers only ("CITES"): not the object of a "for" phrase ("CITEL
        // Preparatory Meeting for the World Telecommunication Development Conference (WTDC-21)").
        const modifies = (n: string): boolean => endsName(name, n) && wordsOf(n).slice(0, -wordsOf(name).length).every((w) => !lexicon.lists.nameConnectors.has(w));
        const owners = drafts.filter((d) => reports(d) && [d.designator, d.name ?? ''].some((n) => n === name || modifies(n)));
        if (owners.length === 1) draftOf(m, s);
      }
    }),
  );

  const groups: Group[] = [];
  const bodyKeys = new Set(byKey.keys());
  for (const d of drafts) {
    if (!reports(d)) continue;
    const own = new Set([d.designator, d.name ?? '', ...d.aliases].map((x) => registryKey(x)));
    const participants = d.participants.filter((p) => !own.has(registryKey(p.name)) && !bodyKeys.has(registryKey(p.name)));
    groups.push({
      id: cleanInline(d.id),
      designator: cleanInline(d.designator),
      aliases: d.aliases.map(cleanInline),
      name: d.name === null ? null : cleanInline(d.name),
      kind: d.kind,
      actions: d.actions,
      outcomes: d.outcomes,
      participants,
      position: d.position,
      ...(options.explain ? { rule: d.rule, via: [...d.via].sort() } : {}),
    });
  }
  return { groups, people, diagnostics };
}

/** The people of a bulletin, each once: a surname alone joins the full name it ends. */
/** Whether a name written with initials is a fuller name's ("D. Osei" and "Daniel Osei", "A.M. Lund" and "Anna Maria Lund"). */
function initialled(short: string, full: string): boolean {
  const m = /^((?:\p{Lu}\.-?\s?)+)\s*(\S+)$/u.exec(short);
  if (!m?.[1] || !m[2] || full === short || !full.endsWith(` ${m[2]}`)) return false;
  const initials = m[1].replace(/[^\p{Lu}]/gu, '');
  const given = full
    .slice(0, -m[2].length - 1)
    .split(/[\s-]+/)
    .map((w) => w.charAt(0))
    .join('');
  return given.startsWith(initials);
}

function peopleOf(found: readonly PersonFinding[], options: ExtractOptions): Person[] {
  const people: Array<Person & { rule: string }> = [];
  const times = new Map<string, number>();
  for (const p of found) times.set(p.name, (times.get(p.name) ?? 0) + 1);
  for (const p of found) {
    const name = cleanInline(p.name);
    if (!name || (p.weak && (times.get(p.name) ?? 0) < 2)) continue;
    // A surname alone, or a given name alone ("Ben will prepare a draft"), is the person whose full name has it.
    const given = (one: string, rule: string, full: string): boolean => rule === 'given-name' && full.startsWith(`${one} `);
    const known = people.find((x) => x.name === name || (!name.includes(' ') && (x.name.endsWith(` ${name}`) || given(name, p.rule, x.name))) || (!x.name.includes(' ') && (name.endsWith(` ${x.name}`) || given(x.name, x.rule, name))) || initialled(name, x.name) || initialled(x.name, name));
    if (known) {
      if (known.name.length < name.length) known.name = name;
      // "Federal Minister Wissing" in the headline, "Minister for Digital and Transport Dr. Volker Wissing" in the lead: the fuller role.
      const role = p.role === null ? null : cleanInline(p.role);
      // "Councilmembers Ortiz, Chen" in the roll, "Councilmember Chen moved …" later: the title written for the person alone.
      if (role && (!known.role || (role.length > known.role.length && role.includes(known.role)) || known.role === `${role}s`)) known.role = role;
      continue;
    }
    people.push({ name, role: p.role === null ? null : cleanInline(p.role), rule: p.rule });
  }
  return people.map((p) => (options.explain ? p : { name: p.name, role: p.role }));
}
