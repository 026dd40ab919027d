/**
 * A surname alone after a capitalised role or title: "Chairman Mendelson’s office", "Executive
 * Secretary Figueres thanked parties". A surname that a full name of the bulletin ends with is
 * that person (the driver merges them).
 *
 * @example
 *   The public may follow the meeting on Chairman Mendelson’s website.
 *   => person Mendelson (Chairman)
 *
 * A fuller role given with the whole name later is the one kept.
 *
 * @example
 *   Federal Minister Lund attends Ferry Council
 *
 *   Oslo, 3 May 2027 – Federal Minister for Harbours and Ferries Dr. Anna Lund today took part in the meeting of the Ferry Council.
 *   => person Anna Lund (Minister for Harbours and Ferries)
 *
 * @example
 *   Following deliberation of the Director General's report, Executive Secretary Figueres thanked the parties.
 *   => person Figueres (Executive Secretary)
 *   => no person General
 *
 * @example
 *   The session was presided over by Ambassador Hilario G. Davide III of the Philippines.
 *   => no person Hilario
 *
 * @example
 *   The Committee elected Mr. Ito (Japan) as Vice-Chair. Ms. Soares (Timor-Leste) introduced the report. Mr. President thanked them.
 *   => person Ito (Vice-Chair)
 *   => person Soares
 *   => no person President
 *
 * @example
 *   Staff presented the comments from the Registrar Stakeholder Group.
 *   => no person Stakeholder
 *
 * A title in the plural stands before a list of surnames, each a person with that title.
 *
 * @example
 *   Councillors Ahmed, Li and Carvalho voted in favour. Present: Commissioners Arnold, Baker (Chair), Cole.
 *   => person Ahmed (Councillors)
 *   => person Carvalho (Councillors)
 *   => person Baker (Chair)
 *   => person Cole (Commissioners)
 *
 * @example
 *   Present: Councilmembers Ortiz, Chen and Baker. Councilmember Chen moved to approve the agenda.
 *   => person Chen (Councilmember)
 *   => person Ortiz (Councilmembers)
 *
 * @example
 *   Co-Chairs Ana Ruiz (Chile) and Bo Lind (Sweden) led the talks. Senators and staff attended.
 *   => no person Ana
 *   => no person Ruiz
 *
 * @example
 *   Ministers Responsible for Trade met in Lima. Delegates Reached a consensus.
 *   => no person Responsible
 *   => no person Reached
 */
import { isNameWord, nameAt, roleAfter, titleBefore } from '../person-names.js';
import type { Sentence } from '../sentence.js';
import type { PersonFinding, PersonRule } from './types.js';

/** Whether the word at `i` is a capitalised title of the list in the plural ("Councillors", "Commissioners"). */
function pluralTitle(s: Sentence, i: number): boolean {
  const w = s.word(i);
  return s.isCap(i) && w.endsWith('s') && s.lexicon.lists.surnameTitles.has(w.slice(0, -1));
}

/** Whether the token at `i` is a surname alone: a name's word, with no capitalised word or preposition after it ("Ministers Responsible for …"). */
function loneSurname(s: Sentence, i: number): boolean {
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(s.raw(i)) && isNameWord(s, i) && !s.isCap(i + 1) && !s.is(i + 1, 'prepositions');
}

/** The surnames listed after a title in the plural at `i` ("Councillors Ahmed, Li and Carvalho"), each with that title. */
function listedSurnames(s: Sentence, i: number): PersonFinding[] {
  const out: PersonFinding[] = [];
  const role = s.raw(i);
  let k = i + 1;
  while (loneSurname(s, k)) {
    // "Senators Abrams, Fischer (Chair), Gupta": a role in parentheses is that person's.
    const close = s.isMark(k + 1, '(') ? s.closing(k + 1, 6) : -1;
    const own = close > k + 2 && s.is(k + 2, 'roleWords') ? s.span(k + 2, close) : role;
    out.push({ name: s.raw(k), role: own, tokens: [k, k + 1], rule: 'role-surname' });
    if (close > 0) k = close;
    if (s.isMark(k + 1, ',') && s.word(k + 2) === 'and') k += 3;
    else if (s.isMark(k + 1, ',') || s.word(k + 1) === 'and') k += 2;
    else break;
  }
  // A list has two names at least.
  return out.length > 1 ? out : [];
}

export const roleSurname: PersonRule = {
  id: 'role-surname',
  kind: 'person',
  match(s) {
    const out: PersonFinding[] = [];
    for (let i = 0; i < s.length; i++) {
      if (pluralTitle(s, i)) out.push(...listedSurnames(s, i));
      if (i === 0) continue;
      // "Mr. Ito (Japan) was elected as Vice-Chair", "Ms Lund said": a courtesy title is no role; the role is read after the name.
      const title = titleBefore(s, i);
      const courtesy = title >= 0 && s.isCap(title) && !s.inList(title, 'surnameTitles') ? title : -1;
      if (courtesy < 0 && (!s.isCap(i - 1) || !s.inList(i - 1, 'surnameTitles'))) continue;
      const raw = s.raw(i).replace(/['’]s$/, '');
      // "Ambassador Hilario G. Davide III": a full name starts here (the person rule reads it).
      // "the Registrar Stakeholder Group": nor does a capitalised word before another (a name's part).
      if (raw === s.raw(i) && (isNameWord(s, i + 1) || s.isCap(i + 1) || (nameAt(s, i)?.end ?? i + 1) > i + 1)) continue;
      if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(raw)) continue;
      if (raw === s.raw(i) && !isNameWord(s, i)) continue;
      // "the Director General's report": an office, possessive or not, is no surname.
      const bare = s.bareWord(i);
      const { lists, bodyHeadWords } = s.lexicon;
      if (s.is(i, 'roleWords') || s.is(i, 'organizationHeads') || s.is(i, 'bodyHeads') || lists.roleWords.has(bare) || lists.organizationHeads.has(bare) || bodyHeadWords.has(bare)) continue;
      if (courtesy >= 0) {
        out.push({ name: raw, role: roleAfter(s, i + 1), tokens: [courtesy, i + 1], rule: 'role-surname' });
        continue;
      }
      let from = i - 1;
      while (from > 0 && s.isCap(from - 1) && s.is(from - 1, 'roleWords')) from--;
      out.push({ name: raw, role: s.span(from, i), tokens: [i, i + 1], rule: 'role-surname' });
    }
    return out;
  },
};
