// Builds in tests keep their caches in a folder of this run, never in the user's cache folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env['XDG_CACHE_HOME'] ??= mkdtempSync(join(tmpdir(), 'digest-test-cache-'));
