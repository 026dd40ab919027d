/**
 * `buildDigests`: walk a folder, parse every bulletin, aggregate, and render the digests a
 * template asks for. It plans files (path and bytes); writing them is the writer's job, so the
 * same plan serves a build, `--check` and `--json`.
 */
import { relative, resolve, sep, posix, isAbsolute } from 'node:path';
import type { BulletinRecord, Diagnostic } from './model/types.js';
import { aggregate, compareBytes, sortRecords, type DigestModel, type Period } from './model/aggregate.js';
import { DigestError } from './model/errors.js';
import { walkBulletins } from './load/walk.js';
import { readSource, skippedFileWarning, DEFAULT_MAX_BYTES } from './load/source.js';
import { parseBulletin, type ParseOptions } from './pipeline.js';
import { fillSlots, type Template } from './render/templates.js';
import { bulletinView, groupView, periodView } from './render/context.js';
import { normalizeMarkdown } from './render/normalize-markdown.js';
import { activityChart } from './render/activity.js';
import { SlugRegistry, slugify } from './render/slug.js';
import { sha256Hex } from './cache/record-cache.js';

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
  /** Keep whole records in the model (for --json); otherwise they are slimmed after parsing. */
  keepRecords?: boolean;
  /** Files already found (by `walkBulletins`): the walk is not done again. */
  walked?: { files: string[]; warnings: Array<{ path: string; message: string }> };
  /** Called after each file is parsed. */
  onProgress?: (done: number, total: number) => void;
  /** Called at the end of each phase with its name and seconds (for --verbose). */
  onPhase?: (phase: string, seconds: number) => void;
  /** Parses many files; defaults to one at a time in this thread. */
  parseMany?: (paths: string[], options: { cwd: string; maxBytes: number }, onDone: () => void) => Promise<Array<BulletinRecord | FileProblem>>;
  /** Normalises many rendered digests; defaults to one at a time in this thread. */
  normalizeMany?: (texts: string[]) => Promise<string[]>;
  /** Rendered digests from earlier builds, by the key of what they were rendered from. */
  outputCache?: { get: (key: string) => string | undefined; set: (key: string, value: string) => void };
}

/** The result of a build plan. */
export interface BuildPlan {
  model: DigestModel;
  files: PlannedFile[];
  /** Files that could not be used, walk warnings, and every record's diagnostics, in order. */
  problems: FileProblem[];
}

/**
 * A record with only what digests print: positions and diagnostics dropped, and, for templates
 * that do not render one digest per bulletin, the lead and the people too. Memory then grows
 * with what the digests show, not with everything the parser found.
 */
export function slimRecord(record: BulletinRecord, perBulletin: boolean): BulletinRecord {
  const none = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return {
    ...record,
    lead: perBulletin ? record.lead : null,
    people: perBulletin ? record.people : [],
    diagnostics: [],
    groups: record.groups.map((g) => ({
      ...g,
      position: none,
      actions: g.actions.map((e) => ({ verb: e.verb, text: e.text, position: none })),
      outcomes: g.outcomes.map((e) => ({ verb: e.verb, text: e.text, position: none })),
    })),
  };
}

/** The path a record reports: relative to the working folder, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(cwd, path) : rel;
  return shown.split(sep).join('/');
}

/** Reads and parses files one by one in this thread. */
export async function parseSequentially(paths: string[], options: { cwd: string; maxBytes: number } & ParseOptions, onDone: () => void): Promise<Array<BulletinRecord | FileProblem>> {
  const out: Array<BulletinRecord | FileProblem> = [];
  for (const path of paths) {
    out.push(await parseOne(path, options));
    onDone();
  }
  return out;
}

/** Reads and parses one file; a file that cannot be read is skipped with a warning, not an exception. */
export async function parseOne(path: string, options: { cwd: string; maxBytes: number } & ParseOptions): Promise<BulletinRecord | FileProblem> {
  const shown = displayPath(path, options.cwd);
  try {
    const source = await readSource(resolve(options.cwd, path), options.maxBytes);
    const record = await parseBulletin({ ...source, path: shown }, options);
    const binary = record.diagnostics.find((d) => d.rule === 'binary-file');
    return binary ? { path: shown, diagnostic: binary } : record;
  } catch (error) {
    if (error instanceof DigestError) return { path: shown, diagnostic: skippedFileWarning(error) };
    throw error;
  }
}

function isProblem(x: BulletinRecord | FileProblem): x is FileProblem {
  return 'diagnostic' in x;
}

/** Confines a rendered output name to the output folder: no `..`, no absolute paths, no empty parts. */
export function safeOutputPath(name: string): string {
  const parts = name
    .split(/[\\/]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '.');
  const clean = parts.map((p, i) => {
    if (p === '..') return 'up';
    const isLast = i === parts.length - 1;
    const dot = p.lastIndexOf('.');
    const stem = isLast && dot > 0 ? p.slice(0, dot) : p;
    const ext = isLast && dot > 0 ? p.slice(dot).toLowerCase().replace(/[^.a-z0-9]/g, '') : '';
    return slugify(stem) + ext;
  });
  const path = clean.join('/') || 'digest.md';
  const rel = posix.normalize(path);
  if (rel.startsWith('../') || posix.isAbsolute(rel)) throw new DigestError(`output name "${name}" leaves the output folder`, { code: 'OUTPUT', exitCode: 2 });
  return rel;
}

