/**
 * Groups: which body each sentence reports on, and what it did. The bulletin's main meeting (a
 * body that "was held", "met" or "convened" in the lead, or the body its title names) is the
 * default; a paragraph whose subject is another body switches to it; anaphors ("the meeting",
 * "It") stay with the current body. Agenda lists ("The agenda included the following items:")
 * give one action per item to the body the intro names.
 */
import { cleanInline } from '../normalize/unprintable.js';
import type { Diagnostic, Group, Person, Position } from '../model/types.js';
import { Word, wordClass, type Lexicon } from '../lexicon/index.js';
import { registryKey, type Registry } from '../registry/index.js';
import { pointAt, type Block } from '../segment/blocks.js';
import { splitSentences } from '../segment/sentences.js';
import { stripEnd, tokenAt, tokenize, type Token } from '../segment/tokens.js';
import { activeEntries, passiveEntries, skipChain, verbOf, type RawEntry } from './entries.js';
import { collectDefinitions, findMentions, type Definition, type Mention, type MentionContext } from './mentions.js';
import { cleanParticipantName, findParticipants } from './participants.js';
import { findPeople } from './people.js';
import type { Metadata } from './metadata.js';
import { spacedCopy } from '../normalize/chars.js';

/** A group being filled in; the same shape as the record's. */
type Draft = Group;

/** What the group extractor returns: groups in order of first report, people, and notes. */
export interface GroupsResult {
  groups: Group[];
  people: Person[];
  diagnostics: Diagnostic[];
}

/** The most entries kept for one group: a bulletin with more is cut, with a warning. */
export const MAX_ENTRIES_PER_GROUP = 500;

interface SentenceView {
  block: Block;
  blockIndex: number;
  text: string;
  offset: number;
  tokens: Token[];
  /** The sentence's mentions, found once (see `mentionsOf`). */
  mentions: Mention[] | undefined;
}

const ATTENDANCE_VERBS = new Set(['held', 'met', 'convened', 'attended', 'opened', 'gathered', 'chaired', 'place']);
const PREPOSITIONS = new Set(['of', 'by', 'in', 'at', 'for', 'from', 'with', 'to', 'on', 'within', 'under', 'into', 'about', 'during', 'before', 'after', 'between', 'among']);
const MEETING_ANAPHOR = /^(?:the|this|that)\s+(?:\w+\s+)?(?:meeting|session|event|plenary|plenum|conference)$/i;
const ACTION_ITEM = /^action items?\s*:\s*/i;

// Control, format (zero-width, bidi) characters and line breaks never reach the record.
const cleanText = cleanInline;

function positionOf(view: SentenceView, start: number, end: number): Position {
  return { start: pointAt(view.block, view.offset + start), end: pointAt(view.block, view.offset + end) };
}

function sentencesOf(blocks: Block[], blockIndex: number, lexicon: Lexicon): SentenceView[] {
  const block = blocks[blockIndex];
  if (!block) return [];
  return splitSentences(block.text, lexicon).map((s) => ({ block, blockIndex, text: s.text, offset: s.start, tokens: tokenize(s.text, lexicon), mentions: undefined }));
}

/** The mentions of a sentence: found on first asking (the definitions are all known by then). */
function mentionsOf(view: SentenceView, ctx: MentionContext): Mention[] {
  view.mentions ??= findMentions(view.text, view.tokens, ctx);
  return view.mentions;
}

