/**
 * The build cache: parsed records keyed by the bulletin's content hash, the digest version, the
 * Node version and the config's lexicon and registry (never mtimes); and rendered digests keyed
 * by the template's text and the data it was given. Each is a folder of entries
 * (`cache/store.ts`) in a dot-folder of the output folder; an entry that is corrupt or from
 * another version is never found, and entries a build did not use are removed after it.
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { sha256Hex } from './hash.js';

export { sha256Hex } from './hash.js';

/** The cache folder, inside the output folder (a dot-folder: never walked, never a digest). */
export const CACHE_DIR = '.digest-cache';

/** The cache format: part of every key, so entries of another format are never read. */
const FORMAT = 2;

/** The part of a record key that is the same for every file of a build. */
export function cacheSalt(parts: { version: string; config: unknown }): string {
  return sha256Hex(JSON.stringify([FORMAT, parts.version, process.version, parts.config ?? null])).slice(0, 16);
}

/** The key of one file: its content hash, its format and the salt. */
export function cacheKey(sha256: string, salt: string, format: string): string {
  return `${salt}:${format}:${sha256}`;
}

/** The folders of the record store and the digest cache of an output folder. */
export function cacheFolders(out: string): { records: string; digests: string } {
  return { records: join(out, CACHE_DIR, 'records'), digests: join(out, CACHE_DIR, 'digests') };
}

/** Removes the single-file caches of format 1, which nothing reads any more. */
export function removeOldCacheFiles(out: string): void {
  for (const name of ['records.tsv', 'digests.tsv']) rmSync(join(out, CACHE_DIR, name), { force: true });
}
