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
 */
import { isNameWord, nameAt, roleAfter, titleBefore } from '../person-names.js';
import type { PersonFinding, PersonRule } from './types.js';

export const roleSurname: PersonRule = {
  id: 'role-surname',
  kind: 'person',
  match(s) {
    const out: PersonFinding[] = [];
    for (let i = 1; i < s.length; i++) {
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
