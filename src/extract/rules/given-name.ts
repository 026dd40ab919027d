/**
 * A person named by a given name alone, as the notes of a small team write it: "Barry created a
 * doc", "Thomas is working on the draft", "Pablo will email the author", "Mark's response". The
 * word is one capitalised name word standing alone (no capitalised word beside it), that no list
 * of the lexicon, the registry or the text's definitions knows, and it is the subject of a verb
 * or a possessive. A name seen only before a past form ("Barry created", which reads as "Huawei
 * presented" does) counts when the bulletin names it twice.
 *
 * @example
 *   - Barry created a doc and the group will review it.
 *   - Thomas is working on the initial draft, and Pablo will email the author.
 *   - The council discussed Mark's response to the rejection. Barry proposed a work group.
 *   => person Barry
 *   => person Thomas
 *   => person Pablo
 *   => person Mark
 *
 * @example
 *   Discussions focused on the budget. Germany proposed a text, Members agreed, and Huawei presented its views on Europe's market.
 *   => no person Discussions
 *   => no person Germany
 *   => no person Members
 *   => no person Huawei
 *   => no person Europe
 *
 * @example
 *   On 3 May 2027, the meeting of the Harbour Working Group on Numbering was held. The Working Group approved its work plan.
 *   => no person Numbering
 *
 * @example
 *   The council discussed the charter. Consensus was reached to land the change in May. Decision is expected in June.
 *   => no person Consensus
 *   => no person Decision
 *
 * @example
 *   The Harbour Board met on 3 May. Quorum was achieved.
 *   => no person Quorum
 *
 * @example
 *   Here's a quick recap of the meeting. The Harbour Board approved the budget. That's all for this week.
 *   => no person Here
 *   => no person That
 *
 * @example
 *   Present: Ben Ode (Node.js), Ana Ruiz (Chair)
 *
 *   The council reviewed the disclosure policy. Ben will prepare a draft.
 *   => no person Ben
 */
import { registryKey } from '../../registry/index.js';
import { countryNames } from '../../lexicon/countries.js';
import { isNameWord } from '../person-names.js';
import type { Sentence } from '../sentence.js';
import type { BodyContext, PersonFinding, PersonRule } from './types.js';

/** Endings of plural and abstract nouns, which are no given names. */
const NOUN_ENDING = /(?:ions|ments|ings|ers|ors|ants|ents|ties|ces|tes|ives)$/;

/** Whether token `i` may be a given name: one capitalised name word that nothing else explains. */
function candidate(s: Sentence, i: number, ctx: BodyContext): boolean {
  const raw = s.isPossessive(i) ? s.raw(i).slice(0, -2) : s.raw(i);
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(raw) || !isNameWord(s, i)) return false;
  if ((s.isWord(i - 1) && (s.isCap(i - 1) || s.isAcronym(i - 1))) || (s.isWord(i + 1) && (s.isCap(i + 1) || s.isAcronym(i + 1)))) return false;
  const w = raw.toLowerCase();
  // "the Process", "of America": a determiner or "of" before the word makes it a noun or a name's end; so does another
  // preposition ("the Working Group on Numbering was held").
  if (s.is(i - 1, 'determiners') || s.word(i - 1) === 'of' || s.is(i - 1, 'prepositions')) return false;
  // "Here's a quick recap", "Let's meet": a contraction, not a possessive.
  if (s.lexicon.lists.cliticHosts.has(w)) return false;
  if (NOUN_ENDING.test(w) || w.endsWith('ly') || countryNames().has(w) || s.lexicon.lists.regionWords.has(w) || s.is(i, 'negations') || s.inList(i, 'collectiveAnaphors') || s.is(i, 'delegateNouns') || s.is(i, 'temporalWords') || s.isOrdinal(i) || s.is(i, 'meetingNouns') || s.lexicon.memberNouns.has(w) || s.inList(i, 'decisionNouns') || s.inList(i, 'discussionNouns') || s.inList(i, 'proceduralNouns')) return false;
  const key = registryKey(raw);
  return !ctx.registry.bodyByKey.has(key) && !ctx.registry.orgByKey.has(key) && ctx.definitions.get(raw) === undefined;
}

/**
 * What follows token `i` when it makes it a person: a possessive's noun or a modal's verb ('strong'),
 * or a past form ('weak': "Huawei presented" reads the same as "Barry presented").
 */
function actsAt(s: Sentence, i: number): 'strong' | 'weak' | undefined {
  if (s.isPossessive(i)) return s.isLower(i + 1) ? 'strong' : undefined;
  let k = i + 1;
  // "Barry and Thomas checked in": a second name joined by "and".
  if (s.word(k) === 'and' && s.isCap(k + 1) && !s.isCap(k + 2)) k += 2;
  // A past form: "Barry created", "Pablo raised" (a present "-s" form may be a plural noun's verb: "Inquiry provides").
  if (s.verb(k)?.type === 'past' && s.isLower(k) && !s.is(k, 'auxiliaries')) return 'weak';
  // "Pablo will email", "Thomas is working", "Ezio has sent".
  if (!s.isLower(k) || !s.isLower(k + 1) || s.word(k) === 'to') return undefined;
  if (s.is(k, 'modalVerbs')) return 'strong';
  // One person: "is", "was", "has" ("Intel, Broadcom and Huawei were …" are companies).
  const singular = s.word(k) === 'is' || s.word(k) === 'was' || s.word(k) === 'has';
  return singular && (s.verb(k + 1) !== undefined || /(?:ing|ed)$/.test(s.word(k + 1))) ? 'strong' : undefined;
}

export const givenName: PersonRule = {
  id: 'given-name',
  kind: 'person',
  match(s, ctx) {
    const out: PersonFinding[] = [];
    for (let i = 0; i < s.length; i++) {
      // What follows is looked at first: most capitalised words are no subject of a verb and are passed at once.
      if (!s.isCap(i)) continue;
      // "Barry and Thomas checked in": the second name shares the first's verb.
      const evidence = actsAt(s, i) ?? (s.word(i - 1) === 'and' && s.isCap(i - 2) && candidate(s, i - 2, ctx) ? actsAt(s, i - 2) : undefined);
      if (!evidence || !candidate(s, i, ctx)) continue;
      const name = s.isPossessive(i) ? s.raw(i).slice(0, -2) : s.raw(i);
      out.push({ name, role: null, tokens: [i, i + 1], rule: 'given-name', ...(evidence === 'weak' ? { weak: true } : {}) });
    }
    return out;
  },
};
