/**
 * The parse cache: records keyed by the bulletin's content hash, the digest version, the Node
 * version and the config's lexicon and registry (never mtimes). Stored as one JSON file under the
 * output folder; a corrupt or stale cache is discarded silently. Records are stored without their
 * path, so a moved file still hits.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import { writeAtomic } from '../output/write-files.js';

/** Where the cache lives, inside the output folder (a dot-folder: never walked, never a digest). */
export const CACHE_FILE = join('.digest-cache', 'records.json');

/** The cache format; a file of another format is ignored. */
const FORMAT = 1;

/** The part of the key that is the same for every file of a build. */
export function cacheSalt(parts: { version: string; config: unknown }): string {
  return createHash('sha256').update(JSON.stringify([FORMAT, parts.version, process.version, parts.config ?? null])).digest('hex').slice(0, 16);
}

/** The key of one file: its content hash and the salt. */
export function cacheKey(sha256: string, salt: string, format: string): string {
  return `${salt}:${format}:${sha256}`;
}

/** An in-memory cache, loaded from and saved to the output folder. */
export class RecordCache {
  private readonly entries = new Map<string, string>();
  private readonly used = new Set<string>();
  private dirty = false;

  constructor(private readonly file: string | undefined) {}

  /** Loads the cache file; anything wrong with it means an empty cache. */
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

  /** The keys present, for workers to check against. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** The cached record for a key, with the path it is reported under now. */
  get(key: string, path: string): BulletinRecord | undefined {
    const json = this.entries.get(key);
    if (json === undefined) return undefined;
    try {
      const record = JSON.parse(json) as BulletinRecord;
      record.source.path = path;
      this.used.add(key);
      return record;
    } catch {
      this.entries.delete(key);
      return undefined;
    }
  }

  /** Stores a record (its JSON) under a key. */
  set(key: string, recordJson: string): void {
    this.entries.set(key, recordJson);
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
