/**
 * Aggregation across bulletins: records sorted by date and path, grouped into periods (ISO weeks
 * in UTC, months, all, or one per bulletin), and groups merged by canonical id, so "CWG FHR",
 * "CWG-FHR" and "Council Working Group on Financial and Human Resources" in three bulletins are
 * one group. An entry two bulletins report alike appears once, with both sources.
 */
import type { BulletinRecord, Entry, GroupKind, Participant } from './types.js';
import { registryKey } from '../registry/index.js';

/** How bulletins are grouped into digests. */
export type Period = 'week' | 'month' | 'all' | 'bulletin';

/** Where an aggregated entry or group was reported. */
export interface SourceRef {
  path: string;
  title: string | null;
  date: string | null;
  /** A short label for links: the date, else the file name. */
  short: string;
}

/** An entry with the bulletins that report it. */
export interface MergedEntry {
  verb: string;
  text: string;
  kind: 'action' | 'outcome';
  date: string | null;
  sources: SourceRef[];
}

/** One group across the bulletins of a period. */
export interface MergedGroup {
  id: string;
  key: string;
  label: string;
  name: string | null;
  kind: GroupKind;
  designators: string[];
  outcomes: MergedEntry[];
  actions: MergedEntry[];
  participants: Participant[];
  sources: SourceRef[];
  /** ISO weeks in which the group was active, over the whole build. */
  activeIn: string[];
}

/** One digest's worth of bulletins. */
export interface PeriodGroup {
  key: string;
  label: string;
  start: string | null;
  end: string | null;
  bulletins: BulletinRecord[];
  groups: MergedGroup[];
}

/** The whole model a build renders. */
export interface DigestModel {
  period: Period;
  periods: PeriodGroup[];
  /** Every group over all periods (for by-group digests), merged when first asked for. */
  readonly groups: MergedGroup[];
  /** Each group's id and the ISO weeks it was active in: the activity chart's data. */
  activity: GroupActivity[];
  records: BulletinRecord[];
}

/** When a group was active. */
export interface GroupActivity {
  id: string;
  key: string;
  activeIn: string[];
}

/** Byte-wise comparison: the same order on every machine and locale. */
export function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of bulletins: by date (undated last), then path, then content hash. */
export function compareBulletins(a: { date: string | null; path: string; sha256: string }, b: { date: string | null; path: string; sha256: string }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return compareBytes(a.date, b.date);
  }
  return compareBytes(a.path, b.path) || compareBytes(a.sha256, b.sha256);
}

/** Records sorted by date (undated last), then path. */
export function sortRecords(records: BulletinRecord[]): BulletinRecord[] {
  return [...records].sort((a, b) => compareBulletins({ date: a.date, ...a.source }, { date: b.date, ...b.source }));
}

