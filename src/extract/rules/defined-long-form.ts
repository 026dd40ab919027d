/**
 * A body written as the long form the text defines, followed by its acronym: `the Telecommunication
 * Development Advisory Group (TDAG)`, `a joint ICCP and CDEP working party (WP) meeting`, or by a
 * short name of an acronym and its head: `Committee on Subsidies and Countervailing Measures (SCM
 * Committee)`. The acronym is the designator and the long form its name; a meeting noun right after
 * belongs to it.
 *
 * @example
 *   The Working Group Harbours and Networks (WG HaN) met online on 10 March and adopted the revised recommendation on pilots.
 *   => outcome WG-HaN: adopted the revised recommendation on pilots
 *   => name WG-HaN: Working Group Harbours and Networks
 *
 * @example
 *   The Ferry Standards Commission adopted 35 new tariffs. The Executive Committee of the Ferry Standards Commission (EC-FSC) met before the session and reviewed the standards.
 *   => action EC-FSC: reviewed the standards
 *   => no action Ferry Standards Commission: reviewed the standards
 *
 * @example
 *   The Committee on Nominations (ConN) approved its slate of candidates for the election.
 *   => outcome ConN: approved its slate of candidates for the election
 *
 * @example
 *   The Working Party on Harbour Safety and Pilotage (HSP) presented its work on pilot training.
 *   => action HSP: presented its work on pilot training
 *   => name HSP: Working Party on Harbour Safety and Pilotage
 *
 * @example
 *   The Standing Committee on Public Spaces (SCPS) adopted its work programme for the year.
 *   => group SCPS
 *   => outcome SCPS: adopted its work programme for the year
 *
 * @example
 *   A joint ICCP and CDEP working party (WP) meeting was held to consider the membership requests.
 *   => name WP: joint ICCP and CDEP working party
 *   => action WP: consider the membership requests
 *
 * @example
 *   The Council for Trade-Related Aspects of Intellectual Property Rights (TRIPS Council) reviewed the notifications. The TRIPS Council agreed to meet again in June.
 *   => group TRIPS Council
 *   => name TRIPS Council: Council for Trade-Related Aspects of Intellectual Property Rights
 *   => outcome TRIPS Council: agreed to meet again in June
 *
 * @example
 *   The Port Engineering Working Group (WG PE) held its 14th meeting online. The WG reached consensus on the draft report.
 *   => outcome WG PE: reached consensus on the draft report
 *   => name WG PE: Port Engineering Working Group
 *
 * An acronym with its meeting's number after "#" defines the acronym: the body's meeting is the body.
 *
 * @example
 *   The Harbour Specification Group Ferry Aspects (HSG FA#30) approved the ferry timetable. FA#30 also agreed the work plan.
 *   => group HSG-FA
 *   => name HSG-FA: Harbour Specification Group Ferry Aspects
 *   => outcome HSG-FA: approved the ferry timetable
 *   => outcome HSG-FA: agreed the work plan
 *
 * A translated name need not spell its acronym: a kind's acronym that spells the name's head is enough.
 *
 * @example
 *   The Regional Working Group on Informatization (WG IS) held its 18th meeting online. The WG IS agreed to prepare proposals.
 *   => group WG-IS
 *   => name WG-IS: Regional Working Group on Informatization
 *   => outcome WG-IS: agreed to prepare proposals
 *
 * A meeting of office-holders is a body too; its session's ordinal is no part of its name.
 *
 * @example
 *   The 12th Harbour Transport Ministers' (HTM) Meeting was held in Tallinn. The Ministers endorsed the ferry charter.
 *   => group HTM
 *   => name HTM: Harbour Transport Ministers'
 *
 * The long form written alone later is the same body, under its acronym.
 *
 * @example
 *   The Harbour Safety Board (HSB) met on 3 May 2026. The Harbour Safety Board approved the dredging plan.
 *   => outcome HSB: approved the dredging plan
 *
 * @example
 *   IMO Harbour Safety Committee (HSC 4), 3-7 May 2026
 *
 *   The Harbour Safety Committee, at its fourth session, approved the dredging plan.
 *   => outcome HSC-4: approved the dredging plan
 *
 * An organisation's acronym with a session's ("CSB COP16": the Conference of the Parties of the
 * CSB) defines the session's long form; the session's acronym alone is the same body.
 *
 * @example
 *   The Conference of the Parties to the Convention on Seabirds (CSB COP16) closed in Cali. The COP adopted 30 decisions.
 *   => group CSB-COP16
 *   => name CSB-COP16: Conference of the Parties to the Convention on Seabirds
 *   => outcome CSB-COP16: adopted 30 decisions
 *
 * An acronym defined twice, by two long forms, names one body under both.
 *
 * @example
 *   Harbour Preparatory Group for WRC-31 (HPG31-2) concludes in Oslo
 *
 *   The Harbour Regional Preparatory Group for WRC-31 (HPG31-2) adopted its report.
 *   => outcome HPG31-2: adopted its report
 */
