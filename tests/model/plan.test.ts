// Planning digests from summaries gives the same digests as rendering from whole records.
import { describe, expect, it } from 'vitest';
import { planDigests, type RecordSummary } from '../../src/model/plan.js';

function summary(key: string, date: string | null, groups: string[], path = `in/${key}.txt`): RecordSummary {
  return { key, path, sha256: key.padEnd(64, '0'), date, title: `Bulletin ${key}`, groups: groups.map((g) => [g.toLowerCase().replace(/[^a-z0-9]/g, ''), g]) };
}

describe('planDigests', () => {
  const list = [summary('c', '2026-01-14', ['CWG-FHR']), summary('a', '2026-01-05', ['CWG-FHR', 'TSAG']), summary('b', null, ['TSAG']), summary('d', '2026-01-06', ['CWG FHR'])];
  it('one digest per ISO week, in order, undated last, records by date', () => {
    const { tasks } = planDigests(list, 'period', 'week');
    expect(tasks.map((t) => (t.scope === 'period' ? t.period.key : ''))).toEqual(['2026-W02', '2026-W03', 'undated']);
    expect(tasks[0]?.records.map((r) => r.key)).toEqual(['a', 'd']);
  });
  it('one digest per group, merged by key, with unique slugs', () => {
    const { tasks } = planDigests(list, 'group', 'week');
    expect(tasks.map((t) => (t.scope === 'group' ? [t.group.key, t.group.slug, t.records.map((r) => r.key).join('')] : []))).toEqual([
      ['cwgfhr', 'cwg-fhr', 'adc'],
      ['tsag', 'tsag', 'ab'],
    ]);
  });
  it('one digest per bulletin, and the activity of each group by week', () => {
    const { tasks, activity } = planDigests(list, 'bulletin', 'bulletin');
    expect(tasks.map((t) => t.records[0].key)).toEqual(['a', 'd', 'c', 'b']);
    expect(new Set(tasks.map((t) => t.records[0].slug)).size).toBe(4);
    expect(activity).toEqual([
      { id: 'CWG-FHR', key: 'cwgfhr', activeIn: ['2026-W02', '2026-W03'] },
      { id: 'TSAG', key: 'tsag', activeIn: ['2026-W02'] },
    ]);
  });
});
