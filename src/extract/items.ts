/**
 * An entry made of a whole list item or labelled line: its first words (up to 30), as written,
 * without the marks that end it and without a trailing parenthesis naming who acts ("(Lise)").
 */
import type { EntryKind, Lexicon, VerbForm } from '../lexicon/index.js';
import type { Block } from '../segment/blocks.js';
import { spacedCopy } from '../normalize/chars.js';
import type { EntryFinding, Owner } from './rules/types.js';

/** The most words an item's entry keeps. */
export const MAX_ITEM_WORDS = 30;

/** `text` up to the end of its `max`-th word when it has more, else `text` as it is. */
export function cutWords(text: string, max: number): string {
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

/** One or two names and "to" (or a colon) before a task's verb ("Ana to", "Ben and Chris to", "Jane Doe to", "Antonio:"). */
const ACTOR = /^\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?(?: (?:and|&) \p{Lu}[\p{L}'-]*)?(?: to |: )(?=\p{Ll})/u;

/** A task list's box: "[ ] Jane to contact OSTIF". */
const BOX = /^\s*\[[ xX]\]\s+/;

/** Whether a label is an agenda label with the item's number ("agenda item 2", "item 4.1"). */
export function agendaLabel(label: string, labels: ReadonlySet<string>): boolean {
  const space = label.lastIndexOf(' ');
  return space > 0 && /^\d{1,2}(?:\.\d{1,2})?[a-z]?$/.test(label.slice(space + 1)) && labels.has(label.slice(0, space));
}

/** The verb form a text opens with ("Approved 6-0", "grant $5,000 …"), if the lexicon knows its first word. */
export function openingVerb(text: string, lexicon: Lexicon): VerbForm | undefined {
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1];
  return first === undefined ? undefined : lexicon.verbs.get(first.toLowerCase());
}

/** The length of who acts before a task ("Ana to send …" → "Ana to "), or 0. */
export function actorLength(task: string): number {
  return ACTOR.exec(task)?.[0].length ?? 0;
}

/** Where an action item's task starts: after its box and who acts ("[ ] Mei to draft …" → "draft …"), or 0 when no one is named. */
export function taskStart(item: string): number {
  const box = BOX.exec(item)?.[0].length ?? 0;
  const actor = actorLength(item.slice(box));
  return actor > 0 ? box + actor : 0;
}

/** "Forward the letter (Lise)" → "Forward the letter": a short name in parentheses at the end is who acts. */
function dropActor(s: string): string {
  const t = s.trimEnd();
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf('(');
  if (open <= 0) return t;
  const inner = t.slice(open + 1, -1);
  // "Regional Development Forums (RDFs)": an acronym in parentheses is the name's, not who acts.
  return inner.includes(')') || inner.split(/\s+/).length > 3 || /\d/.test(inner) || /^\p{Lu}[\p{Lu}&.-]+s?$/u.test(inner) ? t : t.slice(0, open).trimEnd();
}

/** Whether an agenda item is one of the meeting's own procedure ("Adoption of the agenda", "Any other business"). */
function procedural(text: string, lexicon: Lexicon): boolean {
  const t = text.toLowerCase();
  for (const p of lexicon.lists.proceduralItems) if (t.startsWith(p) && !/[\p{L}\p{N}]/u.test(t.charAt(p.length))) return true;
  return false;
}

/** An agenda item's entry as `itemEntry` gives it, unless the item is one of the meeting's own procedure. */
export function agendaEntry(block: Block, kind: EntryKind, verb: string, owner: Owner, rule: string, lexicon: Lexicon, skip = 0, until = block.text.length): EntryFinding | undefined {
  const entry = itemEntry(block, kind, verb, owner, rule, skip, until);
  return entry && !procedural(block.text.slice(entry.start, entry.end), lexicon) ? entry : undefined;
}

/** The entry a block gives from offset `skip` to offset `until`, or undefined when nothing is left. */
export function itemEntry(block: Block, kind: EntryKind, verb: string, owner: Owner, rule: string, skip = 0, until = block.text.length): EntryFinding | undefined {
  // A table row's entry is its first cell (or the cell it starts in): the other columns are no part of what was done.
  const cellEnd = block.firstCellEnd !== undefined && block.firstCellEnd > skip ? block.firstCellEnd : until;
  const rest = block.text.slice(skip, Math.min(until, cellEnd));
  // "[ ] Jane to contact OSTIF": a task list's box is no part of the task.
  const box = BOX.exec(rest)?.[0].length ?? 0;
  const lead = box || rest.length - rest.trimStart().length;
  let body = rest.slice(box).trim();
  body = dropActor(body);
  // "…; and", "…, or": the words that join the item to the next are no part of it.
  const joined = /[;,]\s*(?:and|or)$/.exec(body);
  if (joined) body = body.slice(0, joined.index).trimEnd();
  while (body.length > 0 && ';.,:'.includes(body[body.length - 1] ?? '')) body = body.slice(0, -1).trimEnd();
  const text = cutWords(body, MAX_ITEM_WORDS);
  if (!text.includes(' ')) return undefined;
  const start = skip + lead;
  return { type: 'entry', owner, kind, verb, start, end: start + text.length, tokens: [0, 0], rule };
}
