/** The thread of one bounded parse (`bounded.ts`): parses the bulletin it is given and sends back its record as JSON. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseBulletin } from '../pipeline.js';
import { createLexicon } from '../lexicon/index.js';
import { createRegistry } from '../registry/index.js';
import type { BoundedSetup } from './bounded.js';

const data = workerData as { path: string; bytes: Uint8Array; setup: BoundedSetup };
const record = await parseBulletin(
  { path: data.path, bytes: data.bytes },
  { lexicon: createLexicon(data.setup.lexicon), registry: createRegistry(data.setup.registry), explain: data.setup.explain },
);
parentPort?.postMessage(JSON.stringify(record));
