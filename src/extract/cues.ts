/**
 * Phrase cues (`will be held`, `inquorate`): whether a text has one as whole words, case aside.
 */

/** Whether `text` contains one of the lower-case phrases as whole words. */
export function cueIn(text: string, cues: Iterable<string>): boolean {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}'’]+/gu, ' ')} `;
  for (const cue of cues) if (lower.includes(` ${cue} `)) return true;
  return false;
}
