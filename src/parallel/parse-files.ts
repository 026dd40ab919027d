/**
 * Reading, hashing and parsing files, and rendering digests: the work a build hands to each
 * thread. A parsed record goes into the record store (the build cache, or a temporary folder);
 * what comes back to the main thread is only its summary and its diagnostics. A file whose
 * record is already in the store is only hashed and summarised.
 */
import { resolve } from 'node:path';
import { readSourceSync, readStream, skippedFileWarning, formatOfPath, type SourceFile } from '../load/source.js';
import { parseBulletin } from '../pipeline.js';
import { createLexicon, type Lexicon, type LexiconAdditions } from '../lexicon/index.js';
import { createRegistry, type Registry, type RegistryBody, type RegistryOrganization } from '../registry/index.js';
import { DigestError } from '../model/errors.js';
import { sha256Hex } from '../cache/hash.js';
import { cacheKey } from '../cache/record-cache.js';
import { FolderStore } from '../cache/store.js';
import { summarize, type RecordSummary, type TaskRecord } from '../model/plan.js';
import type { BulletinRecord, Diagnostic } from '../model/types.js';
import { BOUNDED_FROM, parseBounded } from './bounded.js';

/** What every thread needs to parse like the main thread would. */
export interface ParseSetup {
  cwd: string;
  maxBytes: number;
  lexicon: LexiconAdditions;
  registry: { bodies: RegistryBody[]; organizations: RegistryOrganization[]; builtin?: boolean };
  salt: string;
  /** The folder of the record store. */
  records: string;
  /** A folder of records read but not written (the build cache, for --check and --json). */
  recordsReadOnly?: string;
  /** The folder of the rendered-digest cache, if there is one. */
  digests?: string;
}

/** One file's result: a record's summary and diagnostics, or a problem. */
export type FileResult = { kind: 'record'; summary: RecordSummary; diagnostics: Diagnostic[] } | { kind: 'problem'; path: string; diagnostic: Diagnostic };

/** How `digest parse` prints a record. */
export interface PrintOptions {
  pretty: boolean;
  /** Debug-only `rule` fields. */
  explain: boolean;
}

/**
 * One file as `digest parse` prints it: the record as JSON text (none for a binary file) and its
 * diagnostics, or the error that kept it from being read (`code` as `DigestError` has it).
 */
export type PrintedFile = { path: string; json: string | undefined; diagnostics: Diagnostic[] } | { path: string; error: { message: string; code: string } };

function isRecord(x: unknown): x is BulletinRecord {
  return typeof x === 'object' && x !== null && Array.isArray((x as BulletinRecord).groups) && typeof (x as BulletinRecord).source === 'object' && (x as BulletinRecord).source !== null;
}

/** A file that could not be read or parsed, as `digest parse` reports it; an error that is no `DigestError` is thrown on. */
function problemOf(path: string, error: unknown): PrintedFile {
  if (error instanceof DigestError) return { path, error: { message: error.message, code: error.code } };
  throw error;
}

/** Parses files and loads records for one setup: the lexicon and registry are built once. */
export class FileParser {
  private folder: FolderStore | undefined;
  private readonly lexicon: Lexicon;
  private readonly registry: Registry;

  /** `prebuilt`: a lexicon and registry already made (by a caller of the API) instead of the setup's additions. */
  constructor(private readonly setup: ParseSetup, prebuilt: { lexicon?: Lexicon; registry?: Registry } = {}) {
    this.lexicon = prebuilt.lexicon ?? createLexicon(setup.lexicon);
    this.registry = prebuilt.registry ?? createRegistry(setup.registry);
  }

  /** The record store (a build's; `digest parse` has none and never asks). */
  get store(): FolderStore {
    this.folder ??= new FolderStore(this.setup.records, this.setup.recordsReadOnly);
    return this.folder;
  }

