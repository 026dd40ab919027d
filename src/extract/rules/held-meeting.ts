/**
 * The reported meeting, from the first paragraphs: the body that "held its 23rd meeting", "met",
 * "convened" or "concluded its session", or whose meeting "was held" or "took place". What the
 * bulletin says "the meeting", "delegates" or "the Committee" did is that body's.
 *
 * @example
 *   The Commonwealth Ministerial Action Group (CMAG) held its fifty-third meeting in New York on 28 September 2026.
 *
 *   Ministers noted the outcomes of the heads of government meeting.
 *   => group CMAG
 *   => action CMAG: noted the outcomes of the heads of government meeting
 *
 * @example
 *   The 60th plenary meeting of ISO/TC 299 was hosted by the Port of Tromsø on 2 June 2026. The committee adopted 32 resolutions.
 *   => outcome ISO/TC-299: adopted 32 resolutions
 *
 * @example
 *   From 13 to 17 May 2027, the meeting of the Harbour Study Group 4 "Safe and green ports" was held in Riga. The Study Group approved the work plans of its rapporteurs.
 *   => group Harbour Study Group 4
 *
 * @example
 *   Harbour members met in the Committee on Port Fees on 3 November 2026 to review the tariffs. Members exchanged views on transparency.
 *   => group Committee on Port Fees
 *   => action Committee on Port Fees: exchanged views on transparency
 *   => no group Harbour members
 *
 * @example
 *   G20 Harbour Transport Ministers' Meeting – Chair's Summary
 *
 *   The G20 Harbour Transport Ministers met on 13 September 2026 in Maceió. Ministers endorsed the Maceió Declaration.
 *   => outcome G20 Harbour Transport Ministers' Meeting: endorsed the Maceió Declaration
 *
 * @example
 *   From 10 to 20 June 2026, the Harbour Council 2026 session was held in Oslo. The Standing Committee on Fees reviewed the tariffs. The Council approved the budget.
 *   => outcome Harbour Council: approved the budget
 *
 * @example
 *   14.03.2027
 *   The 12th meeting of the Harbour Working Group on Numbering (WG NUM) was held in Minsk on 12-13 March 2027.
 *   The Working Group considered the draft Recommendation on numbering.
 *   => action WG-NUM: considered the draft Recommendation on numbering
 *
 * @example
 *   The IEEE 802.42 Working Group concluded its interim session in Kobe. The Working Group approved the creation of a new task group.
 *   => outcome IEEE 802.42 Working Group: approved the creation of a new task group
 *
 * A meeting of two bodies is neither's: its attendance is no one body's.
 *
 * @example
 *   The Port Council and the Ferry Council met in joint session in Oslo.
 *
 *   The Port Council approved the tariffs. The Ferry Council endorsed the timetable.
 *
 *   Delegations from Norway and Denmark took part in the session.
 *   => no participant Ferry Council: Norway
 */
import { subjectOf } from '../clauses.js';
import type { BulletinView, MeetingRule, Mention } from './types.js';

/**
 * The body that members named with their organisation make when they meet ("APEC Senior Officials", "The G20 Digital
 * Economy Ministers met …"): the headline's body that names them ("G20 Digital Economy Ministers' Meeting"), else one
 * of their name.
 */
/** Whether a mention is members named with their organisation ("APEC Senior Officials", "G20 Digital Economy Ministers"), not "The Parties". */
export function namedMembers(m: Mention, determiners: ReadonlySet<string>): boolean {
  return m.type === 'anaphor' && m.sort === 'collective' && m.end - m.start > 1 && /^[\p{Lu}\d]/u.test(m.designator) && !determiners.has(m.designator.split(' ')[0]?.toLowerCase() ?? '');
}

export function membersBody(b: Pick<BulletinView, 'titleBlock' | 'mentions'>, m: Mention): Mention {
  const named = headlineBody(b, (x) => [x.designator, x.name ?? ''].some((n) => n.includes(m.designator)));
  return named?.mention ?? { ...m, type: 'body', id: m.designator, name: m.designator };
}

/** The first body the headline names that passes `test`, with the index of its sentence in the headline's block. */
export function headlineBody(b: Pick<BulletinView, 'titleBlock' | 'mentions'>, test: (m: Mention) => boolean): { mention: Mention; sentence: number } | undefined {
  if (b.titleBlock === undefined) return undefined;
  for (const [sentence, list] of (b.mentions[b.titleBlock] ?? []).entries()) {
    const mention = list.find((x) => x.type === 'body' && !x.plural && test(x));
    if (mention) return { mention, sentence };
  }
  return undefined;
}

/** How many content blocks the reported meeting is looked for in, and how many sentences of each. */
export const LEAD_BLOCKS = 3;
const LEAD_SENTENCES = 8;

export const heldMeeting: MeetingRule = {
  id: 'held-meeting',
  kind: 'meeting',
  match(b) {
    let seen = 0;
    for (let i = 0; i < b.blocks.length && seen < LEAD_BLOCKS; i++) {
      if (b.header.has(i)) continue;
      seen++;
      const sentences = b.sentences[i] ?? [];
      for (let si = 0; si < sentences.length && si < LEAD_SENTENCES; si++) {
        const s = sentences[si];
        if (!s) continue;
        for (const m of b.mentions[i]?.[si] ?? []) {
          // "APEC Senior Officials have wound up their first meeting": members named with their organisation.
          const named = namedMembers(m, s.lexicon.lists.determiners);
          if ((m.type !== 'body' && !named) || m.plural) continue;
          const subject = subjectOf(s, m);
          if (!subject) continue;
          // "The Port Council and the Logistics Council met in joint session": a meeting of both is neither's.
          const and = s.word(m.start - 1) === 'the' ? m.start - 2 : m.start - 1;
          if (s.word(and) === 'and' && (b.mentions[i]?.[si] ?? []).some((o) => o.type === 'body' && o.end === and)) continue;
          const tookPlace = s.verb(subject.verb)?.lemma === 'take' && s.word(subject.verb + 1) === 'place';
          if (!subject.meeting && !tookPlace) continue;
          // "Committee of Ministers: 1487th meeting of the Ministers' Deputies" … "GR-DEM met on 8 February": past the
          // first paragraph, another body's meeting is one the reported meeting heard of.
          if (seen > 1 && headlineBody(b, (t) => t.designator !== m.designator)) continue;
          // "WTO members met in the Negotiating Group on Rules": the body they met in is the meeting.
          const v = subject.verb;
          const within = s.inList(v + 1, 'meetingLinks') ? (s.word(v + 2) === 'the' ? v + 3 : v + 2) : -1;
          const host = (b.mentions[i]?.[si] ?? []).find((h) => h.type === 'body' && !h.plural && h.start === within);
          if (host) return host;
          return named ? membersBody(b, m) : m;
        }
      }
    }
    return undefined;
  },
};
