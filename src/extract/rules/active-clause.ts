/**
 * Active clauses: a body (or an anaphor for it) as the subject of a reporting verb, and every
 * verb coordinated with that one (`reviewed X, agreed on Y and reviewed Z`, `…, hearing …`,
 * `concluded its session after adopting …`). Each clause runs from its verb (with the adverbs
 * and auxiliaries before it) to the end of its object. Future, hypothetical and negated clauses
 * report nothing done. A meeting that "opened with" or "started with" something did that.
 *
 * @example
 *   CWG-SFP reviewed the results of the first online consultation, and discussed the current financial situation of the Union.
 *   => action CWG-SFP: reviewed the results of the first online consultation
 *   => action CWG-SFP: discussed the current financial situation of the Union
 *
 * @example
 *   Study Group 9 consented six new Recommendations and agreed two Supplements. The Harbour Advisory Committee advises the Board to publish the tariffs. The Board earmarked funds for dredging and terminated the ferry pilot.
 *   => outcome Study Group 9: consented six new Recommendations
 *   => outcome Study Group 9: agreed two Supplements
 *   => outcome Harbour Advisory Committee: advises the Board to publish the tariffs
 *   => outcome Board: earmarked funds for dredging
 *   => outcome Board: terminated the ferry pilot
 *
 * @example
 *   Study Group 9 consented 12 new and revised Recommendations. The Harbour Board reviewed the draft and approved Resolution 5.
 *   => outcome Study Group 9: consented 12 new and revised Recommendations
 *   => action Harbour Board: reviewed the draft
 *   => outcome Harbour Board: approved Resolution 5
 *
 * @example
 *   The Harbour Committee then turned to the situation of ferry workers and approved the draft resolution by a recorded vote.
 *   => action Harbour Committee: turned to the situation of ferry workers
 *   => outcome Harbour Committee: approved the draft resolution by a recorded vote
 *
 * @example
 *   The Harbour Board underscored the need for dredging, initiated two studies on ferry safety and unveiled its new strategy.
 *   => action Harbour Board: underscored the need for dredging
 *   => action Harbour Board: initiated two studies on ferry safety
 *   => outcome Harbour Board: unveiled its new strategy
 *
 * @example
 *   Here is what the Harbour Board worked on in May. The Harbour Board approved the ferry tariff.
 *   => outcome Harbour Board: approved the ferry tariff
 *   => no action Harbour Board: worked on in May
 *
 * @example
 *   The Harbour Council this afternoon adopted 12 resolutions, in which it extended the mandate of the Ferry Ombudsman.
 *   => outcome Harbour Council: adopted 12 resolutions
 *   => outcome Harbour Council: extended the mandate of the Ferry Ombudsman
 *
 * @example
 *   After a long debate, the Ferry Board was unable to reach consensus on the merger and decided to continue the discussion in May.
 *   => outcome Ferry Board: decided to continue the discussion in May
 *
 * @example
 *   The Harbour Committee concluded its general debate on mooring fees. The Ferry Board concluded its fifty-fifth session and adopted its report.
 *   => action Harbour Committee: concluded its general debate on mooring fees
 *   => no action Ferry Board: concluded its fifty-fifth session
 *
 * A news item's attribution after a comma at the sentence's end is no part of the clause, and
 * who tells the news takes no part in it.
 *
 * @example
 *   The Board of Trustees of the Harbour Fund has approved 42 grants to local clubs, the Fund announced on 8 October 2025.
 *   => outcome Board of Trustees of the Harbour Fund: has approved 42 grants to local clubs
 *   => no participant Board of Trustees of the Harbour Fund: Fund
 *
 * @example
 *   The Harbour Group took cognizance of the draft guidelines submitted by the pilots.
 *   => action Harbour Group: took cognizance of the draft guidelines submitted by the pilots
 *
 * @example
 *   The Harbour Committee approved two draft texts on the Fisheries Relief and Works Agency.
 *   => outcome Harbour Committee: approved two draft texts on the Fisheries Relief and Works Agency
 *
 * @example
 *   At its meeting on Tuesday, the Harbour Council made the following decisions. Council adopted the dredging budget.
 *   => outcome Harbour Council: adopted the dredging budget
 *   => no outcome Harbour Council: made the following decisions
 *
 * @example
 *   Summary of the day
 *
 *   Harbour Committee Approves 16 Drafts on Ferries, Right to Mooring
 *   The Harbour Committee approved 16 draft resolutions today.
 *   => outcome Harbour Committee: approved 16 draft resolutions today
 *
 * @example
 *   The Assembly of Delegates concluded its annual session after adopting 14 resolutions and two decisions.
 *   => outcome Assembly of Delegates: adopting 14 resolutions and two decisions
 *
 * @example
 *   The Board of Trustees will consider the budget at its next session.
 *   => no groups
 *
 * @example
 *   The Harbour Senate discussed the proposed calendar but took no action. The Harbour Board adopted no fewer than 12 by-laws.
 *   => no outcome Harbour Senate: took no action
 *   => outcome Harbour Board: adopted no fewer than 12 by-laws
 *
 * @example
 *   The Harbour Board met in Oslo on Monday. All members present agreed to adopt the dredging plan.
 *   => outcome Harbour Board: agreed to adopt the dredging plan
 *
 * @example
 *   The Harbour Board met on Tuesday. Here are the highlights:
 *
 *   - Budget: the Board adopted the 2028 operating budget on a 6-1 vote.
 *   - Ferries: the Board received a presentation on the new timetable.
 *   => outcome Harbour Board: adopted the 2028 operating budget on a 6-1 vote
 *   => action Harbour Board: received a presentation on the new timetable
 *
 * @example
 *   The Harbour Committee considered and approved the annual dredging report, and voted on and approved the ferry charter.
 *   => outcome Harbour Committee: considered and approved the annual dredging report
 *   => outcome Harbour Committee: voted on and approved the ferry charter
 *
 * @example
 *   The Harbour Committee adopted its budget. It also approved the dredging plan and then discussed the ferry timetable.
 *   => outcome Harbour Committee: approved the dredging plan
 *   => action Harbour Committee: discussed the ferry timetable
 *
 * @example
 *   The Harbour Committee welcomed the news that the Youth Forum was considering a new charter. Members adopted the budget.
 *   => no group Youth Forum
 *   => outcome Harbour Committee: adopted the budget
 *
 * @example
 *   The Animals Committee and the Plants Committee agreed on a joint work plan.
 *   => outcome Animals Committee: agreed on a joint work plan
 *   => outcome Plants Committee: agreed on a joint work plan
 *
 * @example
 *   The Budget Committee met on 3 May 2026 and approved the budget for 2027, and the Sixth Committee concluded its general debate and approved a draft resolution on jurisdiction.
 *   => outcome Budget Committee: approved the budget for 2027
 *   => outcome Sixth Committee: approved a draft resolution on jurisdiction
 *
 * @example
 *   The Harbour Board of Trustees on Thursday approved a two-year tuition plan, and the Ferry Committee on 3 May 2026 reviewed the timetable.
 *   => outcome Harbour Board of Trustees: approved a two-year tuition plan
 *   => action Ferry Committee: reviewed the timetable
 *
 * @example
 *   The Ferry Committee this morning held an interactive dialogue with the harbour master.
 *   => action Ferry Committee: held an interactive dialogue with the harbour master
 *
 * @example
 *   The fifth session of the Ferry Assembly concluded today with the adoption of the Harbour Strategic Plan. The meeting opened with a debate on fares.
 *   => outcome Ferry Assembly: concluded today with the adoption of the Harbour Strategic Plan
 *   => action Ferry Assembly: opened with a debate on fares
 *
 * @example
 *   The Ferry Committee took evidence from operators and passenger groups over six months.
 *   => action Ferry Committee: took evidence from operators and passenger groups over six months
 *
 * @example
 *   The Postal Commission met in Tashkent and approved its plan. The meeting was attended by heads of the postal administrations and designated operators of the member countries.
 *   => outcome Postal Commission: approved its plan
 *   => no outcome Postal Commission: designated operators of the member countries
 *
 * @example
 *   The Harbour Committee established pursuant to resolution 17 (2025) concerning ferries held informal consultations to discuss the report of the Panel.
 *   => action Harbour Committee: held informal consultations to discuss the report of the Panel
 *   => no outcome Harbour Committee: established pursuant to resolution 17 (2025) concerning ferries held informal consultations to discuss the report of the Panel
 *
 * @example
 *   The Harbour Board set up a task force on tariffs. It also voted down the fee increase and greenlit the new pier. The Port Committee recommended that the Board set up a fund.
 *   => outcome Harbour Board: set up a task force on tariffs
 *   => outcome Harbour Board: voted down the fee increase
 *   => outcome Harbour Board: greenlit the new pier
 *   => no outcome Harbour Board: set up a fund
 *
 * @example
 *   The Harbour Board heard a report from the harbour master on traffic, which rose 2 percent this year, and discussed the strategic plan.
 *   => action Harbour Board: heard a report from the harbour master on traffic
 *   => action Harbour Board: discussed the strategic plan
 *
 * @example
 *   The Finance Committee met on Monday. The committee approved a transfer to the reserve fund. The Audit Committee met on Tuesday. The committee discussed the internal audit plan.
 *   => outcome Finance Committee: approved a transfer to the reserve fund
 *   => action Audit Committee: discussed the internal audit plan
 *
 * @example
 *   The Union Cabinet chaired by the Prime Minister has approved the extension of the quantum mission till 2031.
 *   => outcome Union Cabinet: has approved the extension of the quantum mission till 2031
 *
 * @example
 *   The Ferry Committee reviewed the timetable. The meeting began at 10:05 a.m. and ended at 10:50 a.m.
 *   => action Ferry Committee: reviewed the timetable
 *   => no action Ferry Committee: began at 10
 *
 * @example
 *   The Ferry Committee agreed to cut a release candidate; the GA planned for June.
 *   => outcome Ferry Committee: agreed to cut a release candidate
 *   => no group GA
 *
 * @example
 *   Working Party 1, chaired by Mr. Kenji Sato (Japan), finalized draft views on the agenda items.
 *   => outcome Working Party 1: finalized draft views on the agenda items
 *
 * @example
 *   The Harbour Council concluded its 37th Session today, having adopted Amendment 4 to the port rules.
 *   => outcome Harbour Council: adopted Amendment 4 to the port rules
 *
 * @example
 *   The University of Northland Board of Regents on Friday approved a budget for 2027 and named Dr. Karen Obi as president.
 *   => outcome University of Northland Board of Regents: approved a budget for 2027
 *   => outcome University of Northland Board of Regents: named Dr. Karen Obi as president
 *
 * @example
 *   The Harbour Commission (HC) closed its session today, adopting 21 new and revised codes of practice.
 *   => outcome HC: adopting 21 new and revised codes of practice
 *   => no outcome HC: revised codes of practice
 *
 * @example
 *   The Harbour Commission (HC) reviewed the tariffs, noting the rise in fuel costs, and adopted a new fee schedule.
 *   => outcome HC: adopted a new fee schedule
 *
 * @example
 *   The Harbour Commission (HC) reviewed the responses to the questionnaire and will report to the Board in June.
 *   => action HC: reviewed the responses to the questionnaire
 *
 * @example
 *   The Harbour Commission (HC) gave its support to the dredging plan.
 *   => outcome HC: gave its support to the dredging plan
 *
 * @example
 *   Harbour Council highlights are prepared by the Clerk's Office. The Harbour Council approved the parking plan.
 *   => outcome Harbour Council: approved the parking plan
 *   => no action Harbour Council: highlights are prepared by the Clerk's Office
 *
 * @example
 *   The Trade Review Body (TRB) concluded its review of Chile. Members commended Chile for its economic performance but raised concerns about export taxes.
 *   => action TRB: commended Chile for its economic performance
 *   => action TRB: raised concerns about export taxes
 *
 * @example
 *   The Ferry Council concluded its session after adopting the budget and deciding to place fares on the next agenda.
 *   => outcome Ferry Council: adopting the budget
 *   => outcome Ferry Council: deciding to place fares on the next agenda
 *
 * @example
 *   The Ferry Rights Committee closed its session, during which it reviewed the reports of Albania and Chile. It adopted a resolution, by which it called on operators to act.
 *   => action Ferry Rights Committee: reviewed the reports of Albania and Chile
 *   => no outcome Ferry Rights Committee: called on operators to act
 *
 * @example
 *   At its meeting on 18 March 2027 the Harbour Senate approved the ferry charter. At its meeting the Senate endorsed the fare policy.
 *   => outcome Harbour Senate: approved the ferry charter
 *   => outcome Harbour Senate: endorsed the fare policy
 *
 * @example
 *   The Ferry Safety Committee (FSC) of the Harbour Board met on Monday and reviewed the incident reports. Working Group 2 (WG 2) on inland ferries reviewed the survey.
 *   => action FSC: reviewed the incident reports
 *   => no group Harbour Board
 *   => action WG 2: reviewed the survey
 *
 * @example
 *   Delegates to the Harbour Working Party (HWP) gathered on 3-4 May and declassified the ferry report.
 *   => outcome HWP: declassified the ferry report
 *   => no action HWP: gathered on 3-4 May
 *
 * @example
 *   The Ferry Committee continued its talks on fares but did not agree to recommend a new tariff. The Harbour Board could not finalise the dredging plan and decided to continue the work in June.
 *   => action Ferry Committee: continued its talks on fares
 *   => no outcome Ferry Committee: agree to recommend a new tariff
 *   => outcome Harbour Board: decided to continue the work in June
 *   => no outcome Harbour Board: finalise the dredging plan
 *
 * @example
 *   The Harbour Panel discussed the timeline of the cycle but could not reach agreement on the date.
 *   => action Harbour Panel: discussed the timeline of the cycle
 *
 * @example
 *   After lengthy discussion the Ferry Committee recommended that the Harbour Board approve the new fares.
 *   => outcome Ferry Committee: recommended that the Harbour Board approve the new fares
 *   => no group Harbour Board
 *
 * @example
 *   The Harbour Board approved the budget. The Ferry Committee announced that it has completed the timetable review. Norway said that it had ratified the convention.
 *   => outcome Ferry Committee: has completed the timetable review
 *   => no outcome Harbour Board: has completed the timetable review
 *   => no outcome Ferry Committee: had ratified the convention
 *
 * @example
 *   The Harbour Standards Board approved 21 new and revised standards and approved 14 new projects.
 *   => outcome Harbour Standards Board: approved 21 new and revised standards
 *   => outcome Harbour Standards Board: approved 14 new projects
 *
 * @example
 *   On 10 April 2027, an online meeting of the Harbour Working Group on Data was held. The participants of the meeting were informed about the activities of the Port Union and discussed the draft model rules.
 *   => action Harbour Working Group on Data: discussed the draft model rules
 *
 * @example
 *   The Harbour Board reviewed the draft and agreed to start the last call.
 *   => action Harbour Board: reviewed the draft
 *   => outcome Harbour Board: agreed to start the last call
 *
 * @example
 *   The Harbour Council adopted 11 resolutions and a statement, and then closed its fifth session.
 *   => outcome Harbour Council: adopted 11 resolutions and a statement
 *
 * @example
 *   The Harbour Wireless Group developed 3 new HWG Reports on ferry radio.
 *   => outcome Harbour Wireless Group: developed 3 new HWG Reports on ferry radio
 *
 * @example
 *   The Harbour Study Group met in Oslo with 180 participants from 35 countries. It agreed two new work items.
 *   => outcome Harbour Study Group: agreed two new work items
 *   => no action Harbour Study Group: met in Oslo with 180 participants from 35 countries
 *
 * @example
 *   The Harbour Committee and the Ferry Committee convened informal consultations on fares.
 *   => action Harbour Committee: convened informal consultations on fares
 *   => action Ferry Committee: convened informal consultations on fares
 *
 * A report of the body's work in what someone said may open with a phrase of time.
 *
 * @example
 *   The Harbour Committee concluded its session. Ana Lima, Committee Chair, said that during the session the Committee had adopted General Comment No. 3.
 *   => outcome Harbour Committee: had adopted General Comment No. 3
 *
 * "…, which it approved": the body acting on what the relative clause is about.
 *
 * @example
 *   The Harbour Committee took up the draft resolution on ferry safety, which it approved without a vote.
 *   => outcome Harbour Committee: approved without a vote
 *
 * An event on a topic that a body held is its work; its own meeting is not.
 *
 * @example
 *   The Harbour Committee held a workshop on dredging safety. The Ferry Committee held its 12th session in Riga.
 *   => action Harbour Committee: held a workshop on dredging safety
 *   => no action Ferry Committee: held its 12th session in Riga
 *
 * @example
 *   The Harbour Council closed its session, during which it held 30 interactive dialogues.
 *   => action Harbour Council: held 30 interactive dialogues
 *
 * A vote is a decision however its count is written.
 *
 * @example
 *   The Harbour Committee voted by a majority of 7–2 to keep the ferry fare at 3 euros.
 *   => outcome Harbour Committee: voted by a majority of 7–2 to keep the ferry fare at 3 euros
 *
 * A clause opened by "if" or "unless" says what would be, not what was.
 *
 * @example
 *   The Harbour Committee published its report on ferry safety, concluding that the Ministry should be ready to act if it finds gaps in the rules.
 *   => outcome Harbour Committee: concluding that the Ministry should be ready to act
 *   => no outcome Harbour Committee: finds gaps in the rules
 *
 * A body that takes part in another's meeting ("presented a contribution") is a participant; one
 * that presents its own work ("presented its annual report") did something, and is a group.
 *
 * @example
 *   The Harbour Board approved the budget. The Port Executive Committee presented a contribution on fees. The Audit Committee presented its annual report.
 *   => action Audit Committee: presented its annual report
 *   => participant Harbour Board: Port Executive Committee
 *
 * A working, study or expert group presents what it prepared for the meeting: that is its work.
 *
 * @example
 *   The Harbour Board approved the budget. The working group on ferry fares (WG FF) presented an analytical review of fares.
 *   => action WG FF: presented an analytical review of fares
 *   => no participant Harbour Board: WG FF
 *
 * So is a body named by its capitalised head alone, when no body with that head is in view.
 *
 * @example
 *   Harbour and Fisheries Council, 26 January 2027
 *
 *   Ministers held a policy debate on ferry fares. The Commission presented the state of play of the talks.
 *   => participant Harbour and Fisheries Council: Commission
 *   => no group Commission
 *
 * Verbs are known by class, with their inflections, from the lexicon's lists:
 *
 * @example
 *   The Harbour Board disbanded the ferry task force, withdrew two old standards and validated the new tariff model.
 *   => outcome Harbour Board: disbanded the ferry task force
 *   => outcome Harbour Board: withdrew two old standards
 *   => outcome Harbour Board: validated the new tariff model
 *
 * A verb that reports only with its particle reports with it ("asked … to" is a request):
 *
 * @example
 *   The Harbour Council met in Oslo. Several members asked about the timetable. The Council asked the Port Bureau to prepare a study. WG 3 was asked to prepare a roadmap.
 *   => outcome Harbour Council: asked the Port Bureau to prepare a study
 *
 * @example
 *   The Harbour Council carried out an assessment of the fees and paid tribute to the outgoing chair.
 *   => action Harbour Council: carried out an assessment of the fees
 *   => action Harbour Council: paid tribute to the outgoing chair
 *   => no outcome Harbour Council: asked about the timetable
 *   => no group Port Bureau
 *   => no group WG 3
 *
 * A person named after "and" with a verb of their own did that, not the body; one elected beside another is not.
 *
 * @example
 *   The Harbour Council elected Ms Lina Haddad as its Chair and Mr Seizo Onoe, Director of the Port Bureau, presented the port report. The Harbour Council elected Mr Ivo Berg as Chair and Ms Ana Lund as Vice-Chair.
 *   => outcome Harbour Council: elected Ms Lina Haddad as its Chair
 *   => no action Harbour Council: presented the port report
 *   => outcome Harbour Council: elected Mr Ivo Berg as Chair and Ms Ana Lund as Vice-Chair
 *
 * A quotation that opens the sentence is a person's words, not the bulletin's report.
 *
 * @example
 *   The Harbour Council adopted the budget. “The Harbour Council approved a strong plan,” said Ann Lee.
 *   => outcome Harbour Council: adopted the budget
 *   => no outcome Harbour Council: approved a strong plan,” said Ann Lee
 *
 * A body named in the object that a relative clause after its comma tells of (", which approved …") did what the
 * clause says; the sentence's subject stays the body in focus. A relative clause in the passive, or one that says
 * the body met, tells nothing the body did.
 *
 * @example
 *   The Harbour Council took note of the report of the Ferry Safety Committee (FSC), which approved new mooring rules. It also adopted the budget. The Harbour Council welcomed the plan of the Pilots Committee, which was published in May.
 *   => outcome FSC: approved new mooring rules
 *   => action Harbour Council: took note of the report of the Ferry Safety Committee (FSC)
 *   => outcome Harbour Council: adopted the budget
 *   => no group Pilots Committee
 *
 * So is a body told of in another's words ("said that the Commission had adopted …").
 *
 * @example
 *   The Harbour Committee began its consideration of the ferry report. Introducing it, the Chair said that the Pilots Commission had adopted new guidelines.
 *
 *   In the debate, the representative of Norway welcomed the report.
 *   => outcome Pilots Commission: had adopted new guidelines
 *   => participant Harbour Committee: Norway
 */
