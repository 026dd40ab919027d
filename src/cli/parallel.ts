/**
 * What a build from the CLI runs on: the worker pool (`--jobs`) for parsing and normalising, and
 * the build cache (`--no-cache` turns it off). The cache is saved only after the digests are
 * written, so `--check`, `--json` and failed builds leave it as it was.
 */
import { join } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import type { FileProblem } from '../build.js';
import type { DigestConfig } from '../model/config.js';
import { version } from './main.js';

/** How to run a build. */
export interface ServiceOptions {
  jobs: number | undefined;
  cache: boolean;
  out: string;
  cwd: string;
  maxBytes: number;
  config: DigestConfig;
}

/** The services handed to `buildDigests`, and what to do after. */
export interface BuildServices {
  parseMany: (paths: string[], base: { cwd: string; maxBytes: number }, onDone: () => void) => Promise<Array<BulletinRecord | FileProblem>>;
  normalizeMany: (texts: string[]) => Promise<string[]>;
  outputCache: { get: (key: string) => string | undefined; set: (key: string, value: string) => void };
  saveCache: () => Promise<void>;
  close: () => Promise<void>;
}

/** Starts the services of one build. */
export async function createBuildServices(options: ServiceOptions): Promise<BuildServices> {
  const [{ WorkerPool, defaultJobs }, { BuildCache, cacheSalt }, { displayPath }] = await Promise.all([import('../parallel/pool.js'), import('../cache/record-cache.js'), import('../build.js')]);
  const cache = new BuildCache(options.cache ? options.out : undefined);
  await cache.load();
  const salt = cacheSalt({ version: version(), config: { lexicon: options.config.lexicon, registry: options.config.registry } });
  const pool = new WorkerPool(
    { cwd: options.cwd, maxBytes: options.maxBytes, lexicon: options.config.lexicon, registry: options.config.registry, salt, cachedKeys: cache.records.keys() },
    options.jobs ?? defaultJobs(),
  );
  return {
    parseMany: async (paths, base, onDone) => {
      const files = paths.map((p): [string, string] => [p, displayPath(p, base.cwd)]);
      const results = await pool.parse(files, (n) => {
        for (let i = 0; i < n; i++) onDone();
      });
      const out: Array<BulletinRecord | FileProblem> = [];
      for (const r of results) {
        if (r.kind === 'problem') out.push({ path: r.path, diagnostic: r.diagnostic });
        else if (r.kind === 'record') {
          cache.records.set(r.key, r.json);
          out.push(JSON.parse(r.json) as BulletinRecord);
        } else {
          const hit = cache.record(r.key, r.path);
          if (hit) out.push(hit);
        }
      }
      return out;
    },
    normalizeMany: (texts) => pool.normalize(texts),
    outputCache: cache.outputs,
    saveCache: () => cache.save(),
    close: () => pool.close(),
  };
}

/** The cache folder under an output folder. */
export function cacheFolder(out: string): string {
  return join(out, '.digest-cache');
}
