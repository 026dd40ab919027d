/**
 * A folder of cache entries, one file per entry, named by a hash of its key: any thread may read
 * and write it without loading the rest, and a build holds in memory only what it is using.
 * Writes go to a temporary file and are renamed into place, so a reader sees a whole entry or
 * none; each entry starts with the hash of its value, so a damaged one is never used; an entry
 * that cannot be read or written is simply not cached.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from './hash.js';

/** The file name of a key: its hash, so any key is a safe name. */
export function entryName(key: string): string {
  return /^[0-9a-f]{64}$/.test(key) ? key : sha256Hex(key);
}

/** Numbers this thread's temporary files (with the process and thread, a name no other writer uses). */
let written = 0;

/** Strings by key, one file each in `dir`. */
export class FolderStore {
  private made = false;
  private listed: Set<string> | undefined;

  /** `readAlso`: a folder read when an entry is not in `dir` (a cache used but not written). */
  constructor(readonly dir: string, private readonly readAlso?: string) {}

  get(key: string): string | undefined {
    const name = entryName(key);
    for (const dir of this.readAlso ? [this.dir, this.readAlso] : [this.dir]) {
      let text: string;
      try {
        text = readFileSync(join(dir, name), 'utf8');
      } catch {
        continue;
      }
      // The first line is the hash of the rest: a damaged entry is not an entry.
      const value = text.slice(65);
      if (text[64] === '\n' && text.slice(0, 64) === sha256Hex(value)) return value;
    }
    return undefined;
  }

  set(key: string, value: string): void {
    const file = join(this.dir, entryName(key));
    const tmp = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
    const text = `${sha256Hex(value)}\n${value}`;
    try {
      if (!this.made) {
        mkdirSync(this.dir, { recursive: true });
        this.made = true;
      }
      try {
        writeFileSync(tmp, text, { flag: 'wx' });
      } catch {
        // The folder may have been removed meanwhile (another build's clean-up): once more.
        mkdirSync(this.dir, { recursive: true });
        writeFileSync(tmp, text, { flag: 'wx' });
      }
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /**
   * Whether an entry may be there: the names found when first asked (one listing instead of a
   * failed open per key); entries written later by any thread are not known to it.
   */
  mayHave(key: string): boolean {
    if (!this.listed) {
      this.listed = new Set();
      for (const dir of this.readAlso ? [this.dir, this.readAlso] : [this.dir]) {
        try {
          for (const name of readdirSync(dir)) this.listed.add(name);
        } catch {
          // no folder yet: nothing cached
        }
      }
    }
    return this.listed.has(entryName(key));
  }

  /** Removes every entry whose key is not in `keep` (so the cache does not grow without end). */
  prune(keep: Iterable<string>): void {
    const names = new Set<string>();
    for (const key of keep) names.add(entryName(key));
    let entries: string[];
    try {
      entries = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of entries) {
      // Another build's temporary file is its own business.
      if (name.endsWith('.tmp') || names.has(name)) continue;
      rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Removes the whole folder. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
