/**
 * The shapes of extraction rules and of what they find. A rule is data plus one small function:
 * it reads a sentence (or a block, or the whole bulletin) and returns findings; it never changes
 * the bulletin's state, which the driver (`extract-groups.ts`) owns.
 */
import type { EntryKind, Lexicon } from '../../lexicon/index.js';
import type { Registry } from '../../registry/index.js';
import type { GroupKind, ParticipantType } from '../../model/types.js';
import type { Block } from '../../segment/blocks.js';
import type { Sentence } from '../sentence.js';
import type { Definitions } from '../definitions.js';

/** What an anaphor stands for: the reported meeting, a body by its head noun, the members, or "it". */
export type AnaphorSort = 'meeting' | 'head' | 'collective' | 'pronoun';

/** A body or an anaphor found in a sentence. Token indexes: `start` inclusive, `end` exclusive. */
export interface Mention {
  type: 'body' | 'anaphor';
  start: number;
  end: number;
  /** The designator as written (for an anaphor, its words). */
  designator: string;
  /** The canonical id (the registry's, or the designator with acronym parts joined by `-`). */
  id: string;
  /** The expansion the text or the registry gives, or null. */
  name: string | null;
  kind: GroupKind;
  /** For an anaphor: what it stands for. */
  sort?: AnaphorSort;
  /** For a head anaphor ("the Council") or a bare capitalised head: the head word, lower case. */
  head?: string;
  /** A set of bodies ("the Working Groups", "CWGs"), which is not one body. */
  plural?: boolean;
  /** The id of the rule that found it. */
  rule: string;
}

/** What body rules need besides the sentence. */
export interface BodyContext {
  lexicon: Lexicon;
  registry: Registry;
  definitions: Definitions;
}

/** A rule that recognises a body (or an anaphor) starting at one token. */
export interface BodyRule {
  id: string;
  kind: 'body';
  match(s: Sentence, at: number, ctx: BodyContext): Mention | undefined;
}

/** Who a finding is about: a mention of this sentence, or the body the driver has in focus. */
export type Owner =
  | { mention: Mention }
  | { ref: 'focus' }
  | { ref: 'main' }
  /** The body the sentence reports on: its first subject, else the focus. */
  | { ref: 'sentence' }
  /** The owner of the list being read. */
  | { ref: 'list' }
  /** The body whose section is being read (a heading named it), else the reported meeting: who assigns a meeting's action items. */
  | { ref: 'section' };

/** An action or outcome: character offsets in the sentence's (or block's) text. */
export interface EntryFinding {
  type: 'entry';
  owner: Owner;
  kind: EntryKind;
  verb: string;
  start: number;
  end: number;
  /** The token span, for rules later in the table (an entry once found is not found again). */
  tokens: [number, number];
  rule: string;
  /** The verb is one of taking part ("presented"): a subject that is no body already known takes part instead. */
  participation?: boolean;
  /** Told in passing, in a relative clause (", which approved …") or in another's words ("said that the Commission had …"): the body in focus stays in focus. */
  aside?: boolean;
}

/** A country or organisation tied to a body's work. */
export interface ParticipantFinding {
  type: 'participant';
  owner: Owner;
  name: string;
  participant: ParticipantType;
  /** Named in an attendance list: belongs to the reported meeting, when that meeting is a group. */
  attendance: boolean;
  tokens: [number, number];
  rule: string;
}

/** The body becomes the one in focus (a paragraph or section is about it). */
export interface FocusFinding {
  type: 'focus';
  owner: Owner;
  rule: string;
  /** The body met ("The Audit Committee met on Tuesday"): what follows is about it, even before it reports anything. */
  met?: boolean;
}

/** The list that follows gives one entry per item to the owner. */
export interface ListFinding {
  type: 'list';
  owner: Owner;
  kind: EntryKind;
  verb: string;
  rule: string;
}

/** Something a rule found. */
export type Finding = EntryFinding | ParticipantFinding | FocusFinding | ListFinding;

