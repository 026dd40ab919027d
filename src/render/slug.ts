/**
 * Safe file names: ASCII slugs that are never empty, `.`/`..`, a Windows device name or too
 * long, made unique deterministically.
 */

const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|\.git)$/;
/** The longest slug. */
export const MAX_SLUG = 80;

/** A slug of `text`: lower-case ASCII letters, digits and single hyphens. */
export function slugify(text: string, fallback = 'untitled'): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let out = '';
  let hyphen = false;
  for (const ch of ascii) {
    if (/[a-z0-9]/.test(ch)) {
      out += ch;
      hyphen = false;
    } else if (!hyphen && out.length > 0) {
      out += '-';
      hyphen = true;
    }
    if (out.length >= MAX_SLUG) break;
  }
  while (out.endsWith('-')) out = out.slice(0, -1);
  if (out === '') out = fallback;
  if (RESERVED.test(out)) out = `${out}-x`;
  return out;
}

/** Hands out slugs unique among those given before (case-insensitively): `x`, `x-2`, `x-3` … */
export class SlugRegistry {
  private readonly used = new Set<string>();

  /** A unique slug for `text`. Call in a deterministic order for deterministic names. */
  take(text: string, fallback?: string): string {
    const base = slugify(text, fallback);
    let slug = base;
    for (let n = 2; this.used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    this.used.add(slug.toLowerCase());
    return slug;
  }
}
