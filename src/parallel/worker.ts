/**
 * A worker thread of the pool: runs the task messages it is sent (parse files, take a render
 * setup, render digests) and answers each with its results or its error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParseSetup } from './parse-files.js';
import { TaskRunner, errorToData, type TaskMessage } from './tasks.js';

const runner = new TaskRunner(workerData as ParseSetup);

parentPort?.on('message', (message: { id: number } & TaskMessage) => {
  runner.run(message).then(
    (results) => parentPort?.postMessage({ id: message.id, results }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: errorToData(error) }),
  );
});