import { registryKey, type Registry } from '../../registry/index.js';
import { beforeMeetingNumber, type Definitions } from '../definitions.js';
import { idOf } from '../names.js';
import type { Sentence } from '../sentence.js';
import type { BodyRule, Mention } from './types.js';

export const definedLongForm: BodyRule = {
  id: 'defined-long-form',
  kind: 'body',
  match(s, start, { registry, definitions }) {
    if (definitions.size === 0) return undefined;
    // "the 5th Harbour Ministers' Meeting (HMM)": the session's ordinal is read with the mention, not with the name.
    const i = s.isOrdinal(start) && definitions.startsWith(s.word(start + 1)) ? start + 1 : start;
    if (!definitions.startsWith(s.word(i))) return undefined;
    for (let k = i + 1; k < s.length && k <= i + 16; k++) {
      if (s.isAnyMark(k, ';:.!?“”"')) return alone(s, start, i, k, registry, definitions);
      if (!s.isMark(k, '(')) continue;
      const close = s.closing(k);
      if (close < 0) return undefined;
      // "… Service and System Aspects (TSG SA#108)": the acronym with its meeting's number.
      const acronym = s.span(k + 1, beforeMeetingNumber(s, k, close));
      const def = definitions.get(acronym);
      if (!def || !def.body) return undefined;
      const written = s.span(i, k).toLowerCase();
      if (written !== def.longForm.toLowerCase() && definitions.ofLongForm(written) !== def) return undefined;
      const known = registry.bodyByKey.get(registryKey(acronym));
      let end = close + 1;
      if (s.is(end, 'meetingNouns')) end++;
      return { type: 'body', start, end, designator: acronym, id: known?.id ?? idOf(acronym), name: def.longForm, kind: known?.kind ?? def.kind ?? 'other', rule: 'defined-long-form' };
    }
    return alone(s, start, i, Math.min(s.length, i + 17), registry, definitions);
  },
};

/** The longest defined long form starting at `i` and ending before `limit`, written without its acronym: a spelling of the acronym's body (a mention from `start`). */
function alone(s: Sentence, start: number, i: number, limit: number, registry: Registry, definitions: Definitions): Mention | undefined {
  for (let k = limit; k > i + 1; k--) {
    // A long form ends where the name does: not inside "Harbour Board of Trustees".
    if (s.isCap(k) || s.isAcronym(k) || (s.is(k, 'nameConnectors') && s.isCap(k + 1))) continue;
    const def = definitions.ofLongForm(s.span(i, k).toLowerCase());
    if (!def) continue;
    const known = registry.bodyByKey.get(registryKey(def.acronym));
    let end = k;
    if (s.is(end, 'meetingNouns') && s.isLower(end) && s.word(end + 1) !== 'of') end++;
    return { type: 'body', start, end, designator: s.span(i, k), id: known?.id ?? idOf(def.acronym), name: def.longForm, kind: known?.kind ?? def.kind ?? 'other', rule: 'defined-long-form' };
  }
  return undefined;
}
