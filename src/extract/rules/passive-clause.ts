/**
 * Passive clauses about the body's work: "the agenda, structure and work plan were approved",
 * "Resolutions 50-3 and 66 were approved", "Correspondence groups have been re-established". The
 * entry runs from the clause's subject to its verb and a short complement ("by consensus",
 * "into a new draft table"). Work done by someone else ("was prepared and presented by the
 * Secretariat") and what will be done ("should be created") are no entries of the body.
 *
 * @example
 *   The Harbour Working Group (HWG) met in Minsk. Following the results of the meeting, a Protocol was signed and the Work Plan of the HWG for 2027 was approved.
 *   => outcome HWG: a Protocol was signed
 *   => outcome HWG: the Work Plan of the HWG for 2027 was approved
 *
 * @example
 *   From 5 to 16 June 2027, the meeting of the Harbour Study Group 20 was held in Riga. 12 new Recommendations were consented and 5 new work items were launched.
 *   => outcome Harbour Study Group 20: 12 new Recommendations were consented
 *   => action Harbour Study Group 20: 5 new work items were launched
 *
 * @example
 *   The Standing Committee on Wetlands met in Gland. The proposed work programme for 2027 was approved by consensus.
 *   => outcome Standing Committee on Wetlands: The proposed work programme for 2027 was approved by consensus
 *
 * @example
 *   At the meeting of the Council Working Group on Harbour and Ferry Resources (CWG-HFR), the draft Financial Plan for 2028-2031 was considered.
 *   => action CWG-HFR: the draft Financial Plan for 2028-2031 was considered
 *
 * @example
 *   The Working Group on Ports (WGP) met in Riga. Japan welcomed the fact that 62 notifications had been received.
 *   => no outcome WGP: 62 notifications had been received
 *   => no action WGP: 62 notifications had been received
 *
 * @example
 *   The Working Group on Ports (WGP) met in Riga. A paper on dredging was prepared and presented by the Port Authority.
 *   => no groups
 *
 * @example
 *   The Project Team on Spectrum (PTS) met in Riga. It was agreed to forward the draft report on earth stations to the parent committee for public consultation.
 *   => outcome PTS: It was agreed to forward the draft report on earth stations to the parent committee for public consultation
 *
 * @example
 *   The Project Team on Spectrum (PTS) met in Riga and adopted its report. It was noted that the next meeting will be held on 19 November. It was agreed that the next meeting will be held in Oslo.
 *   => no action PTS: It was noted that the next meeting will be held on 19 November
 *   => outcome PTS: It was agreed that the next meeting will be held in Oslo
 *
 * @example
 *   The Working Group on Spectrum met in Minsk. Following the discussion, it was decided to prepare a contribution to the next meeting.
 *   => outcome Working Group on Spectrum: it was decided to prepare a contribution to the next meeting
 *
 * @example
 *   The Working Group on Spectrum met in Minsk. Following the results of the meeting, decisions were made to prepare a common position on numbering and to hold the next meeting in October.
 *   => outcome Working Group on Spectrum: decisions were made to prepare a common position on numbering and to hold the next meeting in October
 *
 * @example
 *   The Working Group on Spectrum met in Minsk. Based on the results of the meeting, a number of decisions were adopted.
 *   => outcome Working Group on Spectrum: a number of decisions were adopted
 *
 * @example
 *   The Harbour Assembly met in Oslo. Following three rounds of balloting, Denmark and Greece were elected to the Board.
 *   => outcome Harbour Assembly: Denmark and Greece were elected to the Board
 *
 * @example
 *   The Harbour Board cut the mooring fees. The Harbour Board is determined to ensure that the port stays open.
 *   => no outcome Harbour Board: The Harbour Board is determined to ensure
 *
 * @example
 *   The Harbour Board approved the dredging plan. The next meeting of the Harbour Board is scheduled for 18 September.
 *   => no outcome Harbour Board: The next meeting of the Harbour Board is scheduled for 18 September
 *
 * @example
 *   The Harbour Board approved the dredging plan. The dates of its autumn meetings have been provisionally scheduled for 11-12 December.
 *   => no outcome Harbour Board: The dates of its autumn meetings have been provisionally scheduled for 11-12 December
 *
 * @example
 *   Budget news
 *
 *   The 2027 budget was approved by the Finance Committee on Tuesday. A paper on dredging was prepared and presented by the Port Authority.
 *   => outcome Finance Committee: The 2027 budget was approved
 *   => no group Port Authority
 *
 * @example
 *   The Harbour Board met on Monday and approved the dredging plan. A motion on mooring fees was referred to the Finance Committee.
 *
 *   The next meeting has been postponed to May.
 *
 *   Working meetings will continue, but the plenary has been postponed to June.
 *   => outcome Harbour Board: A motion on mooring fees was referred to the Finance Committee
 *   => no outcome Harbour Board: the plenary has been postponed to June
 *   => no outcome Harbour Board: The next meeting has been postponed to May
 *
 * @example
 *   Notes of the Harbour Board
 *
 *   A quorum was recognized by the chair. Special Order 6A, Establish the Lumen Project, was approved by Unanimous Vote of the directors present.
 *   => outcome Harbour Board: Special Order 6A, Establish the Lumen Project, was approved by Unanimous Vote of the directors present
 *   => no action Harbour Board: A quorum was recognized by the chair
 *
 * @example
 *   The Harbour Group met in Riga, at which the work plan for 2028 was approved and Mr. O. Tashkentov (Uzbekistan) was elected Vice-Chairman.
 *   => outcome Harbour Group: the work plan for 2028 was approved
 *   => outcome Harbour Group: Mr. O. Tashkentov (Uzbekistan) was elected Vice-Chairman
 *
 * @example
 *   The Ship Design Committee met in London. A tremendous work has been conducted on both intact and damage stability issues. Ms Lund was appointed Chair and handed over the gavel.
 *   => action Ship Design Committee: A tremendous work has been conducted on both intact and damage stability issues
 *   => outcome Ship Design Committee: Ms Lund was appointed Chair
 *
 * @example
 *   The Digital Policy Committee met in Paris. Delegates were briefed on the work of the Working Party on Infrastructures and Services Policy (WPISP).
 *   => action Digital Policy Committee: Delegates were briefed on the work of the Working Party on Infrastructures and Services Policy
 *
 * @example
 *   The Expert Group on Harbour Rules (EG-HR) continued its work. No consensus was reached on the recommendations.
 *   => no outcome EG-HR: consensus was reached on the recommendations
 *   => no outcome EG-HR: No consensus was reached on the recommendations
 *
 * @example
 *   The Standing Committee on Harbours (SCH) met in Geneva. The Summary by the Chair was noted by the Committee.
 *   => action SCH: The Summary by the Chair was noted
 *
 * @example
 *   The Harbour Board (HB) met in Oslo. Key outcomes are summarised below. The decisions taken are listed above.
 *   => no action HB: Key outcomes are summarised below
 *   => no outcome HB: The decisions taken are listed above
 *
 * @example
 *   Harbour Council – Agenda for the meeting of 12 June
 *
 *   The Harbour Council adopted its agenda. The Council will meet at 10:00 in Room 4. Members are invited to confirm attendance by 5 June.
 *   => no outcome Harbour Council: Members are invited to confirm attendance by 5 June
 *   => no outcome Harbour Council: 00 in Room 4. Members are invited to confirm attendance by 5 June
 *
 * @example
 *   The Council of Ports met in Riga. The Council was briefed by the Harbour Commission on the state of the dredging works.
 *   => action Council of Ports: The Council was briefed by the Harbour Commission on the state of the dredging works
 *   => no action Harbour Commission: The Council was briefed
 *
 * A body the work was done to ("WG SE was tasked …") did not do it: the reported meeting did.
 *
 * @example
 *   The 64th meeting of the Harbour Committee (HC) was held in Oslo. WG FM presented its progress report. WG SE was tasked to start work on ferry radio.
 *   => outcome HC: WG SE was tasked to start work on ferry radio
 *   => no outcome WG-FM: WG SE was tasked to start work on ferry radio
 *
 * A speaker's turn in meeting notes is a person's words, not the meeting's record.
 *
 * @example
 *   Harbour Team meeting, 12 April 2027
 *
 *   The team reviewed the ferry RFC. Josh: I'm in favor of this; the remaining open questions are resolved. The RFC was approved.
 *   => outcome Harbour Team: The RFC was approved
 *   => no outcome Harbour Team: the remaining open questions are resolved
 *
 * What will be done after it is no part of the clause.
 *
 * @example
 *   The 31st meeting of the Harbour Commission (HC) was held online. The draft common positions for the Ferry Council were approved and will be submitted to the Harbour Board.
 *   => outcome HC: The draft common positions for the Ferry Council were approved
 *
 * @example
 *   Harbour Fund announces 2027 grants
 *
 *   The awards were approved by the Fund's Board of Trustees at its December meeting.
 *   => outcome Board of Trustees: The awards were approved
 *
 * Contributions received from members say who took part, not what the body did.
 *
 * @example
 *   The Harbour Advisory Group (HAG) met in Riga. The work plan was approved. Contributions were received from Brazil, Egypt and India.
 *   => outcome HAG: The work plan was approved
 *   => no action HAG: Contributions were received from Brazil
 *   => participant HAG: Egypt
 *
 * A pronoun alone as the subject names nothing: what "it" was is told elsewhere.
 *
 * @example
 *   The Harbour Board approved a ferry grant. It was prepared in cooperation with the Port Ministry. The dredging plan was endorsed.
 *   => no action Harbour Board: It was prepared in cooperation with the Port Ministry
 *   => outcome Harbour Board: The dredging plan was endorsed
 *
 * @example
 *   The Harbour Board met on 3 May. Quorum was achieved. The ferry plan was approved.
 *   => no outcome Harbour Board: Quorum was achieved
 *   => outcome Harbour Board: The ferry plan was approved
 */
