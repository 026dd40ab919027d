/** Content hashes for cache keys and build fingerprints. */
import { createHash } from 'node:crypto';

/** A hex SHA-256. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A hex SHA-256 of a JSON value, fed to the hash piece by piece: the same as hashing
 * `JSON.stringify(value)` for the plain data templates see (strings, numbers, booleans, null,
 * arrays and objects), without building that string.
 */
export function sha256Json(prefix: string, value: unknown): string {
  const hash = createHash('sha256');
  hash.update(prefix);
  const parts: string[] = [];
  let size = 0;
  const put = (s: string): void => {
    parts.push(s);
    size += s.length;
    if (size > 16384) {
      hash.update(parts.join(''));
      parts.length = 0;
      size = 0;
    }
  };
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') {
      put(JSON.stringify(v) ?? 'null');
      return;
    }
    if (Array.isArray(v)) {
      put('[');
      v.forEach((x, i) => {
        if (i > 0) put(',');
        walk(x === undefined || typeof x === 'function' ? null : x);
      });
      put(']');
      return;
    }
    put('{');
    let first = true;
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined || typeof x === 'function') continue;
      if (!first) put(',');
      first = false;
      put(JSON.stringify(k));
      put(':');
      walk(x);
    }
    put('}');
  };
  walk(value);
  hash.update(parts.join(''));
  return hash.digest('hex');
}
