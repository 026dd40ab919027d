/**
 * A body named by an acronym designator: an acronym whose parts name a kind of body (`CWG FHR`,
 * `SG 5`, `ISO/TC 223`, `ISO/IEC JTC 1`, `WP 5D`), one the text defines as a body, or one the
 * registry knows. An expansion in parentheses is its name (`CWG-COP (Child Online Protection)`);
 * so is an `on …` or `for …` phrase running to the verb (`CWG on WSIS and SDGs reviewed …`). A
 * meeting noun right after it belongs to it (`JTC 1 Plenary took place`), and so does a session's
 * number when the two are the subject of a verb (`SDC 4 agreed …`).
 *
 * @example
 *   CWG-COP (Child Online Protection) continued to serve as a platform for exchange of experience.
 *   => group CWG-COP
 *   => action CWG-COP: continued to serve as a platform for exchange of experience
 *
 * A numbered designator's field may be written in small letters, in parentheses.
 *
 * @example
 *   The Harbour Board met in Oslo. Working Party 1 (WP1) reviewed the fees, while WP2 considered studies on dredging.
 *   => action WP2: considered studies on dredging
 *   => no action WP1: considered studies on dredging
 *
 * @example
 *   WP 7B (ferry, harbour and pilot services) agreed on a liaison statement to the IMO.
 *   => name WP-7B: ferry, harbour and pilot services
 *
 * @example
 *   The Sub-Committee on Ship Safety and Equipment (SSE) held its fourth session in Oslo.
 *
 *   SSE agreed to three unified interpretations of the rules.
 *   => group SSE
 *   => outcome SSE: agreed to three unified interpretations of the rules
 *
 * @example
 *   The Sub-Committee on Ship Stability (SST) held its fifth session in Oslo.
 *
 *   SST 5 established a correspondence group on mooring.
 *   => outcome SST 5: established a correspondence group on mooring
 *
 * @example
 *   Open-ended Working Group of the Harbour Convention, fourteenth meeting (OEWG-14)
 *
 *   The OEWG adopted 12 decisions.
 *   => group OEWG
 *   => name OEWG: Open-ended Working Group of the Harbour Convention
 *
 * @example
 *   The 12th meeting of the Harbour Preparatory Group project team D (HPG PT D) was held in Bern. HPG PT D approved a liaison statement.
 *   => outcome HPG PT D: approved a liaison statement
 *
 * @example
 *   The Board approved the standards on the recommendation of its Review Committee (RevCom). RevCom recommended the withdrawal of three inactive projects.
 *   => outcome RevCom: recommended the withdrawal of three inactive projects
 *   => name RevCom: Review Committee
 *
 * @example
 *   ISO/TC 207/SC 7 decides to register a new work item on carbon removals.
 *   => outcome ISO/TC-207/SC-7: decides to register a new work item on carbon removals
 *
 * @example
 *   ISO/TC 223 decides to establish a communication panel.
 *   => outcome ISO/TC-223: decides to establish a communication panel
 *
 * @example
 *   # SIG Node weekly meeting
 *
 *   - SIG Node agreed to publish a blog post. The WG Chair thanked everyone.
 *   - SIG approved the removal of cgroup v1.
 *   => group SIG Node
 *   => outcome SIG Node: agreed to publish a blog post
 *   => outcome SIG Node: approved the removal of cgroup v1
 *   => no group WG Chair
 *
 * @example
 *   Minutes of the HARBR WG session at IETF 130
 *
 *   The WG agreed that the document is ready for last call.
 *   => group HARBR-WG
 *   => no group HARBR WG session
 *
 * @example
 *   TSG HRB#104 approved 15 new Work Items and agreed the timeline.
 *   => outcome TSG-HRB#104: approved 15 new Work Items
 *   => outcome TSG-HRB#104: agreed the timeline
 *
 * @example
 *   CWG on Outreach and Partnerships reviewed the latest information on regional activities.
 *   => group CWG on Outreach and Partnerships
 *   => action CWG on Outreach and Partnerships: reviewed the latest information on regional activities
 *
 * A kind's acronym with a designation in small letters is one body of that kind (IEEE task groups).
 *
 * @example
 *   TGzz (Ultra Low Power) resolved 310 comments, and the TGs of the Working Group met jointly.
 *   => group TGzz
 *   => name TGzz: Ultra Low Power
 *   => no group TGs
 *
 * Office-holders the text defines under a plural acronym meet as a body.
 *
 * @example
 *   Senior Harbour Officials (SHOs) from the five ports met in Oslo. The SHOs reviewed the ferry plan. The NGOs welcomed it.
 *   => action SHOs: reviewed the ferry plan
 *   => no group NGOs
 */
