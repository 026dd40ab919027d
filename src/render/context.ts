/**
 * The data templates see: plain objects built from records and the aggregated model, with the
 * slugs, labels and lists a template needs precomputed (templates cannot call code).
 */
import type { BulletinRecord, Group } from '../model/types.js';
import type { MergedEntry, MergedGroup, PeriodGroup, SourceRef } from '../model/aggregate.js';
import { compareBytes } from '../model/aggregate.js';
import { slugify } from './slug.js';

function refOf(record: BulletinRecord): SourceRef & { name: string } {
  const name = baseName(record.source.path);
  return { path: record.source.path, title: record.title, date: record.date, name, short: record.date ?? name };
}

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

function label(id: string, name: string | null, designator?: string): string {
  return name && name !== id && name !== designator ? `${id} — ${name}` : id;
}

function groupOf(g: Group): object {
  return {
    id: g.id,
    designator: g.designator,
    label: label(g.id, g.name, g.designator),
    name: g.name,
    kind: g.kind,
    aliases: g.aliases,
    outcomes: g.outcomes.map((e) => ({ verb: e.verb, text: e.text })),
    actions: g.actions.map((e) => ({ verb: e.verb, text: e.text })),
    participants: g.participants,
    participantNames: g.participants.map((p) => p.name).join(', '),
  };
}

/** The view of one bulletin. */
export function bulletinView(record: BulletinRecord, slug: string): object {
  return {
    slug,
    title: record.title,
    date: record.date,
    dateText: record.dateText,
    location: record.location,
    lead: record.lead,
    people: record.people,
    source: refOf(record),
    groups: record.groups.map(groupOf),
  };
}

function mergedGroupView(g: MergedGroup): object {
  return {
    id: g.id,
    label: g.label,
    name: g.name,
    kind: g.kind,
    slug: slugify(g.id, 'group'),
    designators: g.designators,
    designatorList: g.designators.join(', '),
    outcomes: g.outcomes,
    actions: g.actions,
    participants: g.participants,
    participantNames: g.participants.map((p) => p.name).join(', '),
    sources: g.sources,
    activeIn: g.activeIn,
  };
}

/** The view of one period's digest. */
export function periodView(p: PeriodGroup): object {
  return {
    key: p.key,
    label: p.label,
    start: p.start,
    end: p.end,
    slug: slugify(p.key, 'period'),
    bulletins: p.bulletins.map((r) => ({ title: r.title, date: r.date, path: r.source.path, ref: refOf(r) })),
    groups: p.groups.map(mergedGroupView),
  };
}

/** The view of one group across the build, with its timeline by bulletin date. */
export function groupView(g: MergedGroup, slug: string): object {
  const steps = new Map<string, { date: string | null; source: SourceRef; outcomes: MergedEntry[]; actions: MergedEntry[] }>();
  const add = (e: MergedEntry): void => {
    const source = e.sources[0];
    if (!source) return;
    const key = source.path;
    let step = steps.get(key);
    if (!step) {
      step = { date: source.date, source, outcomes: [], actions: [] };
      steps.set(key, step);
    }
    (e.kind === 'outcome' ? step.outcomes : step.actions).push(e);
  };
  for (const e of g.outcomes) add(e);
  for (const e of g.actions) add(e);
  const timeline = [...steps.values()].sort((a, b) => (a.date === b.date ? compareBytes(a.source.path, b.source.path) : a.date === null ? 1 : b.date === null ? -1 : compareBytes(a.date, b.date)));
  return { ...mergedGroupView(g), slug, timeline };
}
