/**
 * Temporary files being written right now, so that an interrupted build (SIGINT, SIGTERM) can
 * remove them: readers then see the old digest or the new one, never a half-written file.
 */
import { rmSync } from 'node:fs';

/** Paths of temporary files not yet renamed into place. */
export const pendingTemporaryFiles = new Set<string>();

/** Temporary folders of a running build (a record store without a cache). */
export const pendingTemporaryFolders = new Set<string>();

/** Removes every pending temporary file (synchronously: called from a signal handler). */
export function removePendingSync(): void {
  for (const path of pendingTemporaryFiles) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  pendingTemporaryFiles.clear();
  for (const path of pendingTemporaryFolders) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Nothing more can be done while exiting.
    }
  }
  pendingTemporaryFolders.clear();
}