import type { Lexicon } from '../../lexicon/index.js';
import { registryKey } from '../../registry/index.js';
import type { Sentence } from '../sentence.js';
import { isAcronymDesignator, meetingNumberAt } from '../definitions.js';
import { acronymKind, idOf, isBareHead, mixedAcronym, smallLetteredHead } from '../names.js';
import { isNameWord } from '../person-names.js';
import { isPluralAcronym } from '../parties.js';
import type { BodyRule, Mention } from './types.js';

/** Whether the word may continue an acronym designator: a number, or an acronym after a head (`CWG FHR`, `ISO/IEC JTC`). */
function continues(s: Sentence, k: number, headSeen: boolean, lexicon: Lexicon): boolean {
  if (s.isDesignatorNumber(k) && !s.is(k, 'anyVerbs')) return true;
  // "CPG PT D", "SC A": a kind's acronym and its letter (not "I" before a verb).
  if (headSeen && /^[A-Z]$/.test(s.raw(k)) && !(s.raw(k) === 'I' && s.is(k + 1, 'anyVerbs'))) return true;
  if (!s.isAcronym(k) || s.is(k, 'anyVerbs')) return false;
  return headSeen || isBareHead(s.raw(k), lexicon);
}


/**
 * Whether tokens `from`..`to` in parentheses after a numbered designator are its field in small letters ("WP 5A (land
 * mobile service above 30 MHz)"): two words or more, none a verb, the first no adverb or determiner.
 */
function fieldInSmallLetters(s: Sentence, designator: string, from: number, to: number): boolean {
  if (!/\d/.test(designator) || to - from < 2 || !s.isLower(from) || s.is(from, 'adverbs') || s.is(from, 'determiners')) return false;
  for (let k = from; k < to; k++) if (s.is(k, 'anyVerbs') || s.isAnyMark(k, ';:')) return false;
  return true;
}

