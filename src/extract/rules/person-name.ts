/**
 * People: a name the sentence marks as a person's, by a role beside it, a title before it
 * (`Mr.`, `Dr`, `Ambassador`), initials, `by` before it, a verb people do after it (`opened`,
 * `welcomed`), or a list of such names. The role is kept as written.
 *
 * @example
 *   The meeting was opened by Alexey Borodin, RCC Director General, and chaired by Ms. Frances Schrotter.
 *   => person Alexey Borodin (RCC Director General)
 *   => person Frances Schrotter
 *
 * @example
 *   By electronic ballot, the Council elected Anne M. Gaffney, Will E. Lynch, and Lydia E.M. Hines for a three-year term.
 *   => person Anne M. Gaffney
 *   => person Lydia E.M. Hines
 *
 * @example
 *   The meeting was chaired by Chair of CMAG, Dr Monica Juma, Cabinet Secretary for Foreign Affairs.
 *   => person Monica Juma (Chair of CMAG)
 *
 * @example
 *   The Faculty Senate:
 *
 *   1. Elected Professor Hana Kobayashi as Senate Vice-Chair for 2027.
 *   => person Hana Kobayashi (Senate Vice-Chair)
 *
 * @example
 *   Council members present: Greg DiBiase (Chair), Ana LaGuardia, Tom Reed
 *   => person Greg DiBiase (Chair)
 *   => person Ana LaGuardia
 *
 * @example
 *   The committee reviewed the budget report presented by Vice-President (Finance) Mark Delaney and requested a breakdown of costs.
 *   => person Mark Delaney (Vice-President (Finance))
 *
 * @example
 *   Committee membership: Ruth Callaghan MP (Chair), Paul Ashworth MP, Nadia Rahman MP, Simon Prowse MP.
 *   => person Ruth Callaghan (Chair)
 *   => person Paul Ashworth ()
 *   => person Nadia Rahman ()
 *
 * @example
 *   The meeting was opened by the Chair, Mr Pieter de Vries (Netherlands), who welcomed participants.
 *   => person Pieter de Vries (Chair)
 *
 * @example
 *   Introducing the report, the Controller, Ana Ruiz, said the proposal amounted to $3.2 million.
 *   => person Ana Ruiz (Controller)
 *
 * @example
 *   The Board elected Dr Ana Lima, Regional Director for the Western Pacific, to lead the review panel.
 *   => person Ana Lima (Regional Director for the Western Pacific)
 *   => no person Western Pacific
 *
 * @example
 *   Representatives of JSC Kazpost and FSUE Russian Post presented reports on e-commerce.
 *   => no person Russian Post
 *
 * A role's head, the word before its "of", "for" or "in", is a role's word: "Interim" alone makes no office.
 *
 * @example
 *   The Harbour Committee discussed the financing of the United Nations Interim Force in Lebanon.
 *   => no person United Nations
 *
 * @example
 *   Professor Ana Lima, Chair of the Faculty Senate, presided, and Ambassador Li Wei spoke for the donors.
 *   => person Ana Lima (Chair of the Faculty Senate)
 *   => person Li Wei (Ambassador)
 *
 * @example
 *   The Harbour Board, chaired by Pieter van der Berg, heard Joana da Costa and Louis du Pont on the budget.
 *   => person Pieter van der Berg
 *   => person Joana da Costa
 *   => person Louis du Pont
 *
 * @example
 *   Harbour TSC meeting, 17 April 2027
 *
 *   Present
 *
 *   - Matteo Collina
 *   - Rafael Gonzaga @rgonzaga
 *
 *   Agenda
 *
 *   - Ferry Schedules
 *   => person Matteo Collina
 *   => person Rafael Gonzaga
 *   => no person Ferry Schedules
 *
 * @example
 *   Harbour TSC meeting, 17 April 2027
 *
 *   Present
 *
 *   - Matteo Collina (@mcollina) — chair
 *   - Rafael Gonzaga - Secretary
 *   => person Matteo Collina (chair)
 *   => person Rafael Gonzaga (Secretary)
 *
 * @example
 *   The meeting was chaired by the Chairman of the Harbour Board, Minister of Transport and Ports of the Republic of Belarus K. Shulgan.
 *   => person K. Shulgan (Minister of Transport and Ports of the Republic of Belarus)
 *
 * @example
 *   General Assembly Adopts Resolution Proclaiming International Day of Ferry Safety
 *
 *   The General Assembly adopted the resolution without a vote.
 *   => no person Proclaiming International Day
 *
 * @example
 *   The meeting was opened by the Vice-Minister of Harbours of the Republic of Kazakhstan A. Zhumabayev, who welcomed the participants.
 *   => person A. Zhumabayev (Vice-Minister of Harbours of the Republic of Kazakhstan)
 *
 * @example
 *   The meeting was opened by the Minister of Transport, Ports and Energy, Ana Ruiz.
 *   => person Ana Ruiz (Minister of Transport, Ports and Energy)
 *
 * @example
 *   The Harbour Board Chairman, D.Ya. Petrov, informed the participants. Yu.A. Ivanova presented the report.
 *   => person D.Ya. Petrov (Harbour Board Chairman)
 *   => person Yu.A. Ivanova
 *
 * @example
 *   The Chairperson of Working Group 6, Eng. Ana Mwale (Zambia), thanked the hosts.
 *   => person Ana Mwale (Chairperson of Working Group 6)
 *
 * @example
 *   The meeting took place in Oslo, chaired by Norwegian Undersecretary Ana Ruiz.
 *   => person Ana Ruiz (Norwegian Undersecretary)
 *
 * @example
 *   The meeting was opened by the Cabinet Secretary for Harbours, Ferries and the Blue Economy of Ruritania, Hon. Ana Ruiz.
 *   => person Ana Ruiz (Cabinet Secretary for Harbours, Ferries and the Blue Economy of Ruritania)
 *
 * @example
 *   Mr. Kenji Tanaka of Japan, Chairman of the Harbour Group, presided over the meeting.
 *   => person Kenji Tanaka (Chairman of the Harbour Group)
 *
 * @example
 *   The Harbour Board voted to appoint Sarah Lee to the Ferry Commission and reappointed Tom Berg.
 *   => person Sarah Lee
 *   => person Tom Berg
 *
 * @example
 *   Present: Ana Lee, Chris Park
 *   Scribe: Ben Ode
 *   Minutes: Rosa Diaz
 *   Guests: Dan Winship (Acme), Lawrence Okoye
 *   => person Ben Ode (Scribe)
 *   => person Chris Park
 *   => person Rosa Diaz
 *   => person Dan Winship
 *   => person Lawrence Okoye
 *
 * @example
 *   Executive Secretary of the Harbour Convention Ms. Elena Petrova opened the meeting.
 *   => person Elena Petrova (Executive Secretary of the Harbour Convention)
 *
 * @example
 *   WHO Director-General Dr Tedros Adhanom Ghebreyesus thanked Member States for their engagement.
 *   => person Tedros Adhanom Ghebreyesus (WHO Director-General)
 *
 * @example
 *   TC 57 appoints Mr Jun Park (KR) as convenor of WG 10, and the meeting was chaired by Dr. May Chen.
 *   => person Jun Park (convenor of WG 10)
 *   => person May Chen
 *
 * @example
 *   The meeting was chaired by H.E. Ivan John Uy, Secretary of the Department of Information.
 *   => person Ivan John Uy (Secretary of the Department of Information)
 *   => no person H.E. Ivan
 *
 * @example
 *   The Council elected William F. Carroll, Jr. and Tony Wright MP, and met in the John A. Wilson Building on International Children’s Day.
 *   => person William F. Carroll, Jr.
 *   => person Tony Wright
 *   => no person A. Wilson
 *   => no person International Children’s Day
 *
 * @example
 *   The Standing Committee on the Law of Patents, Industrial Designs and Trade Secrets (SCP) adopted its agenda.
 *   => no person Industrial Designs
 *   => no person Trade Secrets
 *
 * @example
 *   The meeting was chaired by the Minister of Foreign Trade and Tourism, Ursula Desilú León, assisted by May Chen and Jan Plesnik (Czechia).
 *   The Council elected Bryndís Haraldsdóttir of Iceland as President for 2027, and the May Council meeting closed.
 *   => person Ursula Desilú León (Minister of Foreign Trade and Tourism)
 *   => person Jan Plesnik
 *   => person May Chen
 *   => person Bryndís Haraldsdóttir (President)
 *   => no person May Council
 *
 * @example
 *   Ms Eva Lund (Sweden) was re-elected as Vice-Chair of the Working Group for a second term.
 *   => person Eva Lund (Vice-Chair of the Working Group)
 *
 * @example
 *   The meeting was opened by Mr Ivan Petrov, Chairman of the Commission for the Coordination of Regional Cooperation.
 *   => person Ivan Petrov (Chairman of the Commission for the Coordination of Regional Cooperation)
 *
 * @example
 *   The meeting was chaired by Vadim Kaptur, the Chairman of the WG PP-26.
 *   => person Vadim Kaptur (Chairman of the WG PP-26)
 *
 * @example
 *   The Harbour Steering Group held its telechat. Thirteen Area Directors were present.
 *   => no person Thirteen Area
 *
 * @example
 *   The meeting was opened by the Director of the Harbour Development Bureau (HDB), Cosmas Zavazava.
 *   => person Cosmas Zavazava (Director of the Harbour Development Bureau (HDB))
 *
 * @example
 *   "The plan works," said board chair Robert Lang, and Council member Ann Lee agreed.
 *   => person Robert Lang (board chair)
 *   => person Ann Lee (Council member)
 *
 * @example
 *   The Committee considered proposals to amend Appendix I. Dr. Ann Weir presented Article IV.
 *   => person Ann Weir
 *   => no person Appendix I.
 *   => no person Article IV.
 *
 * @example
 *   Several Governors expressed concern about the plant, and Many Members welcomed the report.
 *   => no person Several Governors
 *   => no person Many Members
 *
 * @example
 *   The Council held a dialogue with the Special Rapporteur on freedom of opinion and expression, Irene Khan, who presented her report.
 *   => person Irene Khan (Special Rapporteur on freedom of opinion and expression)
 *
 * @example
 *   "We made real progress," said Tom Berg, the group's vice-chair.
 *   => person Tom Berg (the group's vice-chair)
 *
 * @example
 *   Councillor Mei Chen's motion to defer the library expansion was defeated, and Ms Georgia Brown abstained.
 *   => person Mei Chen (Councillor)
 *   => person Georgia Brown
 *   => no person Mei Chen's
 *
 * @example
 *   Members present: President Laura Kim, Directors Sam Patel, Olivia Grant and Henry Wu. The Council Members Grant Approval.
 *   => person Olivia Grant ()
 *   => person Sam Patel (Directors)
 *   => person Henry Wu
 *   => no person Council Members Grant
 *
 * @example
 *   The Board agreed to disband SG 12 and thanked its convenor, Mr Kai Müller, and its members for their work.
 *   => person Kai Müller (convenor)
 *
 * @example
 *   The Harbour Committee approved the draft.
 *
 *   Best regards,
 *   Anna Jansen
 *   HSC Secretary
 *   => person Anna Jansen (HSC Secretary)
 *
 * @example
 *   Executive Officers Present: Ruth Suehle, Craig L Russell
 *   => person Craig L Russell
 *
 * @example
 *   TAC members present: Jordan Lee (chair), Sofia Marin, Ravi Patel. Jordan Valley water was discussed.
 *   => person Jordan Lee (chair)
 *   => person Sofia Marin
 *   => no person Jordan Valley
 *
 * @example
 *   "Cooperation works," said Rolph Payet, Executive Secretary of the Basel, Rotterdam and Stockholm Conventions.
 *   => person Rolph Payet (Executive Secretary of the Basel, Rotterdam and Stockholm Conventions)
 *
 * @example
 *   Maria Ortiz, who chairs the Budget Committee, presented the report, and Jean Dupont (Chair, France) closed the meeting.
 *   => person Maria Ortiz
 *   => person Jean Dupont (Chair)
 *
 * @example
 *   The 802.11 chair, Robert Stacey (Intel), thanked the host.
 *   => person Robert Stacey (802.11 chair)
 *
 * @example
 *   "We must act now," said Dr. Lena Fischer, lead author of the report, on Monday.
 *   => person Lena Fischer (lead author of the report)
 *
 * @example
 *   Chaired by: Jane Doe
 *   Secretary: Pierre Martin
 *   => person Jane Doe
 *   => person Pierre Martin (Secretary)
 *
 * @example
 *   Attendees: Alice Wong (Red Hat), Bob Meyer (Acme Corporation)
 *   => person Alice Wong
 *   => person Bob Meyer
 *
 * @example
 *   Attendees: Eric Huss (devtools), Dawn Wages (Chair), Deb Lowe (Executive Director)
 *   Regrets: Ana Ruiz
 *   Present: Senators Ahmed, Brooks
 *   Council Members present: Mayor Jane Doe, Councilmembers Ahmed, Brown and Chen.
 *   => no person Senators Ahmed
 *   => person Jane Doe (Mayor)
 *   => person Eric Huss
 *   => person Dawn Wages (Chair)
 *   => person Deb Lowe (Executive Director)
 *   => person Ana Ruiz
 *
 * @example
 *   Resolved: the Council approves the appointment of Sam Doe as liaison to the Advisory Committee (AC).
 *   => person Sam Doe (liaison to the Advisory Committee (AC))
 *
 * @example
 *   The Council met at the John A. Wilson Building and prepared for the Nairobi Ministerial.
 *   => no person John A. Wilson
 *   => no person John A. Wilson Building
 *
 * @example
 *   The meeting was chaired by the Chairman of the WG RFS Pastov A.S.
 *   => person Pastov A.S. (Chairman of the WG RFS)
 *
 * @example
 *   The board of Baltic Energy Research met in Riga, and the Subsidiary Body on Scientific, Technical and Technological Advice adopted its report.
 *   => no person Baltic Energy Research
 *   => no person Technological Advice
 *
 * @example
 *   The Harbour Board thanked outgoing Chair Karen O'Neill and welcomed Ana McDonald and Raj D’Souza.
 *   => person Karen O'Neill (Chair)
 *   => person Ana McDonald
 *   => person Raj D’Souza
 *
 * @example
 *   The meeting was chaired by H.E. Tran Van Minh, Minister of Science and Technology of Viet Nam, and Ms Lan Pham.
 *   => person Tran Van Minh (Minister of Science and Technology of Viet Nam)
 *
 * @example
 *   The Harbour Commission elected Ms Ingrid Dahl (Norway) as Chair and Mr Pedro Alves (Portugal) and Dr Amina Yusuf (Nigeria) as Vice-Chairs.
 *   => person Ingrid Dahl (Chair)
 *   => person Pedro Alves (Vice-Chairs)
 *   => person Amina Yusuf (Vice-Chairs)
 *
 * @example
 *   The Harbour Commission met in Oslo. Mr Bo Lind (Sweden) and Ms Eva Holm (Norway) were elected Vice-Chairs.
 *   => person Bo Lind (Vice-Chairs)
 *   => person Eva Holm (Vice-Chairs)
 *
 * @example
 *   The Harbour Wireless Group met in Oslo. Mr. Kyu-Jin Wee (Korea) continues as Chairman of the HWG, and Ms Ana Ruiz serves as Secretary.
 *   => person Kyu-Jin Wee (Chairman of the HWG)
 *   => person Ana Ruiz (Secretary)
 *
 * @example
 *   By Jana Novak, Staff Writer | 19 November 2027
 *
 *   The Harbour Board approved the budget.
 *   => person Jana Novak (Staff Writer)
 *   => no person Nairobi Ministerial
 *
 * @example
 *   The Harbour Committee reported progress on the Bogor Goals review. It heard Dr. Ana Lima and elected Captain Sofia Berg as its Chair.
 *   => no person Bogor Goals
 *   => person Ana Lima
 *   => person Sofia Berg (Chair)
 *
 * @example
 *   The Harbour Committee took evidence from the Governor of the Harbour Bank, Andrew Bailey, on 4 March.
 *   => person Andrew Bailey (Governor of the Harbour Bank)
 *
 * @example
 *   The Harbour Council met on 3 May 2027. Dr. Jane Doe (Chair, Harbour Board) presented the report.
 *   => person Jane Doe (Chair, Harbour Board)
 *
 * @example
 *   The Harbour Board met in Riga. Greetings were delivered by Deputy Director General of the Harbour Executive Committee Kairat Abdrakhmanov.
 *   => person Kairat Abdrakhmanov (Deputy Director General of the Harbour Executive Committee)
 *
 * @example
 *   The Committee on Port Services met on 14 May 2027. The chair, Ambassador Li Wei (China), said that members had made progress.
 *   => person Li Wei (Ambassador)
 *
 * @example
 *   Staff: Ellen Wu (CEO), Frank Ito (General Counsel).
 *   => person Ellen Wu (CEO)
 *   => person Frank Ito (General Counsel)
 *
 * Whose words the bulletin gives ("According to John Smith, …") is a person.
 *
 * @example
 *   The Harbour Board approved the plan. According to John Smith, the plan will start in May. According to Harbour Data, fares will fall.
 *   => person John Smith
 *   => no person Harbour Data
 *
 * A section's Roman number and the first word of its title ("I. Organizational matters") are no initial and surname.
 *
 * @example
 *   I. Organizational matters
 *
 *   I. Petrov opened the meeting of the Harbour Board.
 *   => no person I. Organizational
 *   => person I. Petrov
 *
 * A name that an acronym in parentheses abbreviates is a body's or a project's, not a person's.
 *
 * @example
 *   The Harbour Board approved the charter of the new Ferry Routing Operations (FROPS) working group. The Harbour Board heard Dr Ana Lima (ITU).
 *   => no person Ferry Routing Operations
 *   => person Ana Lima
 */