import type { Sentence } from '../sentence.js';
import { andThenWill, clauseEnd, openingQuoteEnd, speakerTurn } from '../clauses.js';
import type { ClauseRule, Finding, Mention } from './types.js';

/** The most words of a passive verb's complement. */
const COMPLEMENT = 16;

/** Where the clause of the passive verb at `k` starts, at or after `floor`. */
function clauseStart(s: Sentence, k: number, floor: number): number {
  let from = floor;
  for (let j = floor; j < k; j++) {
    // "at 10:00": a colon between numbers is a time's, no clause's end.
    const time = s.isMark(j, ':') && s.isNumber(j - 1) && s.isNumber(j + 1);
    if ((s.isAnyMark(j, ';:•–—') && !time) || s.is(j, 'clauseOpeners') || (s.word(j) === 'and' && s.isMark(j - 1, ',')) || s.word(j) === 'but') from = j + 1;
  }
  // "At this meeting, the agenda … were approved", "At the meeting of the CWG on Financial and Human Resources (CWG-FHR),
  // the draft … was considered": the clause starts after the opening phrase.
  // "Based on the results of the meeting, a number of decisions were adopted": so does one opened by a participle and its preposition.
  // "Following three rounds of balloting, Denmark and Greece were elected": so is one opened by a participle used as a preposition.
  if (from === floor && (s.is(floor, 'prepositions') || s.inList(floor, 'prepositionalParticiples') || (/(?:ed|ing)$/.test(s.word(floor)) && s.is(floor + 1, 'prepositions')))) {
    for (let j = floor + 1; j < k && j < floor + 20; j++) {
      if (s.isMark(j, ',')) {
        from = j + 1;
        break;
      }
    }
  }
  // The clause opens with a word, not with the mark that ended the one before.
  while (from < k && s.isMark(from)) from++;
  return from;
}

