/**
 * Types of the bulletin record: the JSON output contract (schema version 1).
 * Field names are stable; a breaking change bumps `SCHEMA_VERSION`.
 */

/** The schema version written into every record. */
export const SCHEMA_VERSION = 1 as const;

/** A place in the source file, 1-based, as editors count it. */
export interface Point {
  line: number;
  column: number;
}

/** A span of the source file. */
export interface Position {
  start: Point;
  end: Point;
}

/** How bad a diagnostic is; `error` means the file could not be used as a bulletin. */
export type Severity = 'error' | 'warning' | 'info';

/** A positioned message about the input, with a stable rule id. */
export interface Diagnostic {
  severity: Severity;
  message: string;
  line: number;
  column: number;
  rule: string;
}

/** Input formats `digest` reads. */
export type SourceFormat = 'text' | 'markdown' | 'html';

/** Where a record came from. */
export interface SourceInfo {
  path: string;
  format: SourceFormat;
  bytes: number;
  sha256: string;
}

/** One action or outcome: a verbatim clause of the bulletin and its verb's lemma. */
export interface Entry {
  verb: string;
  text: string;
  position: Position;
  /** Debug only (`digest parse --explain`): the id of the rule that found it. */
  rule?: string;
  /** Debug only: the id of the rule that named its subject. */
  subject?: string;
}

/** What a participant is. */
export type ParticipantType = 'country' | 'organization';

/** A country or organisation tied to a group's work. */
export interface Participant {
  name: string;
  type: ParticipantType;
  /** Debug only (`digest parse --explain`): the id of the rule that found it. */
  rule?: string;
}

/** A named person, with the role written beside the name (or null). */
export interface Person {
  name: string;
  role: string | null;
  /** Debug only (`digest parse --explain`): the id of the rule that found it. */
  rule?: string;
}

/** The kinds of body a group can be. */
export type GroupKind =
  | 'working group'
  | 'expert group'
  | 'committee'
  | 'study group'
  | 'council'
  | 'assembly'
  | 'other';

/** A body whose work the bulletin reports. */
export interface Group {
  /** Canonical designator: the same group has the same id across bulletins. */
  id: string;
  /** The designator as first written in this bulletin. */
  designator: string;
  /** Other spellings found in this bulletin. */
  aliases: string[];
  /** The expansion given by the text or by the registry, or null. */
  name: string | null;
  kind: GroupKind;
  actions: Entry[];
  outcomes: Entry[];
  participants: Participant[];
  position: Position;
  /** Debug only (`digest parse --explain`): the id of the rule that first named it. */
  rule?: string;
  /** Debug only: every rule that named it or gave it something. */
  via?: string[];
}

/** The structured record of one bulletin. */
export interface BulletinRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  title: string | null;
  /** ISO 8601 date (YYYY-MM-DD) or null. */
  date: string | null;
  /** The date as written, or null. */
  dateText: string | null;
  location: string | null;
  lead: string | null;
  people: Person[];
  groups: Group[];
  diagnostics: Diagnostic[];
}
