/**
 * Rendering one planned digest: load its records, merge them, build the view the template sees,
 * name the file, render, normalise. The same function runs in the main thread and in worker
 * threads; it needs only the task, a way to load a record, and the render setup.
 */
import { posix } from 'node:path';
import type { BulletinRecord } from '../model/types.js';
import { mergeGroups, type GroupActivity } from '../model/aggregate.js';
import type { DigestTask, TaskRecord } from '../model/plan.js';
import { DigestError } from '../model/errors.js';
import { sha256Hex } from '../cache/hash.js';

/** The format of rendered-digest cache entries (part of their keys). */
const CACHE_FORMAT = 'digest-entry-1';
import { fillSlots, type Template } from './templates.js';
import { bulletinView, groupView, periodView } from './context.js';
import { normalizeMarkdown } from './normalize-markdown.js';
import { activityChart } from './activity.js';
import { slugify } from './slug.js';

/** What every digest of a build is rendered with. */
export interface RenderSetup {
  template: Template;
  /** Each group's active weeks over the whole build. */
  activity: GroupActivity[];
  /** The output folder as records' paths see it: links are relative to it. */
  pageBase: string;
  now?: string;
}

/** A rendered digest: its path in the output folder, its text, and its cache key. */
export interface RenderedDigest {
  path: string;
  content: string;
  key: string;
}

/** A store of rendered digests by the key of what they were rendered from. */
export interface DigestCache {
  get: (key: string) => string | undefined;
  set: (key: string, value: string) => void;
}

/**
 * A record with only what digests print: positions and diagnostics dropped, and, for templates
 * that do not render one digest per bulletin, the lead and the people too.
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

/** `a/b.md` → `a/b-2.md`: the name of the n-th digest that wanted the same path. */
export function numberedPath(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash ? `${path.slice(0, dot)}-${n}${path.slice(dot)}` : `${path}-${n}`;
}

/** Renders digests, with the weeks each group was active in looked up once. */
export class DigestRenderer {
  private readonly weeks: Map<string, string[]>;
  private readonly generator: { name: string; now?: string };
  private readonly activityHash: string;

  constructor(private readonly setup: RenderSetup) {
    this.weeks = new Map(setup.activity.map((a) => [a.key, a.activeIn]));
    this.generator = { name: 'digest', ...(setup.now ? { now: setup.now } : {}) };
    this.activityHash = sha256Hex(JSON.stringify(setup.activity));
  }

  /** The data the template sees for a task (without `page`). */
  private context(task: DigestTask, records: BulletinRecord[]): object {
    const generator = this.generator;
    if (task.scope === 'bulletin') {
      const [record] = records;
      if (!record) throw new Error('a bulletin digest without its record');
      return { bulletin: bulletinView(record, task.records[0].slug), generator };
    }
    const groups = mergeGroups(records);
    for (const g of groups) g.activeIn = this.weeks.get(g.key) ?? [];
    if (task.scope === 'group') {
      const group = groups.find((g) => g.key === task.group.key);
      if (!group) throw new Error(`group ${task.group.key} is in none of its records`);
      return { group: groupView(group, task.group.slug), generator };
    }
    const p = task.period;
    const view = periodView({ ...p, bulletins: records, groups });
    // Undated bulletins have no week: a chart of the other bulletins' weeks would say nothing about them.
    const activity = p.start === null && p.key !== 'all' ? '' : activityChart(this.setup.activity, p.key.includes('-W') ? p.key : null);
    return { period: view, activity, generator };
  }

  /**
   * Renders one digest. Its path comes from the template's output name unless `path` is given
   * (a build gives it when two digests want the same name).
   *
   * A digest is a function of its inputs: the template, the records (their cache keys hold the
   * content hash, the digest version and the config), their paths and slugs, the build's
   * activity, the output folder and `now`. With a cache, that is the key, looked up before any
   * record is loaded; the entry holds the path and the text.
   */
  async render(task: DigestTask, load: (r: TaskRecord) => Promise<BulletinRecord> | BulletinRecord, options: { path?: string; cache?: DigestCache } = {}): Promise<RenderedDigest> {
    const template = this.setup.template;
    const key = options.cache ? sha256Hex(JSON.stringify([CACHE_FORMAT, template.hash, this.activityHash, this.setup.pageBase, this.setup.now ?? null, options.path ?? null, task])) : '';
    const hit = options.cache?.get(key);
    const newline = hit?.indexOf('\n') ?? -1;
    if (hit !== undefined && newline > 0) return { path: hit.slice(0, newline), content: hit.slice(newline + 1), key };
    const perBulletin = task.scope === 'bulletin';
    const records: BulletinRecord[] = [];
    for (const ref of task.records) records.push(slimRecord(await load(ref), perBulletin));
    const context = this.context(task, records);
    const path = options.path ?? safeOutputPath(await template.outputName(context));
    const dir = posix.dirname(posix.join(this.setup.pageBase, path));
    const rendered = await template.render({ ...context, page: { path, dir } });
    const content = fillSlots(normalizeMarkdown(rendered.text), rendered.slots);
    options.cache?.set(key, `${path}\n${content}`);
    return { path, content, key };
  }
}