import { hasRoleWord, isNameWord, lineFrom, nameAt, roleAfter, roleBefore, rosterStart, signatureStart, withPostNominal } from '../person-names.js';
import type { Lexicon } from '../../lexicon/index.js';
import { longFormOf } from '../names.js';
import { WeakMemo } from '../../lexicon/memo.js';
import type { Sentence } from '../sentence.js';
import type { PersonFinding, PersonRule } from './types.js';

/** Whether a name continues a body's capitalised name ("Committee on the Law of Trademarks, Industrial Designs and …"). */
function inBodyName(s: Sentence, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 16; k--) {
    if (s.isMark(k, ',') || s.is(k, 'nameConnectors')) continue;
    if (!s.isCap(k) && !s.isAcronym(k)) return false;
    if (s.is(k, 'bodyHeads')) return true;
  }
  return false;
}

/** The verbs (lemmas) whose participles give a person an office: "appoint", "elect", "name" … */
const OFFICE_LEMMAS = new WeakMemo<Lexicon, Set<string>>((lexicon) => new Set([...lexicon.lists.appointmentVerbs].flatMap((p) => lexicon.verbs.get(p)?.lemma ?? [])));

/** Whether the word at `k` is a verb that gives a person an office ("to appoint Sarah Lee to …", "elects Ana Ruiz as …"). */
function givesOffice(s: Sentence, k: number): boolean {
  const lemma = s.verb(k)?.lemma;
  return lemma !== undefined && OFFICE_LEMMAS.get(s.lexicon).has(lemma);
}

