/**
 * "The (Vice) Chair of X reported …": a body's chair reporting at the start of a clause speaks
 * for the body, so the clause is the body's. A chair named without the body ("The Chairman
 * reported") is left to the people rules.
 *
 * @example
 *   The Vice Chair of the Council Policy Committee (CPC) reported that both meetings in 2027 will be held online.
 *   => action CPC: reported that both meetings in 2027 will be held online
 */
import { namedBody } from './named-body.js';
import { acronymDesignator } from './acronym-designator.js';
import { definedLongForm } from './defined-long-form.js';
import type { BodyRule, Mention } from './types.js';

export const chairOfBody: BodyRule = {
  id: 'chair-of-body',
  kind: 'body',
  match(s, i, ctx) {
    if (s.word(i) !== 'the' || (i > 0 && !s.isAnyMark(i - 1, ',;:'))) return undefined;
    let k = i + 1;
    if (s.word(k) === 'vice' || s.word(k) === 'deputy') k++;
    if (!s.inList(k, 'chairWords')) return undefined;
    if (s.word(k + 1) !== 'of') return undefined;
    let b = k + 2;
    if (s.word(b) === 'the') b++;
    const found = [definedLongForm.match(s, b, ctx), namedBody.match(s, b, ctx), acronymDesignator.match(s, b, ctx)].filter((m): m is Mention => m?.type === 'body');
    const inner = found.sort((x, y) => y.end - x.end)[0];
    if (!inner || inner.start !== b) return undefined;
    return { ...inner, start: i, rule: 'chair-of-body' };
  },
};