/** `a/b.md` → `a/b-2.md`. */
function numbered(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash ? `${path.slice(0, dot)}-${n}${path.slice(dot)}` : `${path}-${n}`;
}

function inRange(record: BulletinRecord, since?: string, until?: string): boolean {
  if (!since && !until) return true;
  if (record.date === null) return false;
  if (since && compareBytes(record.date, since) < 0) return false;
  if (until && compareBytes(record.date, until) > 0) return false;
  return true;
}

/** Plans a build: every digest file the template gives for the bulletins under `input`. */
export async function buildDigests(options: BuildOptions): Promise<BuildPlan> {
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let done = 0;
  const total = walked.files.length;
  const tick = (): void => {
    done++;
    options.onProgress?.(done, total);
  };
  const parsed = options.parseMany
    ? await options.parseMany(walked.files, { cwd, maxBytes }, tick)
    : await parseSequentially(walked.files, { ...options, cwd, maxBytes }, tick);
  phase('parse');
  const records: BulletinRecord[] = [];
  const perBulletin = options.template.meta.per === 'bulletin';
  for (let i = 0; i < parsed.length; i++) {
    const r = parsed[i];
    if (!r) continue;
    if (isProblem(r)) problems.push(r);
    else {
      for (const diagnostic of r.diagnostics) problems.push({ path: r.source.path, diagnostic });
      records.push(options.keepRecords ? r : slimRecord(r, perBulletin));
    }
    // Let the full record go as soon as it is slimmed.
    parsed[i] = undefined as unknown as BulletinRecord;
  }
  const selected = sortRecords(records.filter((r) => inRange(r, options.since, options.until)));
  const { files, model } = await renderDigests(selected, options.template, {
    period: options.period,
    now: options.now,
    pageBase: displayPath(out, cwd),
    ...(options.normalizeMany ? { normalizeMany: options.normalizeMany } : {}),
    ...(options.outputCache ? { outputCache: options.outputCache } : {}),
    onPhase: phase,
  });
  return { model, files, problems };
}

function bulletinSlugs(records: BulletinRecord[]): Map<BulletinRecord, string> {
  const registry = new SlugRegistry();
  const slugs = new Map<BulletinRecord, string>();
  for (const r of sortRecords(records)) {
    const stem = (r.source.path.split('/').pop() ?? 'bulletin').replace(/\.[^.]*$/, '');
    slugs.set(r, registry.take(`${r.date ?? ''} ${r.title ?? stem}`, 'bulletin'));
  }
  return slugs;
}

/** How to render. */
export interface RenderOptions {
  period?: Period;
  now?: string;
  /** The output folder as records' paths see it: links are relative to it. */
  pageBase: string;
  normalizeMany?: (texts: string[]) => Promise<string[]>;
  outputCache?: { get: (key: string) => string | undefined; set: (key: string, value: string) => void };
  onPhase?: (phase: string) => void;
}

/** Renders records with a template: one file per bulletin, period or group as the template says. */
export async function renderDigests(records: BulletinRecord[], template: Template, options: RenderOptions): Promise<{ files: PlannedFile[]; model: DigestModel }> {
  const sorted = sortRecords(records);
  const slugs = bulletinSlugs(sorted);
  const per = template.meta.per;
  const period: Period = options.period ?? (per === 'bulletin' ? 'bulletin' : template.meta.period);
  const model = aggregate(sorted, period, (r) => slugs.get(r) ?? 'bulletin');
  options.onPhase?.('aggregate');
  const generator = { name: 'digest', ...(options.now ? { now: options.now } : {}) };
  const contexts: object[] = [];
  if (per === 'bulletin') {
    for (const r of sorted) contexts.push({ bulletin: bulletinView(r, slugs.get(r) ?? 'bulletin'), generator });
  } else if (per === 'group') {
    const groupSlugs = new SlugRegistry();
    for (const g of [...model.groups].sort((a, b) => compareBytes(a.key, b.key))) contexts.push({ group: groupView(g, groupSlugs.take(g.id, 'group')), generator });
  } else {
    for (const p of model.periods) {
      contexts.push({ period: periodView(p), activity: activityChart(model.activity, p.key.includes('-W') ? p.key : null), generator });
    }
  }
  const files: PlannedFile[] = [];
  const taken = new Set<string>();
  const pending: Array<{ index: number; key: string; text: string; slots: string[] }> = [];
  for (const context of contexts) {
    let path = safeOutputPath(await template.outputName(context));
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = numbered(path, n);
    taken.add(path.toLowerCase());
    const dir = posix.dirname(posix.join(options.pageBase, path));
    const full = { ...context, page: { path, dir } };
    // A digest rendered before from the same template and the same data is the same digest.
    const key = sha256Hex(`${template.hash}\n${JSON.stringify(full)}`);
    const cached = options.outputCache?.get(key);
    files.push({ path, content: cached ?? '' });
    if (cached === undefined) pending.push({ index: files.length - 1, key, ...(await template.render(full)) });
  }
  options.onPhase?.('render');
  const normalized = options.normalizeMany ? await options.normalizeMany(pending.map((p) => p.text)) : pending.map((p) => normalizeMarkdown(p.text));
  pending.forEach((p, i) => {
    const content = fillSlots(normalized[i] ?? '', p.slots);
    const file = files[p.index];
    if (file) file.content = content;
    options.outputCache?.set(p.key, content);
  });
  options.onPhase?.('normalise');
  files.sort((a, b) => compareBytes(a.path, b.path));
  return { files, model };
}
