/**
 * `digest build [folder]`: parse every bulletin under a folder and write digests into `--out`,
 * or, with `--check`, say which files a build would add, change or remove (exit 1 if any), or,
 * with `--json`, print the whole model.
 */
import { resolve } from 'node:path';
import type { Io } from './io.js';
import { formatDiagnostic } from './report.js';
import { DigestError } from '../model/errors.js';
import type { Period } from '../model/aggregate.js';
import type { DigestConfig } from '../model/config.js';
import { DEFAULT_MAX_BYTES } from '../load/source.js';

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

/** Runs `digest build`; returns the exit code. */
export async function runBuild(folder: string | undefined, options: BuildCommandOptions, config: DigestConfig, io: Io): Promise<number> {
  const period = options.period ?? config.build.period;
  if (period !== undefined && !PERIODS.includes(period)) throw usage(`--period expects one of ${PERIODS.join(', ')}, got "${period}"`);
  for (const [flag, value] of [['--since', options.since], ['--until', options.until]] as const) {
    if (value !== undefined && !ISO_DATE.test(value)) throw usage(`${flag} expects a date as YYYY-MM-DD, got "${value}"`);
  }
  const now = resolveNow(options.now, io.env);
  const input = folder ?? '.';
  const out = options.out ?? config.build.out ?? 'digest';
  const [{ buildDigests }, { loadTemplate }, { createLexicon }, { createRegistry }, writer] = await Promise.all([
    import('../build.js'),
    import('../render/templates.js'),
    import('../lexicon/index.js'),
    import('../registry/index.js'),
    import('../output/write-files.js'),
  ]);
  const template = await loadTemplate(options.template ?? config.build.template ?? 'weekly', io.cwd);
  const showProgress = io.stderrIsTTY && !options.quiet && !io.env['CI'] && !options.json;
  let lastDraw = 0;
  const jobs = options.jobs ?? config.build.jobs;
  const { createBuildServices } = await import('./parallel.js');
  if (!options.json) await writer.refuseLinkedOutput(resolve(io.cwd, out));
  const maxBytes = options.maxBytes ?? config.maxBytes ?? DEFAULT_MAX_BYTES;
  const services = await createBuildServices({ jobs, cache: options.cache !== false, out: resolve(io.cwd, out), cwd: io.cwd, maxBytes, config });
  try {
    return await finishBuild();
  } finally {
    await services.close();
  }

  async function finishBuild(): Promise<number> {
  const plan = await buildDigests({
    input,
    out,
    template,
    cwd: io.cwd,
    ...(period ? { period: period as Period } : {}),
    ...(options.since ? { since: options.since } : {}),
    ...(options.until ? { until: options.until } : {}),
    ...(now ? { now } : {}),
    maxBytes,
    lexicon: createLexicon(config.lexicon),
    registry: createRegistry(config.registry),
    parseMany: services.parseMany,
    normalizeMany: services.normalizeMany,
    outputCache: services.outputCache,
    onProgress: (done, total) => {
      if (!showProgress) return;
      const t = Date.now();
      if (done !== total && t - lastDraw < 100) return;
      lastDraw = t;
      io.stderr(`\rdigest: parsing ${done}/${total}`);
      if (done === total) io.stderr('\r\u001b[K');
    },
  }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw usage(`no such folder: ${input}`);
    throw error;
  });

  let failed = false;
  let warned = false;
  for (const p of plan.problems) {
    if (p.diagnostic.severity === 'error') failed = true;
    else warned = true;
    if (!options.quiet) io.stderr(formatDiagnostic(p.path, p.diagnostic, io.color) + '\n');
  }
  for (const r of plan.model.records) {
    for (const d of r.diagnostics) {
      if (d.severity === 'error') failed = true;
      if (d.severity === 'warning') warned = true;
      if (!options.quiet && (d.severity !== 'info' || options.verbose)) io.stderr(formatDiagnostic(r.source.path, d, io.color) + '\n');
    }
  }

  if (options.json) {
    await io.stdout(JSON.stringify({ schemaVersion: 1, period: plan.model.period, records: plan.model.records, periods: plan.model.periods.map((p) => ({ ...p, bulletins: p.bulletins.map((b) => b.source.path) })), groups: plan.model.groups }) + '\n');
    return failed || (options.strict && warned) ? 1 : 0;
  }
  const outDir = resolve(io.cwd, out);
  if (options.check) {
    const report = await writer.checkFiles(outDir, plan.files);
    const stale = [...report.added.map((f) => `added ${f}`), ...report.changed.map((f) => `changed ${f}`), ...report.removed.map((f) => `removed ${f}`)];
    for (const line of stale) await io.stdout(`${line}\n`);
    if (!options.quiet) io.stderr(stale.length === 0 ? `digest: ${out} is up to date (${plan.files.length} files)\n` : `digest: ${stale.length} of the digests in ${out} would change; run digest build to update them\n`);
    return stale.length > 0 || failed || (options.strict && warned) ? 1 : 0;
  }
  const report = await writer.writeFiles(outDir, plan.files);
  await services.saveCache();
  if (!options.quiet) {
    const n = plan.model.records.length;
    io.stderr(`digest: ${n} ${n === 1 ? 'bulletin' : 'bulletins'} → ${plan.files.length} ${plan.files.length === 1 ? 'digest' : 'digests'} in ${out} (${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged.length} unchanged)\n`);
  }
  return failed || (options.strict && warned) ? 1 : 0;
  }
}
