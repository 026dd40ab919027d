/**
 * Planning digests from record summaries: which bulletins each digest of a template needs (one
 * per bulletin, per period or per group), and the activity chart's data, without holding the
 * records themselves. A build keeps one small summary per bulletin; each digest then loads only
 * its own records, so memory does not grow with the number of bulletins.
 */
import type { BulletinRecord } from './types.js';
import { activityOf, compareBulletins, compareBytes, groupKey, periodOf, type GroupActivity, type Period } from './aggregate.js';
import { SlugRegistry } from '../render/slug.js';

/** What planning needs to know of one record. */
export interface RecordSummary {
  /** Where the record is kept (the record cache's key, or any key of an in-memory store). */
  key: string;
  path: string;
  sha256: string;
  date: string | null;
  title: string | null;
  /** The merge key and id of each group, in record order. */
  groups: Array<[key: string, id: string]>;
}

/** One record a digest reads: where it is kept, the path it is reported under, and its slug. */
export interface TaskRecord {
  key: string;
  path: string;
  slug: string;
}

/** One digest to render. */
export type DigestTask =
  | { scope: 'bulletin'; records: [TaskRecord] }
  | { scope: 'period'; period: { key: string; label: string; start: string | null; end: string | null }; records: TaskRecord[] }
  | { scope: 'group'; group: { key: string; slug: string }; records: TaskRecord[] };

/** A record's summary, stored under `key`. */
export function summarize(record: BulletinRecord, key: string): RecordSummary {
  return {
    key,
    path: record.source.path,
    sha256: record.source.sha256,
    date: record.date,
    title: record.title,
    groups: record.groups.map((g) => [groupKey(g), g.id]),
  };
}

/** Summaries sorted as records are: by date (undated last), then path, then content hash. */
export function sortSummaries<T extends Pick<RecordSummary, 'date' | 'path' | 'sha256'>>(list: T[]): T[] {
  return [...list].sort(compareBulletins);
}

/** Each bulletin's slug, from its date and title (or file name), unique within the build. */
function slugsOf(sorted: RecordSummary[]): Map<RecordSummary, string> {
  const registry = new SlugRegistry();
  const slugs = new Map<RecordSummary, string>();
  for (const r of sorted) {
    const stem = (r.path.split('/').pop() ?? 'bulletin').replace(/\.[^.]*$/, '');
    slugs.set(r, registry.take(`${r.date ?? ''} ${r.title ?? stem}`, 'bulletin'));
  }
  return slugs;
}

/** The digests a template renders from these records, in a fixed order. */
export function planDigests(summaries: RecordSummary[], per: 'bulletin' | 'period' | 'group', period: Period): { tasks: DigestTask[]; activity: GroupActivity[] } {
  const sorted = sortSummaries(summaries);
  const slugs = slugsOf(sorted);
  const ref = (r: RecordSummary): TaskRecord => ({ key: r.key, path: r.path, slug: slugs.get(r) ?? 'bulletin' });
  const activity = activityOf(sorted);
  const tasks: DigestTask[] = [];
  if (per === 'bulletin') {
    for (const r of sorted) tasks.push({ scope: 'bulletin', records: [ref(r)] });
  } else if (per === 'group') {
    const byGroup = new Map<string, { id: string; records: TaskRecord[] }>();
    for (const r of sorted) {
      const seen = new Set<string>();
      for (const [key, id] of r.groups) {
        if (seen.has(key)) continue;
        seen.add(key);
        let g = byGroup.get(key);
        if (!g) {
          g = { id, records: [] };
          byGroup.set(key, g);
        }
        g.records.push(ref(r));
      }
    }
    const groupSlugs = new SlugRegistry();
    for (const key of [...byGroup.keys()].sort(compareBytes)) {
      const g = byGroup.get(key);
      if (g) tasks.push({ scope: 'group', group: { key, slug: groupSlugs.take(g.id, 'group') }, records: g.records });
    }
  } else {
    const byKey = new Map<string, Extract<DigestTask, { scope: 'period' }>>();
    for (const r of sorted) {
      const slug = slugs.get(r) ?? 'bulletin';
      const p = periodOf(r, period, slug);
      let task = byKey.get(p.key);
      if (!task) {
        task = { scope: 'period', period: p, records: [] };
        byKey.set(p.key, task);
      }
      task.records.push(ref(r));
    }
    const keys = [...byKey.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : compareBytes(a, b)));
    for (const key of keys) {
      const task = byKey.get(key);
      if (task) tasks.push(task);
    }
  }
  return { tasks, activity };
}
