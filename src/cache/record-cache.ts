/**
 * The build cache: parsed records keyed by the bulletin's content hash, the digest version, the
 * Node version and the config's lexicon and registry (never mtimes); and rendered digests keyed
 * by the template's text and the data it was given. Stored as JSON files in a dot-folder of the
 * output folder; a corrupt or stale cache is discarded silently.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import { writeAtomicLines } from '../output/write-files.js';

/** The cache folder, inside the output folder (a dot-folder: never walked, never a digest). */
export const CACHE_DIR = '.digest-cache';

/** The cache format; a file of another format is ignored. */
const FORMAT = 1;

/** A hex SHA-256. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The part of a record key that is the same for every file of a build. */
export function cacheSalt(parts: { version: string; config: unknown }): string {
  return sha256Hex(JSON.stringify([FORMAT, parts.version, process.version, parts.config ?? null])).slice(0, 16);
}

/** The key of one file: its content hash, its format and the salt. */
export function cacheKey(sha256: string, salt: string, format: string): string {
  return `${salt}:${format}:${sha256}`;
}

/**
 * Strings by key, in a file of one entry a line (`key TAB flag value`: `r` for a one-line value
 * kept as it is, `j` for a JSON-encoded one), so a record's JSON is stored once, not escaped
 * inside another JSON document. Only the entries a build used are saved.
 */
export class StringCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(private readonly file: string | undefined) {}

  /** Loads the file; anything wrong with it means an empty cache. */
  async load(): Promise<void> {
    if (!this.file) return;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return;
    }
    try {
      let at = text.indexOf('\n');
      if (at < 0 || text.slice(0, at) !== HEADER) return;
      while (at < text.length - 1) {
        const end = text.indexOf('\n', at + 1);
        const line = text.slice(at + 1, end < 0 ? text.length : end);
        at = end < 0 ? text.length : end;
        const tab = line.indexOf('\t');
        if (tab < 0) throw new Error('broken cache line');
        const flag = line[tab + 1];
        const value = line.slice(tab + 2);
        this.entries.set(line.slice(0, tab), flag === 'j' ? (JSON.parse(value) as string) : value);
      }
    } catch {
      this.entries.clear();
    }
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  get(key: string): string | undefined {
    const v = this.entries.get(key);
    if (v !== undefined) this.used.add(key);
    return v;
  }

  set(key: string, value: string): void {
    if (!this.file) return;
    this.entries.set(key, value);
    this.used.add(key);
    this.dirty = true;
  }

  /** Saves the entries this build used (so the cache does not grow without end). */
  async save(): Promise<void> {
    if (!this.file) return;
    if (!this.dirty && this.used.size === this.entries.size) return;
    const keys = [...this.used].sort();
    const entries = this.entries;
    function* lines(): Generator<string> {
      yield HEADER;
      for (const key of keys) {
        const v = entries.get(key);
        if (v === undefined) continue;
        yield /[\n\r\u2028\u2029]/.test(v) ? `${key}\tj${JSON.stringify(v)}` : `${key}\tr${v}`;
      }
    }
    await mkdir(dirname(this.file), { recursive: true });
    await writeAtomicLines(this.file, lines());
  }
}

const HEADER = `digest-cache ${FORMAT}`;

/** The record cache and the digest cache of one output folder. */
export class BuildCache {
  readonly records: StringCache;
  readonly outputs: StringCache;

  constructor(out: string | undefined) {
    this.records = new StringCache(out ? join(out, CACHE_DIR, 'records.tsv') : undefined);
    this.outputs = new StringCache(out ? join(out, CACHE_DIR, 'digests.tsv') : undefined);
  }

  async load(): Promise<void> {
    await Promise.all([this.records.load(), this.outputs.load()]);
  }

  /** The cached record for a key, reported under `path`. */
  record(key: string, path: string): BulletinRecord | undefined {
    const json = this.records.get(key);
    if (json === undefined) return undefined;
    try {
      const record = JSON.parse(json) as BulletinRecord;
      record.source.path = path;
      return record;
    } catch {
      return undefined;
    }
  }

  async save(): Promise<void> {
    await Promise.all([this.records.save(), this.outputs.save()]);
  }
}
