/**
 * A worker thread of the pool: parses batches of files, or normalises batches of rendered
 * digests, and answers each batch with one JSON string.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileParser, type ParseSetup, type FileResult } from './parse-files.js';
import { normalizeMarkdown } from '../render/normalize-markdown.js';

const parse = createFileParser(workerData as ParseSetup);

parentPort?.on('message', (message: { id: number; files?: Array<[string, string]>; texts?: string[] }) => {
  void (async () => {
    if (message.texts) {
      parentPort?.postMessage({ id: message.id, json: JSON.stringify(message.texts.map(normalizeMarkdown)) });
      return;
    }
    const results: FileResult[] = [];
    for (const [file, shown] of message.files ?? []) results.push(await parse(file, shown));
    parentPort?.postMessage({ id: message.id, json: JSON.stringify(results) });
  })().catch((error: unknown) => {
    parentPort?.postMessage({ id: message.id, error: String((error as Error).stack ?? error) });
  });
});
