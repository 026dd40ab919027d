/**
 * `digest parse [files…|-]`: one JSON record per bulletin on stdout (JSON Lines), problems on
 * stderr as `file:line:column severity message`. Every file is parsed even when others fail.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { BULLETIN_EXTENSIONS } from '../load/source.js';
import { BOUNDED_FROM, parseBounded, type BoundedSetup } from '../parallel/bounded.js';
import type { Io } from './io.js';
import { formatDiagnostic } from './report.js';
import { DigestError } from '../model/errors.js';
import type { DigestConfig } from '../model/config.js';
import type { ParseOptions } from '../pipeline.js';

/** The config's lexicon additions and registry, as a parse in this process or in a bounded thread takes them. */
function parseConfigOf(config: DigestConfig | undefined, builtinRegistry: boolean, explain: boolean): BoundedSetup {
  const registry = config?.registry ?? { bodies: [], organizations: [] };
  return { lexicon: config?.lexicon ?? {}, registry: { ...registry, builtin: builtinRegistry && registry.builtin !== false }, explain };
}

async function parseOptionsOf(setup: BoundedSetup): Promise<ParseOptions> {
  const [{ createLexicon }, { createRegistry }] = await Promise.all([import('../lexicon/index.js'), import('../registry/index.js')]);
  return { lexicon: createLexicon(setup.lexicon), registry: createRegistry(setup.registry) };
}

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
}

/** Runs `digest parse`; returns the exit code. */
export async function runParse(files: string[], options: ParseCommandOptions, io: Io, config?: DigestConfig): Promise<number> {
  const { parseBulletin } = await import('../pipeline.js');
  const setup = parseConfigOf(config, options.registry !== false, options.explain === true);
  const parseOptions = { ...(config || options.registry === false ? await parseOptionsOf(setup) : {}), explain: setup.explain };
  const { readSourceSync, readStream, DEFAULT_MAX_BYTES } = await import('../load/source.js');
  const maxBytes = options.maxBytes ?? config?.maxBytes ?? DEFAULT_MAX_BYTES;
  const given = files.length === 0 ? ['-'] : files;
  let failed = false;
  let warned = false;
  const inputs: string[] = [];
  // Folders are walked as `digest build` walks them: recursively, bulletin files only, in a stable order.
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
  const out = new BatchedOutput(io);
  for (const file of inputs) {
    try {
      if (file === '-' && io.stdinIsTTY) {
        io.stderr('digest: reading a bulletin from standard input, but it is a terminal; pipe a file in or name files (digest parse FILE…)\n');
        await out.flush();
        return 2;
      }
      // Files are read at once (no stat and await per file: most bulletins are a few kilobytes).
      const source = file === '-' ? await readStream(io.stdin(), '<stdin>', maxBytes) : readSourceSync(resolve(io.cwd, file), maxBytes, file);
      // A big bulletin is parsed in a thread whose memory is bounded by its size.
      const record = source.bytes.length >= BOUNDED_FROM ? await parseBounded(source, setup) : await parseBulletin(source, parseOptions);
      // A binary file is skipped: no record, a warning.
      if (!record.diagnostics.some((d) => d.rule === 'binary-file')) await out.write(JSON.stringify(record, null, options.pretty ? 2 : undefined) + '\n');
      for (const d of record.diagnostics) {
        if (d.severity === 'error') failed = true;
        if (d.severity === 'warning') warned = true;
        if (!options.quiet && d.severity !== 'info') io.stderr(formatDiagnostic(source.path, d, io.color) + '\n');
      }
    } catch (error) {
      if (error instanceof DigestError) {
        if (error.code === 'ETOOBIG') {
          io.stderr(`${error.message.replace(' error ', ' warning ')}; skipped\n`);
          warned = true;
        } else {
          io.stderr(`${error.message}\n`);
          failed = true;
        }
        continue;
      }
      // What was parsed before an unexpected failure still reaches stdout.
      await out.flush();
      throw error;
    }
  }
  await out.flush();
  return failed || (options.strict && warned) ? 1 : 0;
}