  private cached(key: string, path: string): BulletinRecord | undefined {
    const json = this.store.get(key);
    if (json === undefined) return undefined;
    try {
      const record = JSON.parse(json) as unknown;
      if (!isRecord(record)) return undefined;
      record.source.path = path;
      return record;
    } catch {
      return undefined;
    }
  }

  /** Reads and parses one file (or finds its record in the store), and stores a new record. */
  private async read(file: string, shown: string): Promise<{ record: BulletinRecord; key: string } | { problem: Diagnostic }> {
    try {
      const source = readSourceSync(resolve(this.setup.cwd, file), this.setup.maxBytes, shown);
      const hash = sha256Hex(source.bytes);
      const key = cacheKey(hash, this.setup.salt, formatOfPath(shown));
      const hit = this.store.mayHave(key) ? this.cached(key, shown) : undefined;
      if (hit) return { record: hit, key };
      const record = await parseBulletin(source, { lexicon: this.lexicon, registry: this.registry, sha256: hash });
      const binary = record.diagnostics.find((d) => d.rule === 'binary-file');
      if (binary) return { problem: binary };
      this.store.set(key, JSON.stringify(record));
      return { record, key };
    } catch (error) {
      if (error instanceof DigestError) return { problem: skippedFileWarning(error) };
      throw error;
    }
  }

  /** Reads, parses and stores one file (`file` to open, `shown` to report); returns its summary. */
  async parse(file: string, shown: string): Promise<FileResult> {
    const r = await this.read(file, shown);
    if ('problem' in r) return { kind: 'problem', path: shown, diagnostic: r.problem };
    return { kind: 'record', summary: summarize(r.record, r.key), diagnostics: r.record.diagnostics };
  }

  /** Reads and parses one file for `digest parse`; nothing is stored. */
  async print(file: string, shown: string, options: PrintOptions): Promise<PrintedFile> {
    let source: SourceFile;
    try {
      source = readSourceSync(resolve(this.setup.cwd, file), this.setup.maxBytes, shown);
    } catch (error) {
      return problemOf(shown, error);
    }
    return this.printSource(source, options);
  }

  /** Reads a stream (standard input) to its end and parses it for `digest parse`. */
  async printStream(stream: AsyncIterable<Uint8Array | string>, shown: string, options: PrintOptions): Promise<PrintedFile> {
    let source: SourceFile;
    try {
      source = await readStream(stream, shown, this.setup.maxBytes);
    } catch (error) {
      return problemOf(shown, error);
    }
    return this.printSource(source, options);
  }

  /** Parses one source for `digest parse`; a big one in a thread whose memory is bounded by its size. */
  private async printSource(source: SourceFile, options: PrintOptions): Promise<PrintedFile> {
    let record: BulletinRecord;
    try {
      record =
        source.bytes.length >= BOUNDED_FROM
          ? await parseBounded(source, { lexicon: this.setup.lexicon, registry: this.setup.registry, explain: options.explain })
          : await parseBulletin(source, { lexicon: this.lexicon, registry: this.registry, explain: options.explain });
    } catch (error) {
      return problemOf(source.path, error);
    }
    // A binary file is skipped: no record, a warning.
    const binary = record.diagnostics.some((d) => d.rule === 'binary-file');
    return { path: source.path, json: binary ? undefined : JSON.stringify(record, null, options.pretty ? 2 : undefined), diagnostics: record.diagnostics };
  }

  /**
   * A record for a digest: from the store, or, if another build pruned it meanwhile, parsed
   * again from its file.
   */
  async load(ref: TaskRecord): Promise<BulletinRecord> {
    const hit = this.cached(ref.key, ref.path);
    if (hit) return hit;
    const again = await this.read(ref.path, ref.path);
    if ('problem' in again) throw new DigestError(`${ref.path}:1:1 error the file changed or vanished during the build`, { code: 'INPUT', exitCode: 1 });
    return again.record;
  }
}
