/**
 * `digest parse [files…|-]`: one JSON record per bulletin on stdout (JSON Lines), problems on
 * stderr as `file:line:column severity message`. Every file is parsed even when others fail.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { BULLETIN_EXTENSIONS } from '../load/source.js';
import type { Io } from './io.js';
import { formatDiagnostic } from './report.js';
import type { DigestConfig } from '../model/config.js';
import type { ParseSetup, PrintedFile } from '../parallel/parse-files.js';
import { MIN_ITEMS_FOR_THREADS, defaultJobs } from '../parallel/jobs.js';

/** The bulletins under a folder, or undefined when the path is no folder (a file, or nothing: reading it reports that). */
async function bulletinsIn(path: string): Promise<{ files: string[]; warnings: Array<{ path: string; message: string }> } | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return undefined;
  const { walkBulletins } = await import('../load/walk.js');
  return walkBulletins(path);
}

/** A path as a user in `cwd` would write it. */
function relativeTo(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Records go to stdout in batches of about 64 KB, not one awaited write per record. */
class BatchedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly io: Io) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 65536) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.io.stdout(text);
  }
}

/**
 * The garbage at which a parse in this thread collects: a little more than a build's. A parse makes
 * more short-lived garbage per file, and below this bound forced collections come after nearly
 * every file and cost more time than they save memory.
 */
const PARSE_GARBAGE_BOUND = 32 * 1024 * 1024;

/** Options of the parse command. */
export interface ParseCommandOptions {
  pretty?: boolean;
  maxBytes?: number;
  quiet?: boolean;
  strict?: boolean;
  /** Add debug-only `rule` fields (which extraction rule produced each value). */
  explain?: boolean;
  /** `false` switches the built-in registry off. */
  registry?: boolean;
  /** Threads to parse on (default: the number of cores); records are printed in input order whatever it is. */
  jobs?: number;
}

/** The paths to parse: files as given, folders walked as `digest build` walks them (recursively, bulletin files only, in a stable order). */
async function inputsOf(given: string[], io: Io): Promise<{ inputs: string[]; failed: boolean }> {
  const inputs: string[] = [];
  let failed = false;
  for (const file of given) {
    const found = file === '-' ? undefined : await bulletinsIn(resolve(io.cwd, file));
    if (found === undefined) {
      inputs.push(file);
      continue;
    }
    for (const w of found.warnings) io.stderr(`${relativeTo(io.cwd, w.path)}:1:1 warning ${w.message}\n`);
    if (found.files.length === 0) {
      io.stderr(`digest: no bulletins found in ${file} (looked for ${[...BULLETIN_EXTENSIONS].join(', ')} files)\n`);
      failed = true;
    }
    for (const f of found.files) inputs.push(relativeTo(io.cwd, f));
  }
  return { inputs, failed };
}

/** Runs `digest parse`; returns the exit code. */
export async function runParse(files: string[], options: ParseCommandOptions, io: Io, config?: DigestConfig): Promise<number> {
  const { DEFAULT_MAX_BYTES } = await import('../load/source.js');
  const registry = config?.registry ?? { bodies: [], organizations: [] };
  const setup: ParseSetup = {
    cwd: io.cwd,
    maxBytes: options.maxBytes ?? config?.maxBytes ?? DEFAULT_MAX_BYTES,
    lexicon: config?.lexicon ?? {},
    registry: { ...registry, builtin: options.registry !== false && registry.builtin !== false },
    // `digest parse` keeps no record store.
    salt: '',
    records: '',
  };
  const print = { pretty: options.pretty === true, explain: options.explain === true };
  const { inputs, failed: noneFound } = await inputsOf(files.length === 0 ? ['-'] : files, io);
  let failed = noneFound;
  let warned = false;
  const out = new BatchedOutput(io);
  const take = async (file: PrintedFile): Promise<void> => {
    if ('error' in file) {
      if (file.error.code === 'ETOOBIG') {
        io.stderr(`${file.error.message.replace(' error ', ' warning ')}; skipped\n`);
        warned = true;
      } else {
        io.stderr(`${file.error.message}\n`);
        failed = true;
      }
      return;
    }
    if (file.json !== undefined) await out.write(file.json + '\n');
    for (const d of file.diagnostics) {
      if (d.severity === 'error') failed = true;
      if (d.severity === 'warning') warned = true;
      if (!options.quiet && d.severity !== 'info') io.stderr(formatDiagnostic(file.path, d, io.color) + '\n');
    }
  };
  // Standard input is read in this thread, in its place among the files.
  const jobs = inputs.includes('-') ? 1 : (options.jobs ?? config?.build.jobs ?? defaultJobs());
  try {
    if (jobs > 1 && inputs.length >= MIN_ITEMS_FOR_THREADS) {
      const { WorkerPool } = await import('../parallel/pool.js');
      const pool = new WorkerPool(setup, jobs);
      try {
        for await (const file of pool.print(inputs.map((f) => [f, f]), print)) await take(file);
      } finally {
        await pool.close();
      }
    } else {
      const [{ FileParser }, { relieveMemory }] = await Promise.all([import('../parallel/parse-files.js'), import('../parallel/memory.js')]);
      const parser = new FileParser(setup);
      for (const file of inputs) {
        if (file !== '-') {
          await take(await parser.print(file, file, print));
          // Memory follows what a parse holds, not how many files came before.
          relieveMemory(PARSE_GARBAGE_BOUND);
          continue;
        }
        if (io.stdinIsTTY) {
          io.stderr('digest: reading a bulletin from standard input, but it is a terminal; pipe a file in or name files (digest parse FILE…)\n');
          await out.flush();
          return 2;
        }
        await take(await parser.printStream(io.stdin(), '<stdin>', print));
      }
    }
  } finally {
    // What was parsed before an unexpected failure still reaches stdout.
    await out.flush();
  }
  return failed || (options.strict && warned) ? 1 : 0;
}