/**
 * A passive clause: its subject's first token, its verb, its end, the body that did the work when the clause names it,
 * and whether its subject is a body the work was done to (the reported meeting did it).
 */
type Passive = [number, number, number, Mention?, boolean?];

/** The body named after "by" at `k` ("by the Finance Committee"), if one is. */
function agentAt(k: number, mentions: readonly Mention[], s: Sentence): Mention | undefined {
  // "by the Foundation's Board of Trustees": the owner's name in the possessive before the body.
  const owner = s.word(k) === 'the' && s.isPossessive(k + 1) ? k + 2 : -1;
  return mentions.find((m) => (m.start === k || (m.start === k + 1 && s.word(k) === 'the') || m.start === owner) && !m.plural && (m.type === 'body' || m.sort === 'head' || m.sort === 'meeting'));
}

/** Whether a phrase that announces a meeting to come stands in tokens `from`..`to` ("will be held", "will meet"). */
function futureIn(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s.phraseAt(k, s.lexicon.lists.futureCues) > 0) return true;
  return false;
}

export const passiveClause: ClauseRule<Passive[]> = {
  id: 'passive-clause',
  kind: 'clause',
  match(s, ctx) {
    // "Josh: I'm in favour of this; the open questions are resolved": a person's words.
    if (speakerTurn(s)) return undefined;
    const found: Passive[] = [];
    // "“The budget was approved unanimously,” said the Chair": a quotation is no report.
    let floor = openingQuoteEnd(s);
    let support = false;
    for (const w of s.lexicon.lists.supportVerbs) support ||= s.text.includes(w);
    for (let k = 1; k < s.length; k++) {
      // "Following the meeting, decisions were made to prepare …": a decision noun, "be" and a support verb.
      if (support && s.inList(k, 'supportVerbs') && s.inList(k - 1, 'beForms') && s.inList(k - 2, 'decisionNouns') && k - 2 >= floor && !s.is(k - 3, 'negations')) {
        // The entry starts at the noun phrase ("a decision", "two decisions"), after any opening phrase.
        const from = (s.is(k - 3, 'determiners') || s.isNumber(k - 3)) && k - 3 >= floor ? k - 3 : k - 2;
        const to = clauseEnd(s, k, s.length);
        if (to > k + 1) {
          found.push([from, k, to]);
          floor = to;
        }
        continue;
      }
      const form = s.reportingVerb(k);
      if (!form || form.type !== 'past') continue;
      // Back over adverbs to a form of "be".
      let j = k - 1;
      let be = false;
      let modal = false;
      while (j >= floor) {
        const w = s.word(j);
        if (s.inList(j, 'beForms') || s.is(j, 'auxiliaries')) {
          if (s.inList(j, 'beForms')) be = true;
          j--;
          continue;
        }
        if (s.is(j, 'modalVerbs')) modal = true;
        if (s.is(j, 'adverbs') || (w.endsWith('ly') && w.length > 4)) {
          j--;
          continue;
        }
        break;
      }
      if (!be || modal || s.is(j, 'modalVerbs') || s.is(j, 'negations')) continue;
      // "Members are invited to confirm attendance", "Parties are requested to submit …": a call for what is to be done.
      // "The Council is determined to ensure …": a resolve, not an outcome.
      if ((s.word(k - 1) === 'are' || s.word(k - 1) === 'is') && s.word(k + 1) === 'to' && (s.verb(k + 2)?.type === 'base' || (s.isLower(k + 2) && !s.is(k + 2, 'determiners')))) continue;
      // "have been provisionally scheduled for 11-12 December": a future event set, not an outcome.
      if (s.lexicon.lists.planningVerbs.has(form.lemma) && s.word(k + 1) === 'for') continue;
      const from = clauseStart(s, j + 1, floor);
      // "…, which was approved": a relative clause's subject is the noun before it.
      if (j + 1 - from < 1 || s.inList(j, 'relativePronouns') || s.word(j) === 'that') continue;
      // "No consensus was reached on …": a subject that says none was is no entry.
      if (s.is(from, 'negations')) continue;
      // "… welcomed the fact that 62 notifications had been received": what another clause reports.
      if (s.word(from - 1) === 'that' && from - 1 >= floor) continue;
      // "the plenary has been postponed": what befell a meeting is no decision of its body.
      if (s.is(j, 'meetingNouns') && (j === from || (j === from + 1 && s.is(from, 'determiners')))) continue;
      // "was presented by the Secretariat": someone else's work.
      let end = k + 1;
      if (s.word(end) === 'and' && s.verb(end + 1)?.type === 'past') end += 2;
      if (s.word(end) === 'on' || s.word(end) === 'up') end++;
      // "Key outcomes are summarised below": the bulletin's own doing.
      if (s.inList(end, 'documentPointers')) continue;
      // "was approved by Unanimous Vote", "by consensus": how it was decided, not who decided.
      const manner = s.word(end) === 'by' && [1, 2, 3].some((d) => s.inList(end + d, 'mannerNouns'));
      // "was recognized by the chair": an office-holder's act, not the body's.
      if (s.word(end) === 'by' && s.word(end + 1) === 'the' && s.isLower(end + 2) && s.is(end + 2, 'roleWords')) continue;
      // "The Council was informed by the Commission about …": the subject heard it; the clause is the subject's.
      const told = s.lexicon.lists.recipientVerbs.has(form.lemma);
      if (!manner && !told && s.word(end) === 'by' && (s.isCap(end + 1) || (s.word(end + 1) === 'the' && s.isCap(end + 2)))) {
        // "The budget was approved by the Finance Committee": the body's decision, from the subject to the verb. A text
        // "prepared and presented by" a body is its contribution, not its decision (see organization-participant).
        const agent = form.kind !== undefined && !form.participation && end === k + 1 ? agentAt(end + 1, ctx.mentions, s) : undefined;
        if (agent) {
          found.push([from, k, end, agent]);
          floor = agent.end;
        }
        continue;
      }
      // The subject is not the meeting itself ("The meeting was opened", "The next meeting is scheduled for …").
      let noun = s.is(from, 'determiners') ? from + 1 : from;
      while (noun < k && noun < from + 4 && (s.is(noun, 'temporalWords') || s.isOrdinal(noun))) noun++;
      // "Quorum was achieved": the meeting's procedure, no work of the body.
      if (s.is(noun, 'meetingNouns') || s.inList(noun, 'proceduralNouns')) continue;
      // "Contributions were received from Brazil, Egypt …": who sent them is told (they take part), not what the body did.
      if (s.word(end) === 'from' && s.is(noun, 'delegateNouns')) continue;
      // A complement to the clause's end: "by consensus", "into a new draft table", "to develop a draft …";
      // one that runs on past COMPLEMENT words is left out rather than cut in the middle.
      // "It was agreed to forward …", "It was decided that …": the impersonal passive reports its complement.
      // "Following the discussion, it was decided to …": the entry starts at "it".
      // "It was moved and seconded to accept …" is a motion, decided by its result (see carried-motion).
      if (s.word(j) === 'it' && s.word(k) === 'moved') continue;
      if (s.word(j) === 'it' && (s.word(end) === 'to' || s.word(end) === 'that')) {
        const to = clauseEnd(s, k, s.length);
        // "It was noted that the next meeting will be held on 19 November": a note of what is to come reports nothing done.
        if (form.kind === 'action' && futureIn(s, end, to)) continue;
        found.push([j, k, to]);
        floor = to;
        continue;
      }
      // "It was prepared in cooperation with …", "They were adopted": a pronoun alone names nothing the entry could tell.
      if (j === from && s.inList(from, 'pronounSubjects')) continue;
      let c = end;
      // "on both intact and damage stability issues": an "and" between two modifiers goes on, and so does one inside a
      // name ("the Working Party on Infrastructures and Services Policy"); one before a verb or a new noun phrase ends the clause.
      const joinsWords = (k: number): boolean => (s.isCap(k - 1) && s.isCap(k + 1) && !s.is(k + 1, 'determiners')) || (s.isLower(k + 1) && !s.is(k + 1, 'anyVerbs') && !s.word(k + 1).endsWith('ed') && !s.is(k + 1, 'determiners') && !s.is(k + 1, 'auxiliaries'));
      // "were approved and will be submitted to the Board": what will be done is no part of what was.
      // "a Protocol was signed and the Work Plan was approved": an "and" before a determiner right after the verb opens
      // the next clause.
      // So does a number ("12 Recommendations were consented and 5 new work items were launched").
      // So does a person's title ("the work plan was approved and Mr. O. Tashkentov was elected Vice-Chairman").
      const nextClause = (k: number): boolean => s.word(k) === 'and' && (k > end || s.is(k + 1, 'determiners') || s.isNumber(k + 1) || s.is(k + 1, 'personTitles')) && !joinsWords(k);
      while (c < s.length && c < end + COMPLEMENT && !s.isAnyMark(c, ',;:.()') && !s.is(c, 'clauseOpeners') && !andThenWill(s, c) && !nextClause(c)) c++;
      if (c === end + COMPLEMENT && c < s.length && !s.isAnyMark(c, ',;:.()')) c = end;
      // "WG SE was tasked to start work …": a body done to did not do it; the meeting that tasked it did.
      const patient = !told && ctx.mentions.some((m) => m.type === 'body' && !m.plural && m.end === j + 1 && (m.start === from || (m.start === from + 1 && s.is(from, 'determiners'))));
      found.push([from, k, c, undefined, patient]);
      floor = s.word(c) === 'and' ? c + 1 : c;
    }
    return found.length > 0 ? found : undefined;
  },
  apply(found, s) {
    return found.map(([from, k, to, agent, patient]): Finding => {
      // A support verb ("decisions were made") reports a decision.
      const form = s.reportingVerb(k);
      return { type: 'entry', owner: agent ? { mention: agent } : patient ? { ref: 'main' } : { ref: 'sentence' }, kind: form?.kind ?? 'outcome', verb: form?.lemma ?? 'decide', start: s.startOf(from), end: s.endOf(to - 1), tokens: [from, to], rule: 'passive-clause' };
    });
  },
};