/** The index of the verb a mention is the subject of, or -1; `entry` tells whether it reports work. */
function subjectVerb(m: Mention, tokens: Token[], lexicon: Lexicon): { verb: number; entry: boolean } {
  let k = m.end;
  // "… reached", not "of SG 5 was heard": a subject does not follow a preposition.
  const before = tokenAt(tokens, m.start - 1)?.lower ?? '';
  if (PREPOSITIONS.has(before)) return { verb: -1, entry: false };
  if (tokens[k]?.text === '(') {
    let j = k + 1;
    while (j < tokens.length && j < k + 15 && tokens[j]?.text !== ')') j++;
    if (tokens[j]?.text === ')') k = j + 1;
  }
  if (tokens[k]?.text === ',' ) {
    // "X, set up in …, met": skip one appositive.
    let j = k + 1;
    while (j < tokens.length && j < k + 20 && tokens[j]?.text !== ',') j++;
    if (tokens[j]?.text === ',') {
      const after = skipChain(tokens, j + 1, lexicon);
      const w = tokens[after]?.lower ?? '';
      if (ATTENDANCE_VERBS.has(w)) return { verb: after, entry: false };
    }
  }
  const after = tokens[k];
  if (after && (wordClass(after, lexicon) & Word.MeetingNoun) !== 0) k++;
  k = skipChain(tokens, k, lexicon);
  const t = tokens[k];
  if (!t || t.kind !== 'word') return { verb: -1, entry: false };
  const w = t.lower;
  if (verbOf(t, lexicon) && !(w.endsWith('ing') && k === m.end)) return { verb: k, entry: true };
  if (lexicon.otherVerbs.has(w) || ATTENDANCE_VERBS.has(w)) {
    // "was held to consider …"
    if (tokens[k + 1]?.lower === 'to' && verbOf(tokens[k + 2], lexicon)) return { verb: k + 2, entry: true };
    return { verb: k, entry: false };
  }
  return { verb: -1, entry: false };
}

