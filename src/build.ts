/**
 * Builds: walk a folder, parse every bulletin into the record store, plan the digests a template
 * asks for from one small summary per bulletin, and render them, each from its own records. The
 * work runs on an executor (worker threads, or this thread); digests are handed on one by one,
 * in a fixed order, as they are rendered, so a build's memory grows with one digest's records,
 * not with the archive. `buildDigests` and `renderDigests` are the same build, collected in
 * memory, for callers of the API.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { displayPath } from './load/paths.js';
import type { BulletinRecord, Diagnostic } from './model/types.js';
import { aggregate, compareBytes, type DigestModel, type Period } from './model/aggregate.js';
import { planDigests, summarize, type DigestTask, type RecordSummary, type TaskRecord } from './model/plan.js';
import { DigestError } from './model/errors.js';
import { walkBulletins } from './load/walk.js';
import { DEFAULT_MAX_BYTES } from './load/source.js';
import type { ParseOptions } from './pipeline.js';
import { loadTemplate, type Template } from './render/templates.js';
import { DigestRenderer, numberedPath, slimRecord, type RenderedDigest } from './render/digest.js';
import { WorkerPool, type BuildExecutor } from './parallel/pool.js';

export { safeOutputPath, slimRecord } from './render/digest.js';
export { displayPath } from './load/paths.js';
export type { BuildExecutor } from './parallel/pool.js';

/** A digest file to write: a path relative to the output folder, and its text. */
export interface PlannedFile {
  path: string;
  content: string;
}

/** A problem with one input file. */
export interface FileProblem {
  path: string;
  diagnostic: Diagnostic;
}

/** What a build needs. */
export interface BuildOptions extends ParseOptions {
  /** The folder (or file) of bulletins. */
  input: string;
  /** The output folder: excluded from the walk. */
  out: string;
  template: Template;
  period?: Period;
  since?: string;
  until?: string;
  /** The working folder: paths in records and links are relative to it. */
  cwd: string;
  maxBytes?: number;
  /** A fixed "now" for templates (from SOURCE_DATE_EPOCH or --now); otherwise none is given. */
  now?: string;
  /** Keep whole records in the model (for --json); otherwise they are slimmed. */
  keepRecords?: boolean;
  /** Files already found (by `walkBulletins`): the walk is not done again. */
  walked?: { files: string[]; warnings: Array<{ path: string; message: string }> };
  /** Called after each file is parsed. */
  onProgress?: (done: number, total: number) => void;
  /** Called at the end of each phase with its name and seconds (for --verbose). */
  onPhase?: (phase: string, seconds: number) => void;
  /** Where the work runs (the CLI's worker pool and cache); by default this thread and a temporary record store. */
  executor?: BuildExecutor;
}

/** The result of a build plan. */
export interface BuildPlan {
  model: DigestModel;
  files: PlannedFile[];
  /** Files that could not be used, walk warnings, and every record's diagnostics, in order. */
  problems: FileProblem[];
}

/** What a streamed build did. */
export interface StreamResult {
  /** Files that could not be used, walk warnings, and every record's diagnostics, in order. */
  problems: FileProblem[];
  /** Every parsed record's summary, in walk order (the cache keeps them all). */
  summaries: RecordSummary[];
  /** The summaries of the records in the digests (within --since/--until). */
  selected: RecordSummary[];
  /** The cache keys of the digests rendered. */
  digestKeys: string[];
}

function inRange(r: { date: string | null }, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (r.date === null) return false;
  if (since && compareBytes(r.date, since) < 0) return false;
  if (until && compareBytes(r.date, until) > 0) return false;
  return true;
}

/** Gives each digest its own path, in task order: a name taken before gets `-2`, `-3`… and the digest is rendered again under it (its links and `page.path` follow). */
async function* uniquePaths(tasks: DigestTask[], rendered: AsyncIterable<RenderedDigest>, renderAt: (task: DigestTask, path: string) => Promise<RenderedDigest>): AsyncIterable<RenderedDigest> {
  const taken = new Set<string>();
  let i = 0;
  for await (let digest of rendered) {
    const task = tasks[i++];
    if (taken.has(digest.path.toLowerCase()) && task) {
      let path = digest.path;
      for (let n = 2; taken.has(path.toLowerCase()); n++) path = numberedPath(digest.path, n);
      digest = await renderAt(task, path);
    }
    taken.add(digest.path.toLowerCase());
    yield digest;
  }
}

/**
 * A build that hands each digest to `onDigest` as soon as it is rendered, in a fixed order
 * (the plan's: by period, group or bulletin). Records stay in the executor's store.
 */
