/**
 * A folder of cache entries, one file per entry, named by a hash of its key: any thread may read
 * and write it without loading the rest, and a build holds in memory only what it is using.
 * Entries sit in 16 subfolders by the first character of their name (`a/a3f…`): threads that
 * create files in one folder at the same time wait on each other in the file system (ext4 locks
 * a folder while it adds a name), in sixteen they rarely meet.
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

/** The subfolder of an entry: the first character of its name. */
export function shardOf(name: string): string {
  return name.slice(0, 1);
}

/** The subfolder names: one hexadecimal digit. */
const SHARD = /^[0-9a-f]$/;

/** Numbers this thread's temporary files (with the process and thread, a name no other writer uses). */
let written = 0;

/** Strings by key, one file each in a subfolder of `dir`. */
export class FolderStore {
  private listed: Set<string> | undefined;

  /** `readAlso`: a folder read when an entry is not in `dir` (a cache used but not written). */
  constructor(readonly dir: string, private readonly readAlso?: string) {}

  get(key: string): string | undefined {
    const name = entryName(key);
    for (const dir of this.readAlso ? [this.dir, this.readAlso] : [this.dir]) {
      let text: string;
      try {
        text = readFileSync(join(dir, shardOf(name), name), 'utf8');
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
    const name = entryName(key);
    const folder = join(this.dir, shardOf(name));
    const file = join(folder, name);
    const tmp = `${file}.${process.pid}-${threadId}-${written++}.tmp`;
    const text = `${sha256Hex(value)}\n${value}`;
    try {
      try {
        writeFileSync(tmp, text, { flag: 'wx' });
      } catch {
        // No subfolder yet, or it was removed meanwhile (another build's clean-up): once more.
        mkdirSync(folder, { recursive: true });
        writeFileSync(tmp, text, { flag: 'wx' });
      }
      renameSync(tmp, file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }

  /** The subfolders of a store folder (none if it is missing). */
  private static shards(dir: string): string[] {
    try {
      return readdirSync(dir).filter((n) => SHARD.test(n));
    } catch {
      return [];
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
        for (const shard of FolderStore.shards(dir)) {
          try {
            for (const name of readdirSync(join(dir, shard))) this.listed.add(name);
          } catch {
            // removed meanwhile: nothing cached there
          }
        }
      }
    }
    return this.listed.has(entryName(key));
  }

  /**
   * Removes every entry whose key is not in `keep` (so the cache does not grow without end), and
   * files of older layouts beside the subfolders. Another build's temporary files are its own business.
   */
  prune(keep: Iterable<string>): void {
    const names = new Set<string>();
    for (const key of keep) names.add(entryName(key));
    let top: string[];
    try {
      top = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of top) {
      if (SHARD.test(name) || name.endsWith('.tmp')) continue;
      rmSync(join(this.dir, name), { recursive: true, force: true });
    }
    for (const shard of FolderStore.shards(this.dir)) {
      let entries: string[];
      try {
        entries = readdirSync(join(this.dir, shard));
      } catch {
        continue;
      }
      for (const name of entries) {
        if (name.endsWith('.tmp') || names.has(name)) continue;
        rmSync(join(this.dir, shard, name), { force: true });
      }
    }
  }

  /** Removes the whole folder. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
