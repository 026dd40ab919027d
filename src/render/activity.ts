/**
 * The activity chart of a weekly digest: which groups were active in which ISO weeks, as a
 * Mermaid Gantt chart (GitHub and most Markdown viewers draw it). It covers the weeks up to the
 * digest's own, so an older digest does not change when newer weeks arrive.
 */
import type { GroupActivity } from '../model/aggregate.js';
import { compareBytes } from '../model/aggregate.js';

/** How many weeks the chart looks back. */
export const ACTIVITY_WEEKS = 12;

/** Text safe inside a Mermaid label: letters, digits and a few marks. */
function mermaidLabel(s: string): string {
  return s.replace(/[^\p{L}\p{N} ._&/()-]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'group';
}

function mondayOf(weekKey: string): string {
  const [y, w] = weekKey.split('-W').map(Number);
  const jan4 = new Date(Date.UTC(y ?? 1970, 0, 4));
  const week1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(week1 + ((w ?? 1) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** The Mermaid source of the chart for groups, up to week `until` (a week key), or '' if empty. */
export function activityChart(groups: GroupActivity[], until: string | null): string {
  // The window: the ACTIVITY_WEEKS calendar weeks that end with the digest's own week.
  const weeks = new Set<string>();
  for (const g of groups) for (const w of g.activeIn) if (until === null || compareBytes(w, until) <= 0) weeks.add(w);
  const last = until ?? [...weeks].sort(compareBytes).pop();
  if (last === undefined) return '';
  const from = new Date(Date.parse(mondayOf(last)) - (ACTIVITY_WEEKS - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  const inWindow = new Set([...weeks].filter((w) => compareBytes(mondayOf(w), from) >= 0));
  if (inWindow.size === 0) return '';
  const lines = ['gantt', '  title Groups active per ISO week', '  dateFormat YYYY-MM-DD', '  axisFormat %d %b'];
  const rows = groups.filter((g) => g.activeIn.some((w) => inWindow.has(w))).sort((a, b) => compareBytes(a.id, b.id));
  for (const g of rows) {
    lines.push(`  section ${mermaidLabel(g.id)}`);
    for (const w of g.activeIn) if (inWindow.has(w)) lines.push(`  ${w} : ${mondayOf(w)}, 7d`);
  }
  return lines.join('\n');
}
