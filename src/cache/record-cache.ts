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
import { writeAtomic } from '../output/write-files.js';

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

/** Strings by key, loaded from and saved to one JSON file; only entries used are saved. */
export class StringCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(private readonly file: string | undefined) {}

  /** Loads the file; anything wrong with it means an empty cache. */
  async load(): Promise<void> {
    if (!this.file) return;
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as { format?: unknown; entries?: unknown };
      if (data.format !== FORMAT || !data.entries || typeof data.entries !== 'object') return;
      for (const [k, v] of Object.entries(data.entries as Record<string, unknown>)) if (typeof v === 'string') this.entries.set(k, v);
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
    this.entries.set(key, value);
    this.used.add(key);
    this.dirty = true;
  }

  /** Saves the entries this build used (so the cache does not grow without end). */
  async save(): Promise<void> {
    if (!this.file) return;
    if (!this.dirty && this.used.size === this.entries.size) return;
    const entries: Record<string, string> = {};
    for (const key of [...this.used].sort()) {
      const v = this.entries.get(key);
      if (v !== undefined) entries[key] = v;
    }
    await mkdir(dirname(this.file), { recursive: true });
    await writeAtomic(this.file, JSON.stringify({ format: FORMAT, entries }));
  }
}

/** The record cache and the digest cache of one output folder. */
export class BuildCache {
  readonly records: StringCache;
  readonly outputs: StringCache;

  constructor(out: string | undefined) {
    this.records = new StringCache(out ? join(out, CACHE_DIR, 'records.json') : undefined);
    this.outputs = new StringCache(out ? join(out, CACHE_DIR, 'digests.json') : undefined);
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
