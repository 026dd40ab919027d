/**
 * What a build from the CLI runs on: the worker pool (`--jobs`) for parsing and normalising, and
 * the build cache (`--no-cache` turns it off). The cache is saved only after the digests are
 * written, so `--check`, `--json` and failed builds leave it as it was.
 */
import { join } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import type { FileProblem, PlannedFile } from '../build.js';
import type { Message } from './build-command.js';
import { readFileSync } from 'node:fs';
import { readFile, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
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
  /** Whether the last build had the same inputs and settings and its digests are still there. */
  upToDate: (files: string[], settings: object) => Promise<{ upToDate: boolean; messages: Message[]; fileCount: number; bulletins: number }>;
  /** Records this build's inputs, settings and digests for the next `upToDate`. */
  saveState: (files: string[], settings: object, digests: PlannedFile[], messages: Message[], bulletins: number) => Promise<void>;
  close: () => Promise<void>;
}

interface BuildState {
  format: number;
  fingerprint: string;
  digests: Array<[string, string]>;
  messages: Message[];
  bulletins: number;
}

/** Starts the services of one build. */
export async function createBuildServices(options: ServiceOptions): Promise<BuildServices> {
  const [{ WorkerPool, defaultJobs }, { BuildCache, cacheSalt, sha256Hex }, { displayPath }, { writeAtomic }] = await Promise.all([
    import('../parallel/pool.js'),
    import('../cache/record-cache.js'),
    import('../build.js'),
    import('../output/write-files.js'),
  ]);
  const cache = new BuildCache(options.cache ? options.out : undefined);
  await cache.load();
  const salt = cacheSalt({ version: version(), config: { lexicon: options.config.lexicon, registry: options.config.registry } });
  const pool = new WorkerPool(
    { cwd: options.cwd, maxBytes: options.maxBytes, lexicon: options.config.lexicon, registry: options.config.registry, salt, cachedKeys: cache.records.keys() },
    options.jobs ?? defaultJobs(),
  );
  const stateFile = join(options.out, '.digest-cache', 'build.json');
  const fingerprint = (files: string[], settings: object): string => {
    const inputs = files.map((f) => [displayPath(f, options.cwd), sha256Hex(readFileSync(resolve(options.cwd, f)))]);
    inputs.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
    return sha256Hex(JSON.stringify([version(), salt, settings, inputs]));
  };
  let lastFingerprint: string | undefined;
  return {
    upToDate: async (files, settings) => {
      const no = { upToDate: false, messages: [], fileCount: 0, bulletins: 0 };
      if (!options.cache) return no;
      let state: BuildState;
      try {
        state = JSON.parse(await readFile(stateFile, 'utf8')) as BuildState;
      } catch {
        return no;
      }
      try {
        lastFingerprint = fingerprint(files, settings);
      } catch {
        return no;
      }
      if (state.format !== 1 || state.fingerprint !== lastFingerprint || !Array.isArray(state.digests)) return no;
      for (const [path, sha] of state.digests) {
        try {
          if (sha256Hex(readFileSync(join(options.out, path))) !== sha) return no;
        } catch {
          return no;
        }
      }
      return { upToDate: true, messages: Array.isArray(state.messages) ? state.messages : [], fileCount: state.digests.length, bulletins: Number(state.bulletins) || 0 };
    },
    saveState: async (files, settings, digests, messages, bulletins) => {
      if (!options.cache) return;
      let print: string;
      try {
        print = lastFingerprint ?? fingerprint(files, settings);
      } catch {
        return;
      }
      const state: BuildState = { format: 1, fingerprint: print, digests: digests.map((d) => [d.path, sha256Hex(d.content)]), messages, bulletins };
      await mkdir(join(options.out, '.digest-cache'), { recursive: true });
      await writeAtomic(stateFile, JSON.stringify(state));
    },
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
