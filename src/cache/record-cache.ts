/**
 * The build cache: parsed records keyed by the bulletin's content hash, the digest version, the
 * Node version and the config's lexicon and registry (never mtimes); and rendered digests keyed
 * by the template's text and the data it was given. Each is a folder of entries
 * (`cache/store.ts`) kept where tools keep caches, never in the output folder (which holds only
 * what a person would commit): `node_modules/.cache/digest/` of the package the build runs in,
 * else the user's cache folder. An entry that is corrupt or from another version is never
 * found, and entries a build did not use are removed after it.
 */
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sha256Hex } from './hash.js';

export { sha256Hex } from './hash.js';

/** The cache folder older versions kept inside the output folder; a build removes it. */
export const LEGACY_CACHE_DIR = '.digest-cache';

/**
 * Where builds keep their caches when `--cache-location` does not say: `node_modules/.cache/digest`
 * of the nearest folder upward from `cwd` with a package.json, else `$XDG_CACHE_HOME/digest`, else
 * the platform's user cache folder.
 */
export function defaultCacheRoot(cwd: string, env: Record<string, string | undefined>, platform: string = process.platform): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'node_modules', '.cache', 'digest');
    if (dirname(dir) === dir) break;
  }
  if (env['XDG_CACHE_HOME']) return join(env['XDG_CACHE_HOME'], 'digest');
  const home = env['HOME'] ?? env['USERPROFILE'] ?? homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'digest');
  if (platform === 'win32') return join(env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'digest', 'Cache');
  return join(home, '.cache', 'digest');
}

/** The cache folder of one output folder under a cache root: builds into other folders keep theirs. */
export function cacheDirOf(root: string, out: string): string {
  return join(root, createHash('sha256').update(resolve(out)).digest('hex').slice(0, 16));
}

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

/** The folders of the record store and the digest cache, and the file of the last build's state, in a cache folder. */
export function cacheFolders(dir: string): { records: string; digests: string; state: string } {
  return { records: join(dir, 'records'), digests: join(dir, 'digests'), state: join(dir, 'build.json') };
}

/** Removes the cache folder older versions kept in the output folder. */
export function removeLegacyCache(out: string): void {
  rmSync(join(out, LEGACY_CACHE_DIR), { recursive: true, force: true });
}