export async function streamDigests(options: BuildOptions & { executor: BuildExecutor }, onDigest: (file: PlannedFile) => Promise<void> | void): Promise<StreamResult> {
  const cwd = options.cwd;
  const input = resolve(cwd, options.input);
  const out = resolve(cwd, options.out);
  if (out === input) throw new DigestError(`the output folder ${options.out} is the input folder; choose another with --out`, { code: 'OUTPUT', exitCode: 2 });
  let phaseStart = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    options.onPhase?.(name, (now - phaseStart) / 1000);
    phaseStart = now;
  };
  const walked = options.walked ?? (await walkBulletins(input, [out]));
  phase('walk');
  const problems: FileProblem[] = walked.warnings.map((w) => ({ path: displayPath(w.path, cwd), diagnostic: { severity: 'warning', message: w.message, line: 1, column: 1, rule: 'walk' } }));
  let done = 0;
  const total = walked.files.length;
  const files = walked.files.map((p): [string, string] => [p, displayPath(p, cwd)]);
  const results = await options.executor.parse(files, (n) => {
    done += n;
    options.onProgress?.(done, total);
  });
  phase('parse');
  const summaries: RecordSummary[] = [];
  for (const r of results) {
    if (r.kind === 'problem') problems.push({ path: r.path, diagnostic: r.diagnostic });
    else {
      for (const diagnostic of r.diagnostics) problems.push({ path: r.summary.path, diagnostic });
      summaries.push(r.summary);
    }
  }
  const selected = summaries.filter((r) => inRange(r, options.since, options.until));
  const template = options.template;
  const per = template.meta.per;
  const period: Period = options.period ?? (per === 'bulletin' ? 'bulletin' : template.meta.period);
  const { tasks, activity } = planDigests(selected, per, period);
  phase('plan');
  const setup = { template: { source: template.source, file: template.file, name: template.name }, activity, pageBase: displayPath(out, cwd), ...(options.now ? { now: options.now } : {}) };
  const digestKeys: string[] = [];
  const executor = options.executor;
  for await (const digest of uniquePaths(tasks, executor.render(setup, tasks), (task, path) => executor.renderAt(task, path))) {
    digestKeys.push(digest.key);
    await onDigest({ path: digest.path, content: digest.content });
  }
  phase('render');
  return { problems, summaries, selected, digestKeys };
}

/** The model of a build, for `--json` and the API: every selected record, aggregated. */
async function modelOf(selected: RecordSummary[], load: (ref: TaskRecord) => Promise<BulletinRecord>, period: Period, keepRecords: boolean, perBulletin: boolean): Promise<DigestModel> {
  const records: BulletinRecord[] = [];
  const slugs = new Map<BulletinRecord, string>();
  const { tasks } = planDigests(selected, 'bulletin', 'bulletin');
  for (const task of tasks) {
    const ref = task.records[0];
    const record = await load(ref);
    const kept = keepRecords ? record : slimRecord(record, perBulletin);
    records.push(kept);
    slugs.set(kept, ref.slug);
  }
  return aggregate(records, period, (r) => slugs.get(r) ?? 'bulletin');
}

/** Plans a build in memory: every digest file the template gives for the bulletins under `input`, and the model. */
export async function buildDigests(options: BuildOptions): Promise<BuildPlan> {
  const own = options.executor === undefined;
  const store = own ? await mkdtemp(join(tmpdir(), 'digest-records-')) : undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const executor =
    options.executor ??
    new WorkerPool({ cwd: options.cwd, maxBytes, lexicon: {}, registry: { bodies: [], organizations: [] }, salt: 'api', records: store ?? '' }, 1, {
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
      ...(options.registry ? { registry: options.registry } : {}),
    });
  try {
    const files: PlannedFile[] = [];
    const result = await streamDigests({ ...options, executor }, (f) => {
      files.push(f);
    });
    const per = options.template.meta.per;
    const period: Period = options.period ?? (per === 'bulletin' ? 'bulletin' : options.template.meta.period);
    const model = await modelOf(result.selected, (ref) => executor.load(ref), period, Boolean(options.keepRecords), per === 'bulletin');
    files.sort((a, b) => compareBytes(a.path, b.path));
    return { model, files, problems: result.problems };
  } finally {
    if (own) await executor.close();
    if (store) await rm(store, { recursive: true, force: true });
  }
}

/** How to render. */
export interface RenderOptions {
  period?: Period;
  now?: string;
  /** The output folder as records' paths see it: links are relative to it. */
  pageBase: string;
}

/** Renders records held in memory with a template: one file per bulletin, period or group as the template says. */
export async function renderDigests(records: BulletinRecord[], template: Template, options: RenderOptions): Promise<{ files: PlannedFile[]; model: DigestModel }> {
  const byKey = new Map<string, BulletinRecord>();
  const summaries = records.map((r, i) => {
    const key = String(i);
    byKey.set(key, r);
    return summarize(r, key);
  });
  const per = template.meta.per;
  const period: Period = options.period ?? (per === 'bulletin' ? 'bulletin' : template.meta.period);
  const { tasks, activity } = planDigests(summaries, per, period);
  const renderer = new DigestRenderer({ template, activity, pageBase: options.pageBase, ...(options.now ? { now: options.now } : {}) });
  const load = (ref: TaskRecord): BulletinRecord => {
    const r = byKey.get(ref.key);
    if (!r) throw new Error(`no record ${ref.key}`);
    return r;
  };
  async function* all(): AsyncIterable<RenderedDigest> {
    for (const task of tasks) yield await renderer.render(task, load);
  }
  const files: PlannedFile[] = [];
  for await (const d of uniquePaths(tasks, all(), (task, path) => renderer.render(task, load, { path }))) files.push({ path: d.path, content: d.content });
  files.sort((a, b) => compareBytes(a.path, b.path));
  const model = await modelOf(summaries, async (ref) => load(ref), period, true, per === 'bulletin');
  return { files, model };
}

/**
 * Renders records with a template (a built-in name, a template file, or a compiled template) and
 * returns the digest files: the API's one-call form of `digest render`.
 */
export async function renderTemplate(records: BulletinRecord[], template: string | Template, options: Partial<RenderOptions> & { cwd?: string } = {}): Promise<PlannedFile[]> {
  const compiled = typeof template === 'string' ? await loadTemplate(template, options.cwd ?? process.cwd()) : template;
  const { files } = await renderDigests(records, compiled, { pageBase: options.pageBase ?? '.', ...(options.period ? { period: options.period } : {}), ...(options.now ? { now: options.now } : {}) });
  return files;
}
