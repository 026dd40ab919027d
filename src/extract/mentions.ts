/**
 * The mentions of a sentence: every body rule is tried at each token that could start one, the
 * longest match wins (the one that starts first, then the earlier rule of the table, on a tie),
 * and the search goes on after it.
 */
import type { Sentence } from './sentence.js';
import type { BodyContext, BodyRule, Mention } from './rules/types.js';

/** Whether any body can start at token `i`: most lower-case words are refused at once. */
function couldStart(s: Sentence, i: number, ctx: BodyContext): boolean {
  if (!s.isWord(i)) return false;
  if (s.isCap(i) || s.isAcronym(i)) return true;
  // A digit or a capital the tokenizer does not mark (`5D`, `Ж`): looked at only for such first characters.
  const first = s.raw(i).charCodeAt(0);
  if ((first >= 48 && first <= 57) || (first > 127 && /^\p{Lu}/u.test(s.raw(i)))) return true;
  if (s.is(i, 'mentionStarts')) return true;
  if (ctx.definitions.size > 0 && ctx.definitions.startsWith(s.word(i))) return true;
  if (s.isPossessive(i)) return true;
  // A plain lower-case word starts no registry name ("the" and meeting nouns were let in above).
  return !s.isLower(i) && ctx.registry.bodyByKey.has(s.key(i));
}

/** Every mention in a sentence, left to right, not overlapping. */
export function findMentions(s: Sentence, rules: readonly BodyRule[], ctx: BodyContext): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  // The token after a determiner is tried with it; when nothing was found, it need not be tried again.
  let triedInVain = -1;
  while (i < s.length) {
    if (!couldStart(s, i, ctx)) {
      i++;
      continue;
    }
    let best: Mention | undefined;
    // "the project team on … (PT)": a name may start after the determiner and run longer than "the project team".
    const last = s.is(i, 'determiners') ? i + 1 : i;
    // A rule may skip words before a name ("Summary of the Sixteenth Meeting of …" starts at "Sixteenth"): the
    // tokens it skipped are tried too, for a mention that starts earlier ("the Sixteenth Meeting of the Conference …").
    for (let at = i === triedInVain ? i + 1 : i; at <= last || (best !== undefined && at <= best.start); at++) {
      for (const rule of rules) {
        const m = rule.match(s, at, ctx);
        if (m && m.end > at && m.start >= (out[out.length - 1]?.end ?? 0) && (!best || m.end > best.end || (m.end === best.end && m.start < best.start))) best = m;
      }
    }
    if (best) {
      out.push(best);
      i = best.end;
      continue;
    }
    triedInVain = last;
    i++;
  }
  return out;
}
