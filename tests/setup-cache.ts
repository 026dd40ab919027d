// Builds in tests keep their caches in a folder of this test file's run, never in the user's
// cache folder, and the folder is removed when the file's tests are done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

if (process.env['XDG_CACHE_HOME'] === undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'digest-test-cache-'));
  process.env['XDG_CACHE_HOME'] = folder;
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    delete process.env['XDG_CACHE_HOME'];
  });
}
