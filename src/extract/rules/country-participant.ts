/**
 * Countries the sentence ties to the body's work: proposals from them, votes listed in
 * parentheses, their delegates (`Italy’s delegate`), or a country as a subject. A country is no
 * participant where it is a place or a topic (`held in Paraguay`, `human rights in Myanmar`,
 * `the mission on Iran`), part of an organisation's name (`Permanent Mission of Russia`), or the
 * home of an organisation in parentheses (`JSC “…” (Russia)`).
 *
 * @example
 *   The Committee on Farm Trade met on 3 March 2027. Australia, Brazil and Thailand expressed concern about export subsidies, and the committee agreed that the institute should become an observer.
 *   => participant Committee on Farm Trade: Australia
 *   => participant Committee on Farm Trade: Thailand
 *
 * @example
 *   The Committee on Farm Trade met on 3 March 2027 and adopted its report. Members taking the floor included the European Union, Japan and Chile.
 *   => participant Committee on Farm Trade: European Union
 *   => participant Committee on Farm Trade: Chile
 *
 * @example
 *   Luxembourg, 21 June 2027 – The Harbour Council adopted conclusions on ferry safety. Norway presented a proposal.
 *   => participant Harbour Council: Norway
 *   => no participant Harbour Council: Luxembourg
 *
 * @example
 *   The Harbour Forum was held in Manila, the Philippines, and adopted its outcome statement.
 *   => no participant Harbour Forum: Philippines
 *
 * @example
 *   The Committee on Farm Trade adopted its report. Participants came from Burundi, the Democratic Republic of the Congo, Kenya and Uganda.
 *   => participant Committee on Farm Trade: Democratic Republic of the Congo
 *   => participant Committee on Farm Trade: Kenya
 *   => participant Committee on Farm Trade: Uganda
 *
 * @example
 *   The Harbour Committee met in Geneva. It recommended a suspension of commercial trade with Guinea and welcomed cooperation with Japan. Norway proposed new guidance.
 *   => participant Harbour Committee: Norway
 *   => no participant Harbour Committee: Guinea
 *
 * @example
 *   The Fauna Committee recommended a suspension of commercial trade in specimens of listed species with Guinea. Norway proposed new guidance.
 *   => participant Fauna Committee: Norway
 *   => no participant Fauna Committee: Guinea
 *   => no participant Harbour Committee: Japan
 *
 * @example
 *   The Harbour Committee considered the draft convention, chaired by Mr. K. Hunter (Canada). Mr. Smith (United States) said that his delegation supported the draft. Ms. Dupont (France), introducing an amendment, proposed new wording.
 *   => participant Harbour Committee: United States
 *   => participant Harbour Committee: France
 *   => no participant Harbour Committee: Canada
 *
 * @example
 *   The Council on Rights extended the mandate of the Special Rapporteur on the situation of human rights in Myanmar.
 *   => no participant Council on Rights: Myanmar
 *
 * @example
 *   The Working Group on Copper met in Vancouver, BC, Canada, from 9 to 13 March. The Working Group on Copper heard proposals from Japan.
 *   => participant Working Group on Copper: Japan
 *   => no participant Working Group on Copper: Canada
 *
 * @example
 *   The Fish Committee established a panel. Japan, Mexico and Norway reserved their third-party rights.
 *   => participant Fish Committee: Norway
 *
 * @example
 *   The Fish Committee discussed the South China Sea. Speakers from Pakistan, the European Union, Sweden on behalf of the Nordic countries, and Mexico took the floor.
 *   => participant Fish Committee: Sweden
 *   => no participant Fish Committee: China
 *
 * A country whose proposal or request the body took up takes part.
 *
 * @example
 *   The Fish Committee agreed to establish a panel at the request of Japan. It discussed the situation of Chile and the proposal of Peru.
 *   => participant Fish Committee: Japan
 *   => participant Fish Committee: Peru
 *   => no participant Fish Committee: Chile
 *
 * Members elected to an office, listed after a colon, are its holders, not participants.
 *
 * @example
 *   The Harbour Assembly closed today. It elected 3 Member States to the Ferry Board: Fiji, Peru and Tunisia. Norway proposed a new levy.
 *   => participant Harbour Assembly: Norway
 *   => no participant Harbour Assembly: Fiji
 *   => no participant Harbour Assembly: Tunisia
 *
 * @example
 *   The Fish Committee adopted its report. Standards Australia hosted the meeting, and Japan proposed a new work item.
 *   => participant Fish Committee: Japan
 *   => no participant Fish Committee: Australia
 *
 * @example
 *   LUSAKA, Zambia, 4 May 2027 — The Fish Committee adopted its report, and Japan proposed a new work item.
 *   => participant Fish Committee: Japan
 *   => no participant Fish Committee: Zambia
 *
 * The holder of a country's office, named with it, speaks for the country.
 *
 * @example
 *   The Harbour Ministerial Group (HMG) held its 12th meeting in Oslo and adopted a statement. The meeting was chaired by Dr Ana Lima, Minister of Foreign Affairs of Ghana, and was attended by ministers of Namibia and Fiji.
 *   => participant HMG: Ghana
 *   => participant HMG: Namibia
 */
