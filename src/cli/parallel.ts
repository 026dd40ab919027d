/**
 * Parsing many files for a build. For now one at a time in this thread; the options carry what
 * a worker pool and a cache need.
 */
import type { BulletinRecord } from '../model/types.js';
import type { FileProblem } from '../build.js';
import type { DigestConfig } from '../model/config.js';

/** How to parse many files. */
export interface ParallelOptions {
  jobs: number | undefined;
  cache: boolean;
  out: string;
  configFile: string | undefined;
  config: DigestConfig;
}

/** A `parseMany` for `buildDigests`. */
export function parseManyInWorkers(options: ParallelOptions) {
  return async (paths: string[], base: { cwd: string; maxBytes: number }, onDone: () => void): Promise<Array<BulletinRecord | FileProblem>> => {
    const [{ parseSequentially }, { createLexicon }, { createRegistry }] = await Promise.all([import('../build.js'), import('../lexicon/index.js'), import('../registry/index.js')]);
    return parseSequentially(paths, { ...base, lexicon: createLexicon(options.config.lexicon), registry: createRegistry(options.config.registry) }, onDone);
  };
}
