/**
 * A parsing thread: takes batches of paths, answers with one JSON string per batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFileParser, type ParseSetup, type FileResult } from './parse-files.js';

const parse = createFileParser(workerData as ParseSetup);

parentPort?.on('message', (message: { id: number; files: Array<[string, string]> }) => {
  void (async () => {
    const results: FileResult[] = [];
    for (const [file, shown] of message.files) results.push(await parse(file, shown));
    parentPort?.postMessage({ id: message.id, json: JSON.stringify(results) });
  })().catch((error: unknown) => {
    parentPort?.postMessage({ id: message.id, error: String((error as Error).stack ?? error) });
  });
});