/** ISO 8601 week of a UTC date: `2026-W07`, with its Monday and Sunday. */
export function isoWeek(iso: string): { key: string; start: string; end: string } {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const day = (date.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(date.getTime() - day * 86_400_000);
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const week = 1 + Math.round((monday.getTime() - week1Monday.getTime()) / (7 * 86_400_000));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { key: `${year}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}

function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The period a record falls in. */
export function periodOf(record: Pick<BulletinRecord, 'date' | 'title'>, period: Period, slug: string): { key: string; label: string; start: string | null; end: string | null } {
  if (period === 'bulletin') return { key: slug, label: record.title ?? slug, start: record.date, end: record.date };
  if (period === 'all') return { key: 'all', label: 'All bulletins', start: null, end: null };
  if (record.date === null) return { key: 'undated', label: 'Undated bulletins', start: null, end: null };
  if (period === 'month') {
    const [y, m] = record.date.split('-').map(Number);
    const key = record.date.slice(0, 7);
    return { key, label: key, start: `${key}-01`, end: lastDayOfMonth(y ?? 1970, m ?? 1) };
  }
  const w = isoWeek(record.date);
  return { key: w.key, label: `${w.key} (${w.start} to ${w.end})`, start: w.start, end: w.end };
}

/** The merge key of an entry's text: case, space and punctuation do not tell two entries apart. */
function entryKey(kind: string, text: string): string {
  return `${kind}:${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

function refOf(record: BulletinRecord): SourceRef {
  const name = record.source.path.split('/').pop() ?? record.source.path;
  return { path: record.source.path, title: record.title, date: record.date, short: record.date ?? name };
}

function addEntries(into: MergedEntry[], index: Map<string, MergedEntry>, entries: Entry[], kind: 'action' | 'outcome', record: BulletinRecord): void {
  for (const e of entries) {
    const key = entryKey(kind, e.text);
    const known = index.get(key);
    if (known) {
      if (!known.sources.some((s) => s.path === record.source.path)) known.sources.push(refOf(record));
      continue;
    }
    const merged: MergedEntry = { verb: e.verb, text: e.text, kind, date: record.date, sources: [refOf(record)] };
    index.set(key, merged);
    into.push(merged);
  }
}

/** The merge key of a group: its id, else its designator, as the registry compares spellings. */
export function groupKey(g: { id: string; designator: string }): string {
  return registryKey(g.id) || registryKey(g.designator);
}

/** Merges the groups of some records (already sorted) by canonical id. */
export function mergeGroups(records: BulletinRecord[]): MergedGroup[] {
  const groups = new Map<string, MergedGroup>();
  const entryIndex = new Map<string, Map<string, MergedEntry>>();
  for (const record of records) {
    for (const g of record.groups) {
      const key = groupKey(g);
      let m = groups.get(key);
      if (!m) {
        m = {
          id: g.id,
          key,
          label: g.name && g.name !== g.id && g.name !== g.designator ? `${g.id} — ${g.name}` : g.id,
          name: g.name,
          kind: g.kind,
          designators: [],
          outcomes: [],
          actions: [],
          participants: [],
          sources: [],
          activeIn: [],
        };
        groups.set(key, m);
        entryIndex.set(key, new Map());
      }
      for (const d of [g.designator, ...g.aliases]) if (!m.designators.includes(d)) m.designators.push(d);
      if (!m.name && g.name) m.name = g.name;
      if (!m.sources.some((s) => s.path === record.source.path)) m.sources.push(refOf(record));
      const index = entryIndex.get(key) ?? new Map<string, MergedEntry>();
      addEntries(m.outcomes, index, g.outcomes, 'outcome', record);
      addEntries(m.actions, index, g.actions, 'action', record);
      for (const p of g.participants) if (!m.participants.some((x) => x.name === p.name)) m.participants.push(p);
    }
  }
  return [...groups.values()];
}

/** Which ISO weeks each group (merge key, id) was active in, over bulletins in order: the activity chart's data. */
export function activityOf(sorted: Array<{ date: string | null; groups: Array<[key: string, id: string]> }>): GroupActivity[] {
  const activity = new Map<string, { id: string; key: string; weeks: Set<string> }>();
  for (const r of sorted) {
    const week = r.date === null ? undefined : isoWeek(r.date).key;
    for (const [key, id] of r.groups) {
      let a = activity.get(key);
      if (!a) {
        a = { id, key, weeks: new Set() };
        activity.set(key, a);
      }
      if (week) a.weeks.add(week);
    }
  }
  return [...activity.values()].map((a) => ({ id: a.id, key: a.key, activeIn: [...a.weeks].sort(compareBytes) }));
}

/** Builds the digest model: periods with merged groups, and all groups over the build. */
export function aggregate(records: BulletinRecord[], period: Period, slugOf: (r: BulletinRecord) => string): DigestModel {
  const sorted = sortRecords(records);
  const byKey = new Map<string, PeriodGroup>();
  for (const record of sorted) {
    const p = periodOf(record, period, slugOf(record));
    let group = byKey.get(p.key);
    if (!group) {
      group = { ...p, bulletins: [], groups: [] };
      byKey.set(p.key, group);
    }
    group.bulletins.push(record);
  }
  const periods = [...byKey.values()].sort((a, b) => (a.key === 'undated' ? 1 : b.key === 'undated' ? -1 : compareBytes(a.key, b.key)));
  const activity = activityOf(sorted.map((r) => ({ date: r.date, groups: r.groups.map((g): [string, string] => [groupKey(g), g.id]) })));
  const weeks = new Map(activity.map((a) => [a.key, a.activeIn]));
  const weeksOf = (key: string): string[] => weeks.get(key) ?? [];
  for (const p of periods) {
    p.groups = mergeGroups(p.bulletins);
    for (const g of p.groups) g.activeIn = weeksOf(g.key);
  }
  let all: MergedGroup[] | undefined;
  return {
    period,
    periods,
    get groups(): MergedGroup[] {
      if (!all) {
        all = period === 'all' && periods[0] ? periods[0].groups : mergeGroups(sorted);
        for (const g of all) g.activeIn = weeksOf(g.key);
      }
      return all;
    },
    activity,
    records: sorted,
  };
}
