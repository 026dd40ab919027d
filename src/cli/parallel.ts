/**
 * What a build from the CLI runs on: the worker pool (`--jobs`) and the build cache
 * (`--cache-location` moves it, `--no-cache` turns it off). Records go into the cache's record folder (or, without a cache,
 * a temporary folder removed after the build); `--check` and `--json` read the cache but write
 * to a temporary folder, so they leave it as it was. Entries a successful build did not use are
 * removed after it.
 */
import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { readFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Message } from './build-command.js';
import type { DigestConfig } from '../model/config.js';
import type { BuildExecutor } from '../parallel/pool.js';
import { buildVersion, version } from './main.js';
import { pendingTemporaryFolders } from '../output/pending.js';

/** How to run a build. */
export interface ServiceOptions {
  jobs: number | undefined;
  cache: boolean;
  /** Read the cache but leave it as it is (--check, --json). */
  readOnly: boolean;
  out: string;
  /** This output folder's cache folder (`cacheDirOf`). */
  cacheDir: string;
  cwd: string;
  maxBytes: number;
  config: DigestConfig;
}

/** The services of one build, and what to do after. */
export interface BuildServices {
  /** The worker pool and record store, started on first call. */
  executor: () => Promise<BuildExecutor>;
  /** Whether the last build had the same inputs and settings and its digests are still there. */
  upToDate: (files: string[], settings: object) => Promise<{ upToDate: boolean; messages: Message[]; fileCount: number; bulletins: number }>;
  /** After a successful build: drops cache entries it did not use and records its state for the next `upToDate`. */
  finish: (used: { records: string[]; digests: string[] }, state: { files: string[]; settings: object; digests: Array<[string, string]>; messages: Message[]; bulletins: number }) => Promise<void>;
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
  // Only what the up-to-date check needs is loaded here; the parser and renderers come with the executor.
  const [{ cacheSalt, cacheFolders, removeLegacyCache }, { sha256Hex }, { FolderStore }, { displayPath }, { writeAtomic }] = await Promise.all([
    import('../cache/record-cache.js'),
    import('../cache/hash.js'),
    import('../cache/store.js'),
    import('../load/paths.js'),
    import('../output/write-files.js'),
  ]);
  const salt = cacheSalt({ version: buildVersion(), config: { lexicon: options.config.lexicon, registry: options.config.registry } });
  const folders = cacheFolders(options.cacheDir);
  const writeCache = options.cache && !options.readOnly;
  let scratch: string | undefined;
  let pool: BuildExecutor | undefined;
  const executor = async (): Promise<BuildExecutor> => {
    if (pool) return pool;
    const { WorkerPool, defaultJobs } = await import('../parallel/pool.js');
    scratch = writeCache ? undefined : await mkdtemp(join(tmpdir(), 'digest-records-'));
    if (scratch) pendingTemporaryFolders.add(scratch);
    pool = new WorkerPool(
      {
        cwd: options.cwd,
        maxBytes: options.maxBytes,
        lexicon: options.config.lexicon,
        registry: options.config.registry,
        salt,
        records: scratch ?? folders.records,
        ...(scratch && options.cache ? { recordsReadOnly: folders.records } : {}),
        ...(writeCache ? { digests: folders.digests } : {}),
      },
      options.jobs ?? defaultJobs(),
    );
    return pool;
  };
  const stateFile = folders.state;
  const fingerprint = (files: string[], settings: object): string => {
    const inputs = files.map((f) => [displayPath(f, options.cwd), sha256Hex(readFileSync(resolve(options.cwd, f)))]);
    inputs.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
    return sha256Hex(JSON.stringify([version(), salt, settings, inputs]));
  };
  let lastFingerprint: string | undefined;
  return {
    executor,
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
    finish: async (used, state) => {
      if (!writeCache) return;
      new FolderStore(folders.records).prune(used.records);
      new FolderStore(folders.digests).prune(used.digests);
      removeLegacyCache(options.out);
      let print: string;
      try {
        print = lastFingerprint ?? fingerprint(state.files, state.settings);
      } catch {
        return;
      }
      const saved: BuildState = { format: 1, fingerprint: print, digests: state.digests, messages: state.messages, bulletins: state.bulletins };
      await mkdir(options.cacheDir, { recursive: true });
      await writeAtomic(stateFile, JSON.stringify(saved));
    },
    // Safe to call twice (a failed build stops the threads before removing its output).
    close: async () => {
      await pool?.close();
      if (scratch) {
        await rm(scratch, { recursive: true, force: true });
        pendingTemporaryFolders.delete(scratch);
      }
    },
  };
}