import { countryNames, isMemberUnion } from '../../lexicon/countries.js';
import { countryAt, participantName } from '../parties.js';
import type { Sentence } from '../sentence.js';
import type { ClauseRule, Finding } from './types.js';
import { nameAt, titleBefore } from '../person-names.js';

/** Where a list of countries ending at `start` begins ("in Afghanistan, South Sudan and Iran"). */
function listStart(s: Sentence, start: number): number {
  let k = start;
  for (let guard = 0; guard < 40; guard++) {
    // "…, the Democratic Republic of the Congo, Kenya": an element may open with "the".
    const sep = s.word(k - 1) === 'the' ? k - 2 : k - 1;
    if (!(s.isMark(sep, ',') || s.word(sep) === 'and')) break;
    // The element before the separator: the longest country ending at `sep`.
    let b = sep - 1;
    if (s.isMark(b, ',') && s.word(sep) === 'and') b--;
    let found = -1;
    for (let a = b; a >= b - 6 && a >= 0; a--) {
      const c = countryAt(s, a);
      if (c && c.end === b + 1) found = c.start;
    }
    if (found < 0) break;
    k = found;
  }
  return k;
}

/**
 * Whether the name that ends at `owner` is a speaker's, who speaks after the parenthesis at `after`: a title and a
 * surname ("Mr. Smith", "Ms Dupont") or a full name, then a verb ("said", "proposed") or a participle's phrase.
 */
function speaks(s: Sentence, owner: number, after: number): boolean {
  // The speaker opens the sentence: "chaired by Mr. K. Hunter (United Kingdom)" names a chair's country, no delegation.
  const opens = (k: number): boolean => k === 0 || s.isAnyMark(k - 1, ';:');
  const title = titleBefore(s, owner);
  let named = false;
  for (let k = owner - 1; k >= owner - 3 && k >= 0 && !named; k--) named = nameAt(s, k)?.end === owner + 1 && (opens(k) || (s.is(k - 1, 'personTitles') && opens(k - 1)));
  if (!(title >= 0 && opens(title)) && !named) return false;
  const next = s.isMark(after, ',') ? after + 1 : after;
  const w = s.word(next);
  return s.isLower(next) && (s.verb(next) !== undefined || w === 'said' || w === 'says' || w.endsWith('ed'));
}

/** Whether the clause before the colon at `colon` (its last 30 tokens) elects or appoints ("elected 12 Member States to the Board:"). */
function electedBefore(s: Sentence, colon: number): boolean {
  for (let k = colon - 1; k >= 0 && k >= colon - 30 && !s.isAnyMark(k, ';:.'); k--) if (s.inList(k, 'appointmentVerbs')) return true;
  return false;
}

/** Why a country at `start`..`end` takes no part: a place, a topic, a name's part, a home. */
/** Whether a relation noun ("trade", "cooperation") heads the noun phrase that "with" at `k` ends, within eight words. */
function relationBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    if (s.inList(j, 'relationNouns')) return true;
    if (!s.isWord(j) && !s.isMark(j, '-')) return false;
    if (s.verb(j)?.type === 'past') return false;
  }
  return false;
}