/** Extracts groups (with entries and participants) and people from the blocks of a bulletin. */
export function extractGroups(blocks: Block[], meta: Metadata, lexicon: Lexicon, registry: Registry): GroupsResult {
  const definitions = new Map<string, Definition>();
  const views: SentenceView[][] = blocks.map((_, i) => sentencesOf(blocks, i, lexicon));
  const known = { lexicon, registry };
  for (const list of views) for (const v of list) collectDefinitions(v.text, v.tokens, known, definitions);
  const ctx: MentionContext = { lexicon, registry, definitions };

  const drafts = new Map<string, Draft>();
  const order: string[] = [];
  const people = new Map<string, Person>();

  const draftOf = (m: Mention, view: SentenceView): Draft => {
    const key = registryKey(m.id);
    let d = drafts.get(key);
    if (!d) {
      const a = view.tokens[m.start];
      const b = view.tokens[m.end - 1];
      d = {
        id: m.id,
        designator: m.designator,
        aliases: [],
        name: m.name,
        kind: m.kind,
        actions: [],
        outcomes: [],
        participants: [],
        position: positionOf(view, a?.start ?? 0, b?.end ?? 0),
      };
      drafts.set(key, d);
      order.push(key);
    } else {
      if (m.designator !== d.designator && !d.aliases.includes(m.designator)) d.aliases.push(m.designator);
      if (!d.name && m.name) d.name = m.name;
    }
    return d;
  };

  const diagnostics: Diagnostic[] = [];
  const full = (d: Draft, at: Position): boolean => {
    if (d.actions.length + d.outcomes.length < MAX_ENTRIES_PER_GROUP) return false;
    if (!cut.has(d)) {
      cut.add(d);
      diagnostics.push({ severity: 'warning', message: `${d.designator} has more than ${MAX_ENTRIES_PER_GROUP} entries; the rest are left out`, line: at.start.line, column: at.start.column, rule: 'too-many-entries' });
    }
    return true;
  };
  const cut = new Set<Draft>();
  const addEntry = (d: Draft, view: SentenceView, raw: RawEntry): void => {
    if (full(d, positionOf(view, raw.start, raw.end))) return;
    const text = cleanText(view.text.slice(raw.start, raw.end));
    // One word is no entry (the text is trimmed, its spaces single).
    if (!text.includes(' ')) return;
    const list = raw.kind === 'outcome' ? d.outcomes : d.actions;
    if (d.actions.some((e) => e.text === text) || d.outcomes.some((e) => e.text === text)) return;
    list.push({ verb: raw.lemma, text, position: positionOf(view, raw.start, raw.end) });
  };

  const addParticipants = (d: Draft, view: SentenceView): void => {
    for (const p of findParticipants(view.text, view.tokens, lexicon, registry)) {
      const name = cleanParticipantName(cleanText(p.name));
      if (!name || d.participants.some((x) => x.name === name)) continue;
      d.participants.push({ name, type: p.type });
    }
  };

  const fullGroup = (d: Draft, block: Block): boolean => full(d, { start: pointAt(block, 0), end: pointAt(block, 0) });

  // The main meeting: a body held / met / convened in the first blocks, else the body the title names.
  let main: Draft | undefined;
  let mainMention: { m: Mention; view: SentenceView } | undefined;
  const firstContent = [...blocks.keys()].filter((i) => !meta.headerBlocks.has(i)).slice(0, 3);
  for (const i of firstContent) {
    for (const view of views[i] ?? []) {
      const heldAt = view.tokens.findIndex((t) => ATTENDANCE_VERBS.has(t.lower));
      if (heldAt < 0) continue;
      const mentions = mentionsOf(view, ctx).filter((m) => m.type === 'body' && m.end <= heldAt);
      if (mentions[0]) {
        mainMention = { m: mentions[0], view };
        break;
      }
    }
    if (mainMention) break;
  }
  if (!mainMention && meta.titleBlock !== undefined) {
    for (const view of views[meta.titleBlock] ?? []) {
      // "… Working Groups and Expert Groups": a cluster of bodies is not one meeting.
      const m = mentionsOf(view, ctx).find((x) => x.type === 'body' && !/\b(?:Groups|Committees|Councils|Commissions|Bodies|Meetings)\b/.test(x.designator));
      if (m) {
        mainMention = { m, view };
        break;
      }
    }
  }
  const resolveMain = (): Draft | undefined => {
    if (!main && mainMention) main = draftOf(mainMention.m, mainMention.view);
    return main;
  };

  let current: Draft | undefined;
  let listOwner: Draft | undefined;
  let listVerb = 'consider';
  let inAgenda = false;

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (!block) continue;
    for (const view of views[bi] ?? []) for (const p of findPeople(view.text, view.tokens, lexicon)) {
      const known = people.get(p.name);
      if (!known) people.set(p.name, p);
      else if (!known.role && p.role) known.role = p.role;
    }
    if (meta.headerBlocks.has(bi)) continue;

    // "Action item: …" lines of meeting notes are decisions of the meeting.
    const firstText = block.text.trim();
    if (ACTION_ITEM.test(firstText)) {
      const target = current ?? resolveMain() ?? fallbackOwner(views, ctx, draftOf);
      if (target) {
        const view = views[bi]?.[0];
        if (view) {
          const offset = block.text.indexOf(firstText) + (ACTION_ITEM.exec(firstText)?.[0].length ?? 0);
          const body = dropTrailingParenthesis(block.text.slice(offset));
          const cut = cutWords(body, 24);
          const text = cleanText(cut);
          if (text && !target.outcomes.some((e) => e.text === text) && !fullGroup(target, block)) {
            target.outcomes.push({ verb: 'assign', text, position: { start: pointAt(block, offset), end: pointAt(block, offset + cut.length) } });
          }
        }
      }
      continue;
    }

    if (block.kind === 'item') {
      if (inAgenda && block.depth === 1 && listOwner) {
        const view = views[bi]?.[0];
        const full = block.text.trim();
        const text = cleanText(cutWords(stripEnd(full, ';.,:'), 30));
        if (view && text && !fullGroup(listOwner, block)) {
          const at = block.text.indexOf(full);
          listOwner.actions.push({ verb: listVerb, text, position: { start: pointAt(block, at), end: pointAt(block, at + full.length) } });
        }
        for (const v of views[bi] ?? []) addParticipants(listOwner, v);
        continue;
      }
      if (block.depth > 1) continue;
      // "- Adopted a draft Recommendation …": an item that opens with a reporting verb is an entry.
      const itemView = views[bi]?.[0];
      const firstToken = itemView?.tokens[0];
      const opener = verbOf(firstToken, lexicon);
      const owner = current ?? resolveMain();
      if (itemView && firstToken && opener && /(?:ed|ing)$/i.test(firstToken.text) && owner && !fullGroup(owner, block)) {
        const full = block.text.trim();
        const text = cleanText(cutWords(stripEnd(full, ';.,:'), 30));
        const at = block.text.indexOf(full);
        const kind = opener.kind;
        const list = kind === 'outcome' ? owner.outcomes : owner.actions;
        if (!owner.actions.some((e) => e.text === text) && !owner.outcomes.some((e) => e.text === text)) {
          list.push({ verb: opener.lemma, text, position: { start: pointAt(block, at), end: pointAt(block, at + full.length) } });
        }
        for (const v of views[bi] ?? []) addParticipants(owner, v);
        continue;
      }
    } else if (block.itemOf === undefined) {
      inAgenda = false;
    }
    // A list whose items have bodies of their own (a report by agenda item) is an agenda too.
    if (block.kind === 'item' && !inAgenda && blocks[bi + 1]?.itemOf === bi && block.depth === 1) {
      const owner = current ?? resolveMain();
      const view = views[bi]?.[0];
      if (owner && view && !fullGroup(owner, block)) {
        const full = block.text.trim();
        const at = block.text.indexOf(full);
        owner.actions.push({ verb: 'consider', text: cleanText(cutWords(stripEnd(full, ';.,:'), 30)), position: { start: pointAt(block, at), end: pointAt(block, at + full.length) } });
      }
      continue;
    }

    const sentences = views[bi] ?? [];
    for (let si = 0; si < sentences.length; si++) {
      const view = sentences[si];
      if (!view) continue;
      const tokens = view.tokens;
      const mentions = mentionsOf(view, ctx);
      const lastSentence = si === sentences.length - 1;
      const intro = lastSentence && view.text.trimEnd().endsWith(':') && blocks[bi + 1]?.kind === 'item';
      if (intro) {
        const body = mentions.find((m) => m.type === 'body' && !isBareHeadOfCurrent(m, current ?? main));
        const owner = body ? draftOf(body, view) : current ?? resolveMain();
        const agendaish = lexicon.agendaWords.some((w) => view.text.toLowerCase().includes(w)) || tokens.some((t) => verbOf(t, lexicon)?.kind === 'action' && /(?:ed|ing)$/.test(t.text));
        if (owner && agendaish) {
          listOwner = owner;
          current = owner;
          inAgenda = true;
          const v = tokens.find((t) => verbOf(t, lexicon));
          listVerb = v ? verbOf(v, lexicon)?.lemma ?? 'consider' : 'consider';
          if (/\bincluded\b/i.test(view.text)) listVerb = 'consider';
          addParticipants(owner, view);
        }
        continue;
      }
      // Subjects of this sentence.
      let subjectGroup: Draft | undefined;
      const covered: Array<[number, number]> = [];
      for (let mi = 0; mi < mentions.length; mi++) {
        const m = mentions[mi];
        if (!m) continue;
        const sv = subjectVerb(m, tokens, lexicon);
        if (sv.verb < 0) continue;
        let group: Draft | undefined;
        const toMain = (m.type === 'body' && isBareHeadOfCurrent(m, resolveMain())) || (m.type === 'anaphor' && MEETING_ANAPHOR.test(m.designator));
        if (toMain) group = resolveMain() ?? current;
        else if (m.type === 'body' && !isBareHeadOfCurrent(m, current)) group = draftOf(m, view);
        else group = current ?? resolveMain();
        if (!group) continue;
        subjectGroup ??= group;
        if (toMain && group === main) current = group;
        if (!sv.entry) continue;
        if (m.type === 'body') current = group;
        // The entries run up to the next mention that is a subject of its own, after this verb.
        let limit = tokens.length;
        for (let mj = mi + 1; mj < mentions.length; mj++) {
          const x = mentions[mj];
          if (x && x.start > sv.verb && subjectVerb(x, tokens, lexicon).verb >= 0) {
            limit = x.start;
            break;
          }
        }
        for (const raw of activeEntries(tokens, sv.verb, limit, lexicon)) {
          addEntry(group, view, raw);
          covered.push([raw.start, raw.end]);
        }
      }
      // A paragraph that opens with a body's designator reports on that body.
      const opening = mentions[0];
      if (si === 0 && opening && opening.type === 'body' && opening.start === 0 && !subjectGroup && !isBareHeadOfCurrent(opening, current ?? main)) {
        current = draftOf(opening, view);
      }
      const target = subjectGroup ?? current ?? resolveMain();
      if (!target) continue;
      for (const raw of passiveEntries(view.text, tokens, lexicon)) {
        if (covered.some(([a, b]) => raw.start < b && raw.end > a)) continue;
        addEntry(target, view, raw);
      }
      addParticipants(target, view);
    }
  }

  const groups: Group[] = [];
  for (const key of order) {
    const d = drafts.get(key);
    if (!d || d.actions.length + d.outcomes.length === 0) continue;
    const own = new Set([d.designator, d.name ?? '', ...d.aliases].map((s) => registryKey(s)));
    const participants = d.participants.filter((p) => {
      const key = registryKey(p.name);
      return !own.has(key) && !drafts.has(key);
    });
    groups.push({
      id: cleanText(d.id),
      designator: cleanText(d.designator),
      aliases: d.aliases.map(cleanText),
      name: d.name === null ? null : cleanText(d.name),
      kind: d.kind,
      actions: d.actions,
      outcomes: d.outcomes,
      participants,
      position: d.position,
    });
  }
  return { groups, people: [...people.values()].map((p) => ({ name: cleanText(p.name), role: p.role === null ? null : cleanText(p.role) })), diagnostics };
}

