/**
 * Characters that must never reach a record or a digest: control characters (with whole ANSI
 * escape sequences), zero-width and bidi-override characters, the BOM, and the two
 * private-use characters digests use as slots.
 */

import { codeAt } from './chars.js';
import { hasRunsOfSpace } from './lines.js';

// An ANSI escape (CSI … final byte, or OSC … BEL/ST) is dropped whole, not just its ESC.
const ANSI = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)|\u009b[0-?]{0,32}[ -/]{0,8}[@-~]/g;
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;

/** `s` without unprintable characters (tabs and newlines are kept). */
export function stripUnprintable(s: string): string {
  return s.replace(ANSI, '').replace(UNPRINTABLE, '');
}

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ue000\ue001]/g;

/**
 * The text extraction reads: ANSI sequences and control characters become spaces of the same
 * length (columns stay true), invisible characters (zero-width, bidi, BOM) are removed so that
 * words they split are whole again.
 */
export function blankUnprintable(text: string): string {
  return text
    .replace(ANSI, (m) => ' '.repeat(m.length))
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '');
}

/** One line of output text: unprintable characters dropped, white space collapsed, trimmed. */
export function cleanInline(s: string): string {
  // Printable ASCII with single spaces inside (most text) is clean as it is.
  if (isCleanAscii(s)) return s;
  // … and only needs trimming when it has spaces around it.
  if (/^[\x21-\x7e]*(?: [\x21-\x7e]+)*$/.test(s.trim())) return s.trim();
  return stripUnprintable(s).replace(/\s+/g, ' ').trim();
}

/** Printable ASCII, single spaces between, none at either end: `cleanInline` leaves it as it is. */
function isCleanAscii(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (codeAt(s, 0) === 32 || codeAt(s, n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = codeAt(s, i);
    if (c < 32 || c > 126) return false;
  }
  return !hasRunsOfSpace(s);
}
