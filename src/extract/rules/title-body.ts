/**
 * The body a headline names is the reported one when the text says no meeting was held: "…
 * at Goods Council", "Summary of General Council meeting of 26 October 2027". A set of bodies
 * ("Working Groups and Expert Groups") is not one meeting.
 *
 * @example
 *   Members take steps towards reform at Goods Council
 *
 *   Members took concrete steps towards reform by agreeing on a series of actions to increase transparency.
 *   => outcome Goods Council: took concrete steps towards reform by agreeing on a series of actions to increase transparency
 *
 * A head alone names the body when its meeting or record follows it in the headline.
 *
 * @example
 *   Harbour Software Foundation — Board meeting minutes, 9 October 2026
 *
 *   A motion to approve the minutes of the September meeting was made by Ravi. Motion carried unanimously.
 *   => outcome Board: approve the minutes of the September meeting
 *
 * @example
 *   Harbour Data Working Group minutes
 *
 *   The WG agreed to defer the feature to a later release.
 *   => outcome Harbour Data Working Group: agreed to defer the feature to a later release
 *
 * The lead may give the head its full name.
 *
 * @example
 *   Council meeting wrap-up: 2 December 2027
 *
 *   Here is what Harbourville City Council decided at its meeting on Tuesday night.
 *
 *   Council adopted the 2028 operating budget.
 *   => outcome Harbourville City Council: adopted the 2028 operating budget
 *   => no group Council
 *
 * The body the text names with an acronym is the headline's when its name ends the headline's name;
 * the acronym is its designator.
 *
 * @example
 *   HPU Harbour Operations Council - Bern
 *
 *   ANACOM took part in the meeting of the Harbour Operations Council (HOC) of the Harbour Postal Union (HPU). Emphasis was placed on the tariff plan. The HOC also discussed the integrated product plan.
 *   => group HOC
 *   => action HOC: Emphasis was placed on the tariff plan
 *   => action HOC: discussed the integrated product plan
 *
 * When the headline names no body, the header lines under it may.
 *
 * @example
 *   TOWN OF HARBOURVILLE
 *   HARBOUR BOARD MEETING MINUTES
 *   Tuesday, October 7, 2025
 *
 *   Moved by Member Ahmed, seconded by Member Cho, that the budget be adopted as presented. CARRIED
 *   => outcome HARBOUR BOARD: the budget be adopted as presented
 *
 * A body the reported meeting prepared for is not the meeting.
 *
 * @example
 *   Harbour administrations coordinate their proposals for the Harbour Assembly (HA-28)
 *
 *   On 20-21 May 2027, experts met in Riga. The participants considered the draft common proposals to HA-28.
 *   => no group HA-28
 *
 * Past the first paragraph, another body's meeting is not the reported one (see held-meeting): the headline's body is.
 *
 * @example
 *   Harbour Council: 212th meeting of the Harbour Deputies
 *
 *   Bergen, 4 March 2027
 *
 *   At their 212th meeting, the Deputies adopted a declaration on port safety.
 *
 *   The Rapporteur Group on Ferries (GR-F) met on 1 March and approved its draft budget.
 *   => outcome Harbour Council: adopted a declaration on port safety
 *   => outcome GR-F: approved its draft budget
 */
import { purposeOf } from '../clauses.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { BulletinView, MeetingRule, Mention } from './types.js';

export const titleBody: MeetingRule = {
  id: 'title-body',
  kind: 'meeting',
  match(b, ctx) {
    if (b.titleBlock === undefined) return undefined;
    // "TOWN OF MILLBROOK" / "REGULAR COUNCIL MEETING MINUTES": when the headline names no body, the header lines may.
    const title = b.titleBlock;
    const header = [...b.header].filter((i) => i !== title && i < title + HEADER_LINES).sort((x, y) => x - y);
    for (const i of [title, ...header]) {
      const m = bodyIn(b, i, ctx.lexicon);
      if (m) return m;
    }
    return undefined;
  },
};

/** How far after the headline header lines are read for the body. */
const HEADER_LINES = 4;

/** The body a header block names, if any. */
function bodyIn(b: BulletinView, block: number, lexicon: Lexicon): Mention | undefined {
  const lists = b.mentions[block] ?? [];
  const sentences = b.sentences[block] ?? [];
  for (const [si, list] of lists.entries()) {
    for (const m of list) if (m.type === 'body' && !m.plural && !(sentences[si] && purposeOf(sentences[si], m))) return m;
  }
  // "Harbour Software Foundation — Board meeting minutes": a capitalised head before its meeting or record.
  for (const [si, list] of lists.entries()) {
    const s = sentences[si];
    for (const m of list) {
      if (!s || m.type !== 'anaphor' || m.sort !== 'head' || m.plural || !s.isCap(m.start) || s.is(m.start - 1, 'determiners')) continue;
      if (s.is(m.end, 'meetingNouns') || s.inList(m.end, 'recordNouns')) return fullerInLead(b, block, m.head ?? m.designator.toLowerCase(), lexicon) ?? { ...m, type: 'body', id: m.designator, name: m.designator };
    }
  }
  return undefined;
}

/** How many blocks after the headline the lead is read for the body's full name. */
const LEAD_BLOCKS = 3;

/**
 * "Council meeting wrap-up" over "Here is what Westbrook City Council decided …": the first body the lead names, when
 * its name ends in the headline's head, is the body the head stands for.
 */
function fullerInLead(b: BulletinView, title: number, head: string, lexicon: Lexicon): Mention | undefined {
  for (let i = title + 1; i < b.blocks.length && i <= title + LEAD_BLOCKS; i++) {
    for (const list of b.mentions[i] ?? []) {
      const m = list.find((x) => x.type === 'body' && !x.plural);
      if (!m) continue;
      const words = m.designator.toLowerCase().split(' ');
      // "the Regular Council meeting" names a kind of meeting, not the body.
      const qualified = words.slice(0, -1).some((w) => lexicon.lists.ordinals.has(w) || lexicon.lists.temporalWords.has(w));
      return words.length > 1 && words.at(-1) === head && !qualified ? m : undefined;
    }
  }
  return undefined;
}