export const acronymDesignator: BodyRule = {
  id: 'acronym-designator',
  kind: 'body',
  match(s, i, { lexicon, registry, definitions }) {
    if (!s.isWord(i)) return undefined;
    const first = s.raw(i);
    // "TGbn (Ultra High Reliability) resolved …": a kind's acronym with a designation in small letters.
    const lettered = !s.isAcronym(i) && isBareHead(smallLetteredHead(first) ?? '', lexicon);
    // "The SAOs reviewed …": office-holders the text defines under a plural acronym.
    const officeHolders = isPluralAcronym(first) && definitions.get(first)?.body === true;
    // "RevCom recommended …" after "its Review Committee (RevCom)": an acronym in mixed case the text defines.
    const definedMixed = mixedAcronym(first) && definitions.get(first)?.body === true;
    if (!s.isAcronym(i) && !lettered && !officeHolders && !definedMixed && !registry.bodyByKey.has(s.key(i))) return undefined;
    let j = i + 1;
    // "ISO/TC 207/SC 7": a head after the owner's slash counts too.
    let headSeen = isBareHead(first, lexicon) || isBareHead(first.slice(first.lastIndexOf('/') + 1), lexicon) || /^ITU-[TRD]$/.test(first);
    // "WG IS": a part that is a word too ("is") when the text defines the whole.
    while (j < s.length && j < i + 4 && (continues(s, j, headSeen, lexicon) || (s.isAcronym(j) && definitions.size > 0 && definitions.get(s.span(i, j + 1)) !== undefined))) {
      headSeen ||= isBareHead(s.raw(j), lexicon);
      j++;
    }
    // "SIG Node", "WG Serving": a kind of body's acronym and one name word, the body's name.
    if (j === i + 1 && isBareHead(first, lexicon) && isNameWord(s, j) && !s.isCap(j + 1) && !s.isAcronym(j + 1) && !s.is(j, 'meetingNouns') && !s.inList(j, 'recordNouns')) j++;
    // "WG NaN", "TG ExCom": a kind of body's acronym and a short acronym in mixed case.
    else if (j === i + 1 && isBareHead(first, lexicon) && mixedAcronym(s.raw(j))) j++;
    let designator = s.span(i, j);
    // "CWGs", "EGs": a set of bodies, not one.
    if (/^\p{Lu}+s$/u.test(designator) && !officeHolders && !registry.bodyByKey.has(registryKey(designator))) return undefined;
    // The longest known spelling wins: "ITU-T SG17" before "ITU-T".
    while (j > i + 1 && !registry.bodyByKey.has(registryKey(designator)) && !definitions.get(designator) && !acronymKind(designator, lexicon)) {
      j--;
      designator = s.span(i, j);
    }
    const key = registryKey(designator);
    const known = registry.bodyByKey.get(key);
    const defined = definitions.get(designator);
    if (!known && registry.orgByKey.has(key)) return undefined;
    if (!known && defined && !defined.body) return undefined;
    const kind = known?.kind ?? defined?.kind ?? acronymKind(designator, lexicon);
    if (!kind) return undefined;
    let name: string | null = defined?.longForm ?? null;
    let end = j;
    // "SDC 4 agreed …": a known acronym with a session's number, the subject of a verb, is the body at that session.
    if (j === i + 1 && (known || defined) && s.isDesignatorNumber(j) && (s.verb(j + 1) !== undefined || s.is(j + 1, 'adverbs'))) {
      designator = s.span(i, j + 1);
      end = j + 1;
    }
    // "TSG RAN#104 approved …", "SA#103": a body and its meeting's number after "#".
    if (meetingNumberAt(s, end)) {
      designator = s.span(i, end + 2);
      end += 2;
    }
    if (s.isMark(end, '(')) {
      const open = end;
      const close = s.closing(open);
      if (close > open + 1 && (s.isCap(open + 1) || fieldInSmallLetters(s, designator, open + 1, close)) && !isAcronymDesignator(s, open + 1, close)) {
        name = s.span(open + 1, close);
        end = close + 1;
      } else if (close > open) end = close + 1;
    }
    // "CWG on WSIS and SDGs reviewed …", "IEG-WTPF on the preparation of … has worked …"
    if (s.is(end, 'tailConnectors')) {
      let k = end + 1;
      while (k < s.length && k < end + 25 && !s.isAnyMark(k, ',;:().!?“”"«»–—') && !s.is(k, 'anyVerbs')) k++;
      if (s.is(k, 'anyVerbs') && k > end + 1) {
        name = s.span(end + 1, k);
        if (isBareHead(designator, lexicon)) designator = s.span(i, k);
        end = k;
      }
    }
    // "JTC 1 Plenary took place": the meeting of a body is the body.
    if (s.is(end, 'meetingNouns') && !s.isMark(end + 1) && s.word(end + 1) !== 'of') end++;
    const knownAs = registry.bodyByKey.get(registryKey(designator)) ?? known;
    const id = knownAs?.id ?? (/\s(?:on|for)\s/.test(designator) ? designator : idOf(designator));
    const mention: Mention = { type: 'body', start: i, end, designator, id, name: name ?? knownAs?.name ?? null, kind: knownAs?.kind ?? kind, rule: 'acronym-designator' };
    return mention;
  },
};
