/**
 * "It extended …": a pronoun at the start of a clause stands for the body in focus.
 *
 * @example
 *   The Human Rights Council concluded its session. It extended the mandates of two special rapporteurs.
 *   => outcome Human Rights Council: extended the mandates of two special rapporteurs
 */
import type { BodyRule } from './types.js';

export const pronounAnaphor: BodyRule = {
  id: 'pronoun-anaphor',
  kind: 'body',
  match(s, i, { lexicon }) {
    if (!lexicon.lists.pronounAnaphors.has(s.word(i))) return undefined;
    return { type: 'anaphor', start: i, end: i + 1, designator: s.raw(i), id: '', name: null, kind: 'other', sort: 'pronoun', rule: 'pronoun-anaphor' };
  },
};
