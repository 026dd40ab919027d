/**
 * `digest build [folder]`: parse every bulletin under a folder and write digests into `--out`,
 * or, with `--check`, say which files a build would add, change or remove (exit 1 if any), or,
 * with `--json`, print the whole model.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Io } from './io.js';
import { formatDiagnostic } from './report.js';
import { DigestError } from '../model/errors.js';
import type { Period } from '../model/aggregate.js';
import type { DigestConfig } from '../model/config.js';
import type { Diagnostic } from '../model/types.js';
import type { WriteReport } from '../output/write-files.js';
import { BULLETIN_EXTENSIONS, DEFAULT_MAX_BYTES } from '../load/source.js';

/** Options of the build command, as parsed from argv. */
export interface BuildCommandOptions {
  out?: string;
  template?: string;
  period?: string;
  since?: string;
  until?: string;
  json?: boolean;
  check?: boolean;
  jobs?: number;
  cache?: boolean;
  /** The cache root (default: `defaultCacheRoot`). */
  cacheLocation?: string;
  strict?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  now?: string;
  maxBytes?: number;
}

const PERIODS = ['week', 'month', 'all', 'bulletin'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function usage(message: string): DigestError {
  return new DigestError(message, { code: 'USAGE', exitCode: 2 });
}

/** The "now" templates may print: --now, else SOURCE_DATE_EPOCH, else none (output stays reproducible). */
export function resolveNow(flag: string | undefined, env: Record<string, string | undefined>): string | undefined {
  if (flag) {
    const d = new Date(flag);
    if (Number.isNaN(d.getTime())) throw usage(`--now expects a date or time, got "${flag}"`);
    return d.toISOString();
  }
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw usage(`SOURCE_DATE_EPOCH must be whole seconds, got "${epoch}"`);
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return undefined;
}

/** Whether a text is a date of the calendar written YYYY-MM-DD (no 2026-13-01, no 2026-02-30). */
function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Runs `digest build`; returns the exit code. */
export async function runBuild(folder: string | undefined, options: BuildCommandOptions, config: DigestConfig, io: Io): Promise<number> {
  const period = options.period ?? config.build.period;
  if (period !== undefined && !PERIODS.includes(period)) throw usage(`--period expects one of ${PERIODS.join(', ')}, got "${period}"`);
  for (const [flag, value] of [['--since', options.since], ['--until', options.until]] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw usage(`${flag} expects a date YYYY-MM-DD, got "${value}"`);
  }
  const now = resolveNow(options.now, io.env);
  const input = folder ?? '.';
  const out = options.out ?? config.build.out ?? 'digest';
  const outDir = resolve(io.cwd, out);
  const [templates, { walkBulletins }, writer, { createBuildServices }] = await Promise.all([
    import('../render/templates.js'),
    import('../load/walk.js'),
    import('../output/write-files.js'),
    import('./parallel.js'),
  ]);
  // The template is read here and compiled only if there is something to build.
  const source = await templates.readTemplateSource(options.template ?? config.build.template ?? 'weekly', io.cwd);
  if (!options.json) await writer.refuseLinkedOutput(outDir);
  const inputDir = resolve(io.cwd, input);
  if (inputDir === outDir) throw usage(`the output folder ${out} is the input folder; choose another with --out`);
  // A wrong path or an empty folder is an input problem (exit 1), as "no files matching" is for linters.
  const noBulletins = (why: string): DigestError => new DigestError(`no bulletins found in ${input} (${why})`, { code: 'ENOBULLETINS', exitCode: 1 });
  const walked = await walkBulletins(inputDir, [outDir]).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw noBulletins('no such file or folder');
    throw error;
  });
  if (walked.files.length === 0) throw noBulletins(`no ${[...BULLETIN_EXTENSIONS].join(', ')} files under it`);
  const maxBytes = options.maxBytes ?? config.maxBytes ?? DEFAULT_MAX_BYTES;
  // A build that fails leaves no output folder behind if there was none (the cache made it).
  const outExisted = existsSync(outDir);
  const { defaultCacheRoot, cacheDirOf } = await import('../cache/record-cache.js');
  const cacheRoot = options.cacheLocation ? resolve(io.cwd, options.cacheLocation) : defaultCacheRoot(io.cwd, io.env);
  const services = await createBuildServices({ jobs: options.jobs ?? config.build.jobs, cache: options.cache !== false, readOnly: Boolean(options.json || options.check), out: outDir, cacheDir: cacheDirOf(cacheRoot, outDir), cwd: io.cwd, maxBytes, config });
  try {
    // Nothing changed since the last build (inputs, template, options, version): nothing to do.
    const settings = { template: templates.templateHash(source), period: period ?? null, since: options.since ?? null, until: options.until ?? null, now: now ?? null, out: outDir };
    const state = options.json ? undefined : await services.upToDate(walked.files, settings);
    if (state?.upToDate) return report(state.messages, undefined, state.fileCount, state.bulletins);
    const template = templates.compileTemplate(source.text, source.file, source.name);
    const templateMessages: Message[] = template.warnings.map((diagnostic) => ({ path: source.file, diagnostic }));
    // The executor's threads build the lexicon and registry from the config themselves.
    const [{ buildDigests, streamDigests }, executor] = await Promise.all([import('../build.js'), services.executor()]);
    const showProgress = io.stderrIsTTY && !options.quiet && !io.env['CI'] && !options.json;
    let lastDraw = 0;
    const buildOptions = {
      input,
      out,
      template,
      cwd: io.cwd,
      walked,
      keepRecords: Boolean(options.json),
      ...(period ? { period: period as Period } : {}),
      ...(options.since ? { since: options.since } : {}),
      ...(options.until ? { until: options.until } : {}),
      ...(now ? { now } : {}),
      maxBytes,
      executor,
      onPhase: (name: string, seconds: number) => {
        if (options.verbose) io.stderr(`digest: ${name} ${seconds.toFixed(2)} s (heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB)\n`);
      },
      onProgress: (done: number, total: number) => {
        if (!showProgress) return;
        const t = Date.now();
        if (done !== total && t - lastDraw < 100) return;
        lastDraw = t;
        io.stderr(`\rdigest: parsing ${done}/${total}`);
        if (done === total) io.stderr('\r\u001b[K');
      },
    };
    if (options.json) {
      const plan = await buildDigests(buildOptions);
      const messages: Message[] = [...templateMessages, ...plan.problems.map((p) => ({ path: p.path, diagnostic: p.diagnostic }))];
      printMessages(messages);
      await io.stdout(JSON.stringify({ schemaVersion: 1, period: plan.model.period, records: plan.model.records, periods: plan.model.periods.map((p) => ({ ...p, bulletins: p.bulletins.map((b) => b.source.path) })), groups: plan.model.groups, activity: plan.model.activity }) + '\n');
      return exitOf(messages);
    }
    // Digests are compared with the output as they come, and staged on disk until all are rendered.
    const output = new writer.OutputWriter(outDir, Boolean(options.check));
    let result;
    try {
      result = await streamDigests(buildOptions, (file) => output.add(file));
    } catch (error) {
      await output.abort();
      throw error;
    }
    const messages: Message[] = [...templateMessages, ...result.problems.map((p) => ({ path: p.path, diagnostic: p.diagnostic }))];
    const count = output.digests.length;
    if (options.check) {
      printMessages(messages);
      const diff = await output.differences();
      const stale = [...diff.added.map((f) => `added ${f}`), ...diff.changed.map((f) => `changed ${f}`), ...diff.removed.map((f) => `removed ${f}`)];
      for (const line of stale) await io.stdout(`${line}\n`);
      if (!options.quiet) io.stderr(stale.length === 0 ? `digest: ${out} is up to date (${count} files)\n` : `digest: ${stale.length} of the digests in ${out} would change; run digest build to update them\n`);
      return stale.length > 0 ? 1 : exitOf(messages);
    }
    const t = performance.now();
    const written = await output.commit().catch(async (error: unknown) => {
      await output.abort();
      throw error;
    });
    if (options.verbose) io.stderr(`digest: write ${((performance.now() - t) / 1000).toFixed(2)} s\n`);
    await services.finish(
      { records: result.summaries.map((r) => r.key), digests: result.digestKeys },
      { files: walked.files, settings, digests: output.digests, messages, bulletins: result.selected.length },
    );
    return report(messages, written, count, result.selected.length);
  } catch (error) {
    if (!outExisted) {
      // The threads stop first: a worker still writing into the cache would race the removal.
      await services.close();
      await rm(outDir, { recursive: true, force: true, maxRetries: 3 });
    }
    throw error;
  } finally {
    await services.close();
  }

  function printMessages(messages: Message[]): void {
    if (options.quiet) return;
    for (const m of messages) if (m.diagnostic.severity !== 'info' || options.verbose) io.stderr(formatDiagnostic(m.path, m.diagnostic, io.color) + '\n');
  }

  function exitOf(messages: Message[]): number {
    const failed = messages.some((m) => m.diagnostic.severity === 'error');
    const warned = messages.some((m) => m.diagnostic.severity === 'warning');
    return failed || (options.strict && warned) ? 1 : 0;
  }

  function report(messages: Message[], written: WriteReport | undefined, files: number, bulletins?: number): number {
    printMessages(messages);
    if (options.check) {
      if (!options.quiet) io.stderr(`digest: ${out} is up to date (${files} files)\n`);
      return exitOf(messages);
    }
    if (!options.quiet) {
      const w = written ?? { added: [], changed: [], removed: [], unchanged: Array.from({ length: files }) };
      const n = bulletins ?? walked.files.length;
      io.stderr(`digest: ${n} ${n === 1 ? 'bulletin' : 'bulletins'} → ${files} ${files === 1 ? 'digest' : 'digests'} in ${out} (${w.added.length} added, ${w.changed.length} changed, ${w.removed.length} removed, ${w.unchanged.length} unchanged)\n`);
    }
    return exitOf(messages);
  }
}

/** A diagnostic about one file. */
export interface Message {
  path: string;
  diagnostic: Diagnostic;
}
