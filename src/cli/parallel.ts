/**
 * The `parseMany` a build uses from the CLI: the worker pool (`--jobs`) and the parse cache
 * (`--no-cache` turns it off; `--check` and `--json` read it but never write it).
 */
import { join } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import type { FileProblem } from '../build.js';
import type { DigestConfig } from '../model/config.js';
import { version } from './main.js';

/** How to parse many files. */
export interface ParallelOptions {
  jobs: number | undefined;
  cache: boolean;
  /** Receives the function that saves the cache; the build calls it once its digests are written. */
  onCacheReady?: (save: () => Promise<void>) => void;
  out: string;
  config: DigestConfig;
}

/** A `parseMany` for `buildDigests`. */
export function parseManyInWorkers(options: ParallelOptions) {
  return async (paths: string[], base: { cwd: string; maxBytes: number }, onDone: () => void): Promise<Array<BulletinRecord | FileProblem>> => {
    const [{ parseFiles, defaultJobs }, { RecordCache, cacheSalt, CACHE_FILE }, { displayPath }] = await Promise.all([
      import('../parallel/pool.js'),
      import('../cache/record-cache.js'),
      import('../build.js'),
    ]);
    const cache = new RecordCache(options.cache ? join(options.out, CACHE_FILE) : undefined);
    await cache.load();
    const salt = cacheSalt({ version: version(), config: { lexicon: options.config.lexicon, registry: options.config.registry } });
    const files = paths.map((p): [string, string] => [p, displayPath(p, base.cwd)]);
    const results = await parseFiles(
      files,
      { cwd: base.cwd, maxBytes: base.maxBytes, lexicon: options.config.lexicon, registry: options.config.registry, salt, cachedKeys: cache.keys() },
      options.jobs ?? defaultJobs(),
      (n) => {
        for (let i = 0; i < n; i++) onDone();
      },
    );
    const out: Array<BulletinRecord | FileProblem> = [];
    for (const r of results) {
      if (r.kind === 'problem') out.push({ path: r.path, diagnostic: r.diagnostic });
      else if (r.kind === 'record') {
        cache.set(r.key, r.json);
        out.push(JSON.parse(r.json) as BulletinRecord);
      } else {
        const hit = cache.get(r.key, r.path);
        if (hit) out.push(hit);
      }
    }
    options.onCacheReady?.(() => cache.save());
    return out;
  };
}
