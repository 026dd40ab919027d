/**
 * Characters that must never reach a record or a digest: control characters (with whole ANSI
 * escape sequences), zero-width and bidi-override characters, the BOM, and the two
 * private-use characters digests use as slots.
 */

// An ANSI escape (CSI … final byte, or OSC … BEL/ST) is dropped whole, not just its ESC.
const ANSI = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u009b[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;

/** `s` without unprintable characters (tabs and newlines are kept). */
export function stripUnprintable(s: string): string {
  return s.replace(ANSI, '').replace(UNPRINTABLE, '');
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;

/** Any character `blankUnprintable` changes: the controls (ANSI escapes start with one) and the invisible characters, one class. */
export const BLANKED = new RegExp(`[${CONTROLS.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]`);

/**
 * The text extraction reads: ANSI sequences and control characters become spaces of the same
 * length (columns stay true), invisible characters (zero-width, bidi, BOM) are removed so that
 * words they split are whole again.
 */
export function blankUnprintable(text: string): string {
  // Most text has none: one scan instead of three.
  if (!BLANKED.test(text)) return text;
  return text
    .replace(ANSI, (m) => ' '.repeat(m.length))
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '');
}

/**
 * Printable ASCII words between single spaces, none at either end: text `cleanInline` leaves as it
 * is. A pattern, not a loop of `charCodeAt`: V8's regular-expression engine reads the characters
 * of a sliced string about three times faster, and most of a record's text passes here.
 */
const CLEAN_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/** One line of output text: unprintable characters dropped, white space collapsed, trimmed. */
export function cleanInline(s: string): string {
  // Most text is clean as it is…
  if (CLEAN_ASCII.test(s)) return s;
  // … or only needs trimming.
  const trimmed = s.trim();
  if (CLEAN_ASCII.test(trimmed)) return trimmed;
  return stripUnprintable(s).replace(/\s+/g, ' ').trim();
}
