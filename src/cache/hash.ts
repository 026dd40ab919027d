/** Content hashes for cache keys and build fingerprints. */
import { createHash } from 'node:crypto';

/** A hex SHA-256. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