/** "the Council" stands for the reported body when that body's name ends with "Council". */
function isBareHeadOfCurrent(m: Mention, current: Draft | undefined): boolean {
  if (!m.bareHead || !current) return false;
  const head = m.bareHead.toLowerCase();
  return [current.designator, current.name ?? ''].some((s) => s.toLowerCase().split(/\s+/).includes(head));
}

/** When nothing else owns the notes, the first body any sentence names as meeting. */
function fallbackOwner(views: SentenceView[][], ctx: MentionContext, draftOf: (m: Mention, v: SentenceView) => Draft): Draft | undefined {
  for (const list of views) {
    for (const view of list) {
      const lower = view.text.toLowerCase();
      if (!lower.includes('meeting of') && !lower.includes('session of')) continue;
      const m = mentionsOf(view, ctx).find((x) => x.type === 'body');
      if (m) return draftOf(m, view);
    }
  }
  return undefined;
}

/** `text` up to the end of its `max`-th word when it has more, else `text` as it is. */
function cutWords(text: string, max: number): string {
  const n = text.length;
  // More than `max` words take at least 2 × max + 1 code units.
  if (n <= 2 * max) return text;
  const copy = spacedCopy(text);
  let count = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = copy.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(copy[i] ?? ''));
    if (!space && !inWord) {
      count++;
      if (count > max) return text.slice(0, i).trimEnd();
    }
    inWord = !space;
  }
  return text;
}

/** "Forward the letter (Lise)" → "Forward the letter": the name of who acts is not the action. */
function dropTrailingParenthesis(s: string): string {
  const t = s.trimEnd();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf('(');
  return open > 0 && !t.slice(open + 1, -1).includes(')') ? t.slice(0, open).trimEnd() : t;
}