import { clausesFrom, openingQuoteEnd, reportAt, subjectOf, type Subject } from '../clauses.js';
import type { ClauseRule, Finding } from './types.js';

export const activeClause: ClauseRule<Subject[]> = {
  id: 'active-clause',
  kind: 'clause',
  match(s, ctx) {
    const subjects: Subject[] = [];
    const quoted = openingQuoteEnd(s);
    const found = ctx.mentions.map((m) => (m.start < quoted ? undefined : subjectOf(s, m)));
    // "The Compiler team announced that it has completed …": the pronoun after "that" is the speaker; one that is no body
    // ("Norway said that it had ratified …") reports nothing of the body in focus.
    found.forEach((subject, n) => {
      const m = ctx.mentions[n];
      if (!subject || m?.sort !== 'pronoun' || s.word(m.start - 1) !== 'that' || !s.isLower(m.start - 2)) return;
      const speaker = found.find((x) => x !== undefined && x.verb === m.start - 2);
      if (speaker?.mention.type === 'body') found[n] = { ...subject, mention: speaker.mention };
      else if (!speaker && s.isCap(m.start - 3)) found[n] = undefined;
    });
    ctx.mentions.forEach((m, n) => {
      const subject = found[n];
      if (subject) {
        subjects.push(subject);
        return;
      }
      // "The Animals Committee and the Plants Committee agreed …": a body joined by "and" to a subject shares its verb.
      const next = ctx.mentions[n + 1];
      const joined = found[n + 1];
      const gap = s.word(m.end + 1) === 'the' ? 2 : 1;
      if (m.type === 'body' && !m.plural && next?.type === 'body' && joined && s.word(m.end) === 'and' && next.start === m.end + gap) subjects.push({ ...joined, mention: m });
    });
    return subjects.length > 0 ? subjects : undefined;
  },
  apply(subjects, s) {
    const out: Finding[] = [];
    for (let n = 0; n < subjects.length; n++) {
      const subject = subjects[n];
      if (!subject) continue;
      const owner = { mention: subject.mention };
      // "The Audit Committee met": it met (not "… was opened", a meeting's passive).
      const met = subject.meeting && !subject.unreal && !s.inList(subject.verb - 1, 'beForms') && !s.inList(subject.verb - 2, 'beForms');
      // A relative clause's body (", which approved …") or one told of in another's words ("said that the Commission had
      // adopted …") is told of in passing: the body in focus stays in focus.
      const aside = subject.opens !== undefined || subject.reported === true;
      if (!aside) out.push({ type: 'focus', owner, rule: 'active-clause', ...(met ? { met: true } : {}) });
      // "could not finalise the revision and decided to continue …": only the verbs in the past joined to it were done.
      if (subject.unreal && !subject.negatedOnly) continue;
      // The clauses run up to the next subject after this verb.
      let limit = s.length;
      for (let k = n + 1; k < subjects.length; k++) {
        const next = subjects[k];
        // "recommended that the General Conference approve …": a subject after "that" is in the object.
        if (next && next.mention.start > subject.verb && s.word(next.mention.start - 1) !== 'that' && s.word(next.mention.start - 2) !== 'that') {
          limit = next.opens ?? next.mention.start;
          break;
        }
      }
      let first = subject.verb;
      if (subject.meeting || !subject.kind) {
        // "The meeting opened with the announcement of …", "wound up their first meeting with a discussion of …"
        let w = subject.verb + 1;
        while (w < limit && w < subject.verb + 8 && s.word(w) !== 'with' && !s.isMark(w)) w++;
        // "met in Geneva with 180 participants from 35 countries": who came, not what was done.
        const attended = s.isNumber(w + 1) || s.inList(w + 1, 'collectiveAnaphors') || s.is(w + 1, 'genericParticipantHeads');
        if (s.word(w) === 'with' && subject.meeting && !attended) {
          const to = Math.min(limit, s.length);
          let end = w + 1;
          while (end < to && !s.isAnyMark(end, ';:.') && end < w + 30) end++;
          // "concluded with the adoption of the Strategic Plan": the act of deciding makes it an outcome.
          const noun = s.is(w + 1, 'determiners') ? w + 2 : w + 1;
          const kind = s.inList(noun, 'decisionActs') ? 'outcome' : 'action';
          out.push({ type: 'entry', owner, kind, verb: subject.lemma, start: s.startOf(subject.verb), end: s.endOf(end - 1), tokens: [subject.verb, end], rule: 'active-clause' });
        }
        // "was held to consider …": what the meeting was held for, it did.
        first = -1;
        if (s.word(subject.verb + 1) === 'to' && reportAt(s, subject.verb + 2)?.form.type === 'base') first = subject.verb + 2;
        // "concluded its session after adopting …": the gerunds after the verb are the body's.
        for (let k = subject.verb + 1; k < limit && first < 0; k++) {
          if (s.verb(k)?.type === 'gerund' && s.reportingVerb(k) && s.inList(k - 1, 'gerundLinks')) {
            first = k;
            break;
          }
        }
        // "met on 3 May and approved the budget": the verbs joined to a meeting verb are the body's, the meeting verb is none.
        if (first < 0 && !subject.meeting) continue;
      }
      const alongMeeting = first < 0;
      if (alongMeeting) first = subject.verb;
      // The first clause takes the adverbs and auxiliaries after the subject ("the group also discussed").
      for (const span of clausesFrom(s, first, limit, first === subject.verb ? subject.mention.end - 1 : first - 1)) {
        // "was held … and was planned in preparation for …": a passive says what was done to the meeting.
        if (alongMeeting && (span.from <= subject.verb || s.inList(span.from, 'beForms'))) continue;
        if (subject.unreal && (span.from <= subject.verb || s.verb(span.from)?.type !== 'past')) continue;
        // "Delegates were briefed on …": the passive's entry runs from its subject (see passive-clause).
        if (subject.told && span.from <= subject.verb) continue;
        out.push({ type: 'entry', owner, kind: span.kind, verb: span.lemma, start: s.startOf(span.from), end: s.endOf(span.to - 1), tokens: [span.from, span.to], rule: 'active-clause', ...(subject.participation ? { participation: true } : {}), ...(aside ? { aside: true } : {}) });
      }
    }
    return out;
  },
};