/** Whether every token from `from` to `to` may be a word of a name. */
function allNameWords(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isNameWord(s, k)) return false;
  return true;
}

export const personName: PersonRule = {
  id: 'person-name',
  kind: 'person',
  match(s, { rosterItem, signature }) {
    const out: PersonFinding[] = [];
    let lastEnd = -10;
    const roster = rosterStart(s);
    // "Best regards,\nAnna Jansen\nHSC Secretary" in one paragraph: the name fills its line, the office is the next one.
    const signed = signatureStart(s);
    let lineEnd = signed + 1;
    while (signed >= 0 && lineEnd < s.length && !s.lineBreakBefore(lineEnd)) lineEnd++;
    if (signed >= 0 && lineEnd - signed >= 2 && lineEnd - signed <= 4 && allNameWords(s, signed, lineEnd)) {
      out.push({ name: s.span(signed, lineEnd), role: lineEnd < s.length && hasRoleWord(s, lineEnd, s.length) ? lineFrom(s, lineEnd) : null, tokens: [signed, lineEnd], rule: 'person-name' });
    }
    for (let i = 0; i < s.length; i++) {
      const span = nameAt(s, i);
      if (!span) continue;
      // "Committee on Non-Governmental Organizations": the end of a longer capitalised name; "FSUE Russian Post": a
      // company's name after its legal form.
      // "According to John Smith, …": whose words the bulletin gives.
      const according = s.word(span.start - 1) === 'to' && s.word(span.start - 2) === 'according';
      if ((s.is(span.start - 1, 'nameConnectors') && s.word(span.start - 1) !== 'and' && s.isCap(span.start - 2) && !according) || s.lexicon.cased.legalForms.has(s.raw(span.start - 1))) {
        i = span.end - 1;
        continue;
      }
      const end = withPostNominal(s, span.end);
      // "I. Organizational matters": a section's Roman number over its title, when a noun in lower case goes on after it.
      if (span.start === 0 && span.end === 3 && /^[IVX]$/.test(s.raw(0)) && s.isLower(3) && !s.is(3, 'anyVerbs') && !s.is(3, 'auxiliaries') && !s.is(3, 'nameConnectors')) {
        i = span.end - 1;
        continue;
      }
      // "Deterministic Networking Operations (DETNETOPS)": a name its acronym abbreviates.
      if (s.isMark(end, '(') && s.isMark(end + 2, ')') && s.isAcronym(end + 1) && longFormOf(s.raw(end + 1), s.span(span.start, end)) === s.span(span.start, end)) {
        i = span.end - 1;
        continue;
      }
      const before = roleBefore(s, span.start);
      const after = roleAfter(s, end);
      // "Chair of CMAG, Dr Monica Juma, Cabinet Secretary …": the role written first is the one given; but a
      // one-word title right before the name gives way to the office written after it ("Professor Ana Lima, Chair of the Senate").
      // "Best regards," on the line before: a signature's name, with the office on the line under it.
      const signedName = signature !== undefined && span.start === 0 && end >= s.length;
      const office = signedName ? signature.office : null;
      const role = office ?? (before !== null && after !== null && !before.includes(' ') && !s.isMark(span.start - 1, ',') ? after : (before ?? after));
      // "chaired by Dr. X", "Chaired by: X": the word before a title's period or a label's colon.
      const prev = s.isMark(span.start - 1, '.') || s.isMark(span.start - 1, ':') ? s.word(span.start - 2) : s.word(span.start - 1);
      const titled = s.is(span.start - 1, 'personTitles') || s.inList(span.start - 2, 'personTitles') && s.isMark(span.start - 1, '.');
      const initials = /\./.test(s.span(span.start, span.end));
      // "Jane Doe opened", "Jane Doe, said": not "(Financial and Human Resources) reviewed", a name's expansion, nor
      // "the Registration Data Policy and agreed", a name's end before another clause.
      // "Jean Dupont (France) closed …": the verb after the parenthesis; "Maria Ortiz, who chairs …": a person's relative clause.
      const afterParen = s.isMark(end, '(') ? s.closing(end, 8) + 1 : 0;
      const verb = s.verb(end) ?? (s.isMark(end, ',') ? s.verb(end + 1) : undefined) ?? (afterParen > 0 ? s.verb(afterParen) : undefined);
      const who = s.isMark(end, ',') && s.word(end + 1) === 'who';
      const listed = (prev === 'and' || prev === ',') && lastEnd >= span.start - 3;
      const followedByName = (s.word(end) === 'and' || s.isMark(end, ',')) && nameAt(s, s.word(end + 1) === 'and' ? end + 2 : end + 1) !== undefined;
      // "Attendees: Alice Wong (Red Hat), Bob Meyer (Google)": a name with its affiliation, in a list.
      const close = s.isMark(end, '(') ? s.closing(end, 6) : -1;
      const inList = span.start === 0 || s.isAnyMark(span.start - 1, ':,') || s.word(span.start - 1) === 'and';
      const affiliated = inList && close > end && (close + 1 >= s.length || s.isAnyMark(close + 1, ',;.') || s.word(close + 1) === 'and');
      const strong = role !== null || titled || initials;
      // "Regrets: Cristián Maureira-Fredes": every name of a roster line is a person's.
      // "## Present" over "* Matteo Collina": an item of a roster's list opens with a person's name.
      const rostered = (roster >= 0 && inList && span.start >= roster) || (rosterItem && span.start === 0);
      const cue = strong || affiliated || rostered || signedName || who || prev === 'by' || according || givesOffice(s, span.start - 1) || (verb !== undefined && !s.isCap(end)) || listed || followedByName;
      // "on the Bogor Goals review": a name after a determiner names a thing, unless a title or a role says otherwise.
      const determined = s.is(span.start - 1, 'determiners') && !s.isPossessive(span.start - 1);
      if (!cue || (!strong && (determined || inBodyName(s, span.start)))) {
        i = span.end - 1;
        continue;
      }
      // "William F. Carroll, Jr.": a generational suffix is part of the name; honours ("MP") are not.
      const suffix = end > span.end && s.lexicon.cased.nameSuffixes.has(s.raw(s.isMark(end - 1, '.') ? end - 2 : end - 1));
      // "Councillor Mei Chen's motion": the person is named without the possessive.
      out.push({ name: s.span(span.start, suffix ? end : span.end).replace(/['’]s$/, ''), role, tokens: [span.start, end], rule: 'person-name' });
      lastEnd = end;
      i = end - 1;
    }
    return out;
  },
};
