/**
 * Assembling the record: the fields every stage produced, in the contract's order, with
 * diagnostics sorted by place so that output is stable.
 */
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type BulletinRecord, type Diagnostic, type SourceFormat } from './types.js';

/** The parts of a record, as the pipeline gathers them. */
export interface RecordParts extends Omit<BulletinRecord, 'schemaVersion' | 'source'> {
  path: string;
  format: SourceFormat;
  bytes: Uint8Array;
  /** The bytes' SHA-256 if known; computed here otherwise. */
  sha256?: string | undefined;
}

/** SHA-256 of the bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Orders diagnostics by line, column, then rule id. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Builds the record of one bulletin. */
export function createRecord(parts: RecordParts): BulletinRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: parts.path, format: parts.format, bytes: parts.bytes.length, sha256: parts.sha256 ?? sha256(parts.bytes) },
    title: parts.title,
    date: parts.date,
    dateText: parts.dateText,
    location: parts.location,
    lead: parts.lead,
    people: parts.people,
    groups: parts.groups,
    diagnostics: sortDiagnostics(parts.diagnostics),
  };
}
