/**
 * Escaping values for Markdown with remark's own escaping of a text node
 * (`mdast-util-to-markdown`): whatever a bulletin says comes back as literal text, never as a
 * heading, list, link, emphasis, HTML or code. White space (newlines included) is collapsed, so
 * a value cannot split the heading or list item it is printed in.
 */
import { toMarkdown } from 'mdast-util-to-markdown';
import { cleanInline } from '../normalize/unprintable.js';

/** Values longer than this are cut (with an ellipsis) before escaping. */
export const MAX_VALUE_LENGTH = 2000;


/** A value as plain one-line text: control and bidi characters dropped, white space collapsed. */
export function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.map(plainText).join(', ') : '';
  const flat = cleanInline(s);
  return flat.length > MAX_VALUE_LENGTH ? `${flat.slice(0, MAX_VALUE_LENGTH - 1)}…` : flat;
}

/** Escaped values already seen: digests repeat titles, ids and dates many times. */
const memo = new Map<string, string>();
const MEMO_SIZE = 4096;

/** Escapes a value so Markdown shows it as the literal text it is. */
export function escapeMarkdown(value: unknown): string {
  const text = plainText(value);
  if (text === '') return '';
  // Plain words, digits and spaces need no escaping.
  if (/^[\p{L}\p{N}][\p{L}\p{N} ,;'’()-]*$/u.test(text) && !/^\d+[.)]/.test(text)) return text;
  const known = memo.get(text);
  if (known !== undefined) return known;
  const escaped = escapeText(text);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(text, escaped);
  return escaped;
}

function escapeText(text: string): string {
  const out = toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] });
  return out.endsWith('\n') ? out.slice(0, -1) : out;
}

/** Only these link schemes are written; anything else is printed as text. */
export function safeUrl(url: string): string | undefined {
  const u = url.trim();
  if (/^(?:https?:\/\/|mailto:)/i.test(u)) return encodeURI(decodeSafe(u));
  // A relative path we computed ourselves: no scheme, no protocol-relative form.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('//')) return u.split('/').map((p) => encodeURIComponent(p)).join('/');
  return undefined;
}

function decodeSafe(u: string): string {
  try {
    return decodeURI(u);
  } catch {
    return u;
  }
}

/** A Markdown link `[label](url)` built as a tree and serialised by remark, or the escaped label alone for an unsafe URL. */
export function markdownLink(label: unknown, url: string): string {
  const text = plainText(label);
  const key = `${text}\u0000${url}`;
  const known = linkMemo.get(key);
  if (known !== undefined) return known;
  const safe = safeUrl(url);
  let out: string;
  if (!safe) out = escapeMarkdown(text);
  else {
    out = toMarkdown({ type: 'paragraph', children: [{ type: 'link', url: safe, children: [{ type: 'text', value: text }] }] });
    if (out.endsWith('\n')) out = out.slice(0, -1);
  }
  if (linkMemo.size >= MEMO_SIZE) linkMemo.clear();
  linkMemo.set(key, out);
  return out;
}

/** Links already written: a digest links to the same bulletin from many lines. */
const linkMemo = new Map<string, string>();