/** What sentence rules see: the sentence's mentions and the findings earlier rules made of it. */
export interface ClauseContext {
  lexicon: Lexicon;
  registry: Registry;
  definitions: Definitions;
  mentions: readonly Mention[];
  /** Findings of the rules before this one, for this sentence. */
  earlier: readonly Finding[];
  /** Whether a list of items follows the sentence's block. */
  listFollows: boolean;
  /** For the block's last sentence, the text of the next block ('' otherwise): a result on a line of its own ("CARRIED"). */
  after: string;
  /** The bulletin's reported meeting, as mentioned, when there is one. */
  main: Mention | undefined;
  /** The sentence's block is an item of a roster's list ("## Attendees" over "- Priya (Google)"). */
  rosterItem: boolean;
}

/** A rule over one sentence. */
export interface ClauseRule<M = unknown> {
  id: string;
  kind: 'clause';
  match(s: Sentence, ctx: ClauseContext): M | undefined;
  apply(m: M, s: Sentence, ctx: ClauseContext): Finding[];
}

/** A block and its neighbours, as block rules see it. */
export interface BlockView {
  block: Block;
  index: number;
  sentences: readonly Sentence[];
  /** The block before this one, if any. */
  previous: Block | undefined;
  /** The block after this one, if any. */
  next: Block | undefined;
  /** The blocks after this one, nearest first (a few at most). */
  following: readonly Block[];
  /** Whether the block is a header line (title, dateline) rather than content. */
  header: boolean;
}

/** The list the driver is reading, when one is open. */
export interface OpenList {
  owner: Owner;
  kind: EntryKind;
  verb: string;
  /** The depth of its items. */
  depth: number;
}

/** What block rules see. */
export interface BlockContext {
  lexicon: Lexicon;
  registry: Registry;
  definitions: Definitions;
  /** The mentions of each of the block's sentences. */
  mentions: readonly (readonly Mention[])[];
  list: OpenList | undefined;
  main: Mention | undefined;
}

/** A block rule's result: findings, and whether the block needs no sentence rules after it. */
export interface BlockResult {
  findings: Finding[];
  /** The block is read in full: its sentences are not read again by the clause rules. */
  consumed: boolean;
}

/** A rule over one block (a list item, a heading, a labelled line). */
export interface BlockRule<M = unknown> {
  id: string;
  kind: 'block';
  match(b: BlockView, ctx: BlockContext): M | undefined;
  apply(m: M, b: BlockView, ctx: BlockContext): BlockResult;
}

/** The bulletin as bulletin rules see it. */
export interface BulletinView {
  blocks: readonly Block[];
  sentences: readonly (readonly Sentence[])[];
  mentions: readonly (readonly (readonly Mention[])[])[];
  /** Blocks that are header lines. */
  header: ReadonlySet<number>;
  titleBlock: number | undefined;
  title: string | null;
}

/** A rule that names the bulletin's reported meeting. */
export interface MeetingRule {
  id: string;
  kind: 'meeting';
  match(b: BulletinView, ctx: BodyContext): Mention | undefined;
}

/** A rule that says the bulletin has nothing to report (a notice, an inquorate meeting). */
export interface SilenceRule {
  id: string;
  kind: 'silence';
  match(b: BulletinView, ctx: BodyContext): string | undefined;
}

/** A person found in a sentence. */
export interface PersonFinding {
  name: string;
  role: string | null;
  tokens: [number, number];
  rule: string;
  /** Found on weak evidence: kept only when the bulletin names the same person at least twice. */
  weak?: boolean;
}

/** What a person rule is told of the sentence's place. */
export interface PersonContext extends BodyContext {
  /** The sentence is an item of a list a roster's label introduces ("## Present", "Attendees:" over a list). */
  rosterItem: boolean;
  /** The sentence is a signature's name line, after a letter's closing on the line before ("Best regards,"); `office` is the line under it when that line is an office ("HSC Secretary"), else null. */
  signature?: { office: string | null };
}

/** A rule that finds people in a sentence. */
export interface PersonRule {
  id: string;
  kind: 'person';
  match(s: Sentence, ctx: PersonContext): PersonFinding[];
}

/** Any rule of the table. */
export type Rule = BodyRule | ClauseRule | BlockRule | MeetingRule | SilenceRule | PersonRule;
