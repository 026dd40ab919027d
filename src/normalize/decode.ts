/**
 * Decoding bytes to text: UTF-8 with or without BOM, UTF-16 with BOM. Invalid UTF-8 is decoded
 * with U+FFFD and reported; a file with NUL bytes near its start is taken for binary.
 */
import type { Diagnostic } from '../model/types.js';

/** The decoded text and what was noticed on the way. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  binary: boolean;
  diagnostics: Diagnostic[];
}

/** How far into a file a NUL byte marks it as binary (as git and grep do). */
const BINARY_SNIFF = 8192;

/** Decodes a file's bytes; never throws. */
export function decode(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', binary: false, diagnostics };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', binary: false, diagnostics };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF);
  if (sniff.includes(0)) {
    const at = sniff.indexOf(0);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const point = pointOf(before, before.length);
    return {
      text: '',
      encoding: 'utf-8',
      binary: true,
      diagnostics: [{ severity: 'error', message: 'file looks binary (NUL byte); skipped', line: point.line, column: point.column, rule: 'binary-file' }],
    };
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  const text = new TextDecoder('utf-8').decode(body);
  if (text.includes('\uFFFD')) {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const before = new TextDecoder('utf-8').decode(body.subarray(0, bad));
      const point = pointOf(before, before.length);
      diagnostics.push({ severity: 'warning', message: `invalid UTF-8 at byte ${bad + start}; decoded as U+FFFD`, line: point.line, column: point.column, rule: 'invalid-utf8' });
    }
  }
  return { text, encoding: 'utf-8', binary: false, diagnostics };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong and surrogate forms.
    const c1 = bytes[i + 1] ?? 0;
    if (b === 0xe0 && c1 < 0xa0) return i;
    if (b === 0xed && c1 > 0x9f) return i;
    if (b === 0xf0 && c1 < 0x90) return i;
    if (b === 0xf4 && c1 > 0x8f) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based) of a UTF-16 offset in a string. */
export function pointOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}