function excluded(s: Sentence, start: number, end: number): boolean {
  // "Luxembourg, 21 June 2027 – The Minister …": a dateline's place.
  if (start === 0 && s.isMark(end, ',') && (s.isNumber(end + 1) || s.lexicon.months.has(s.word(end + 1)))) return true;
  const before = s.word(start - 1) === 'the' ? start - 2 : start - 1;
  // "(Russia)" after an organisation is its home; after a speaker ("Mr. Smith (United States) said …") it is the delegation.
  if (s.isMark(before, '(') && s.isMark(end, ')')) {
    const owner = before - 1;
    if (speaks(s, owner, end + 1)) return false;
    if (s.isAnyMark(owner, '”"»’') || s.isCap(owner) || s.isAcronym(owner)) return true;
  }
  const first = listStart(s, start);
  const prev = s.word(first - 1) === 'the' ? first - 2 : first - 1;
  const w = s.word(prev);
  if (w === 'of') {
    const head = prev - 1;
    // "representatives of Azerbaijan", "the CA of the Republic of Armenia": who speaks for it.
    if (s.is(head, 'genericParticipantHeads') || s.is(head, 'delegateNouns')) return false;
    // "the proposal of Brazil", "at the request of Japan": what it brought to the work.
    if (s.inList(head, 'submissionNouns')) return false;
    // "Dr Monica Juma, Cabinet Secretary for Foreign Affairs of Kenya", "Minister of Transport of Norland": the holder of a
    // country's office speaks for it.
    for (let k = prev - 1; k >= 0 && k >= prev - 6 && (s.isCap(k) || s.is(k, 'nameConnectors')); k--) if (s.isCap(k) && s.is(k, 'roleWords')) return false;
    // "Permanent Mission of Russia": a name's part; "the situation of Belarus": a topic.
    return true;
  }
  if (s.is(prev, 'topicPrepositions')) return true;
  // "elected 12 Member States to the Executive Board: Bangladesh, Botswana …": members elected to an office are its holders.
  if (s.isMark(prev, ':') && electedBefore(s, prev)) return true;
  // "a suspension of commercial trade with Guinea", "cooperation with Japan": a partner of the work, not one taking part.
  // "trade in specimens of CITES-listed species with Guinea": the relation noun may head a longer phrase before "with".
  if (w === 'with' && relationBefore(s, prev)) return true;
  // "called upon Syria", "found that the Syrian Arab Republic had not complied": the object of a decision.
  if (w === 'that' || (s.is(prev, 'anyVerbs') && !s.is(prev, 'auxiliaries')) || ((w === 'upon' || w === 'on') && s.is(prev - 1, 'anyVerbs'))) return true;
  // "the South China Sea", "Korea Strait": a country inside a longer name; "Standards Australia": at its end.
  if (s.isCap(end) && !s.isAcronym(end) && !s.is(end, 'anyVerbs') && !s.is(end, 'nameConnectors')) return true;
  if (s.isWord(start - 1) && s.isCap(start - 1) && !s.isAcronym(start - 1) && !s.is(start - 1, 'determiners') && !s.is(start - 1, 'prepositions') && !s.is(start - 1, 'roleWords') && !s.is(start - 1, 'personTitles') && !s.is(start - 1, 'anyVerbs') && countryAt(s, start - 1) === undefined) return true;
  // "Mainz, Germany", "Geneva, Switzerland", "Manila, the Philippines": the country of a place; not after an organisation
  // ("the European Union, Sweden").
  const comma = s.word(start - 1) === 'the' ? start - 2 : start - 1;
  if (s.isMark(comma, ',') && s.isCap(comma - 1) && !s.is(comma - 1, 'organizationHeads')) {
    let b = comma - 1;
    while (b > 0 && s.isCap(b - 1)) b--;
    let isCountry = false;
    for (let a = b; a <= comma - 1; a++) if (countryAt(s, a)?.end === comma) isCountry = true;
    if (!isCountry && !s.isAcronym(comma - 1)) return true;
    // "WINDHOEK, Namibia, 16 December —": a dateline's town in capitals opens the sentence.
    if (!isCountry && b === 0 && s.raw(b).length >= 4) return true;
    // "Vancouver, BC, Canada": a town, its province's abbreviation, its country.
    if (s.isAcronym(comma - 1) && s.isMark(comma - 2, ',') && s.isCap(comma - 3) && !s.isAcronym(comma - 3)) return true;
  }
  // "the Iraq war": a country as a modifier; not the last of a list ("Japan, Mexico and Norway reserved …"), nor before a past form.
  if (first === start && s.isLower(end) && !s.word(end).endsWith('ed') && !s.is(end, 'anyVerbs') && !s.is(end, 'nameConnectors') && !s.is(end, 'prepositions') && !s.is(end, 'adverbs') && !s.is(end, 'clauseLinks') && !s.is(end, 'determiners')) return true;
  return false;
}

export const countryParticipant: ClauseRule<Array<[number, number]>> = {
  id: 'country-participant',
  kind: 'clause',
  match(s, ctx) {
    const found: Array<[number, number]> = [];
    // A country of an attendance list is the meeting's, not the sentence's subject's.
    const listed = ctx.earlier.filter((f) => f.type === 'participant' && f.attendance).map((f) => (f.type === 'participant' ? f.tokens : ([0, 0] as [number, number])));
    for (let i = 0; i < s.length; i++) {
      const c = countryAt(s, i);
      if (c) {
        if (!excluded(s, c.start, c.end) && !listed.some(([a, b]) => c.start < b && c.end > a)) found.push([c.start, c.end]);
        i = c.end - 1;
        continue;
      }
      // "Italy’s delegate", "Saudi Arabia’s representative"
      const raw = s.raw(i);
      if (s.isPossessive(i) && s.is(i + 1, 'delegateNouns')) {
        for (let a = i; a >= i - 3 && a >= 0; a--) {
          if (!s.isCap(a)) break;
          const name = `${s.span(a, i)} ${raw.slice(0, -2)}`.trim();
          if (name && countryNames().has(name.toLowerCase())) {
            found.push([a, i + 1]);
            break;
          }
        }
      }
    }
    return found.length > 0 ? found : undefined;
  },
  apply(spans, s) {
    return spans.map(([start, end]): Finding => {
      const text = s.span(start, end);
      const name = participantName(text.replace(/['’]s$/, ''));
      return { type: 'participant', owner: { ref: 'sentence' }, name, participant: isMemberUnion(name) ? 'organization' : 'country', attendance: false, tokens: [start, end], rule: 'country-participant' };
    });
  },
};
