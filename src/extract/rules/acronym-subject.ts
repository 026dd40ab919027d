/**
 * A bare acronym that the text never defines but makes the subject of a body's verb
 * (`SBSTTA considered …`, `SC accepted …`) names a body. Acronyms the registry knows as
 * organisations, and verbs of taking part (`presented`, `submitted`), do not count.
 *
 * @example
 *   Paris, 9 July 2026. For the first time, SBSTTA considered the impact of biofuels on biodiversity.
 *   => action SBSTTA: considered the impact of biofuels on biodiversity
 *
 * @example
 *   The TSC voted to move the Lumen project to incubation.
 *   => outcome TSC: voted to move the Lumen project to incubation
 *
 * @example
 *   The Harbour Committee met in Oslo. The ITF and IFSMA highlighted the plight of abandoned crews.
 *   => no group IFSMA
 *
 * @example
 *   The TSG SA#111 plenary meeting was held in Maastricht. SA#111 approved 14 new work items.
 *   => outcome TSG-SA#111: approved 14 new work items
 *
 * An organisation the registry knows reports to the body; it is none itself.
 *
 * @example
 *   The HTC adopted its agenda. The WMO reported on its activities. Parties considered draft conclusions.
 *   => outcome HTC: adopted its agenda
 *   => no group WMO
 *   => action HTC: considered draft conclusions
 *
 * An acronym that opens the acronym of one body the text defines is that body.
 *
 * @example
 *   Notes 3 March
 *
 *   The chairs reminded members that the Cross Harbour Working Group on Ferry Proceeds (CHWG-FP) aims to deliver its final report by June. The CHWG reviewed the public comments on the initial report.
 *   => action CHWG-FP: reviewed the public comments on the initial report
 *
 * An acronym that ends a designator of acronyms is that body, without its owner's or kind's letters.
 *
 * @example
 *   TSG HRB held its 108th plenary meeting in Prague. The plenary approved the study on 6G radio. HRB also endorsed the revised timeline.
 *   => outcome TSG-HRB: endorsed the revised timeline
 *
 * @example
 *   The TAC met on 3 May 2026 and approved the roadmap.
 *   => outcome TAC: approved the roadmap
 *
 * An acronym the text never expands takes its name from a body's name that spells it.
 *
 * @example
 *   IEC Harbour Management Board – decisions of meeting 186
 *
 *   The HMB approved the agenda of its 186th meeting.
 *   => outcome HMB: approved the agenda of its 186th meeting
 *   => name HMB: Harbour Management Board
 *
 * So is one that spells the end of the reported body's name, after its owner's words.
 *
 * @example
 *   Harbour Foundation Cross Project Council meeting notes
 *
 *   Attendees: Ana Ruiz, Bo Li
 *
 *   1. Budget.
 *
 *      The CPC discussed the budget for 2028.
 *   => action Harbour Foundation Cross Project Council: discussed the budget for 2028
 *
 * So is one with a number after its letters for the name with that number, and the acronym becomes its designator.
 *
 * @example
 *   XLV MEETING OF THE HARBOUR CONSULTATIVE COMMITTEE II
 *
 *   The XLV Meeting of HCC.II was held in Lima. The Committee approved 14 draft proposals. HCC.II also agreed to meet in Brasilia in May 2027.
 *   => outcome HCC.II: approved 14 draft proposals
 *   => outcome HCC.II: agreed to meet in Brasilia in May 2027
 *   => name HCC.II: HARBOUR CONSULTATIVE COMMITTEE II
 *
 * A phrase written in capitals is no body and its verb:
 *
 * @example
 *   NOW, THEREFORE, BE IT RESOLVED, that a Harbour Management Committee (HMC) be and hereby is established.
 *   => no group IT
 */
import { registryKey } from '../../registry/index.js';
import { reportAt } from '../clauses.js';
import { meetingNumberAt } from '../definitions.js';
import type { BodyRule } from './types.js';

export const acronymSubject: BodyRule = {
  id: 'acronym-subject',
  kind: 'body',
  match(s, i, { registry, definitions }) {
    if (!s.isAcronym(i) || s.isNumber(i)) return undefined;
    const designator = s.raw(i);
    const key = registryKey(designator);
    if (registry.orgByKey.has(key) || definitions.get(designator)) return undefined;
    // "The ITF and IFSMA highlighted …": names listed as one subject are organisations that spoke, not a body.
    if ((s.word(i - 1) === 'and' || s.isMark(i - 1, ',')) && (s.isAcronym(i - 2) || s.isCap(i - 2))) return undefined;
    let j = i + 1;
    if (s.isDesignatorNumber(j)) j++;
    // "RAN#111 approved …": the body at its meeting's number.
    else if (meetingNumberAt(s, j)) j += 2;
    let k = j;
    while (k < j + 3 && (s.is(k, 'adverbs') || s.is(k, 'auxiliaries') || /ly$/.test(s.word(k)))) k++;
    // "SBSTTA considered …", and "The TAC met on 3 May and approved …": a verb of reporting or of meeting.
    const form = s.verb(k);
    const meeting = form?.meeting && s.isLower(k) && form.type !== 'base' ? form : undefined;
    const verb = reportAt(s, k)?.form ?? meeting;
    if (!verb || verb.participation || verb.type === 'gerund') return undefined;
    // "BE IT RESOLVED": a verb written in capitals is a shouted phrase, whose "IT" is a pronoun.
    if (s.isAcronym(k)) return undefined;
    const full = s.span(i, j);
    return { type: 'body', start: i, end: j, designator: full, id: full.replace(/\s+/g, '-'), name: null, kind: 'other', rule: 'acronym-subject' };
  },
};
