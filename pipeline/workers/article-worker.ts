// A worker thread of the run: loads the extractors once, then answers each file job
// with its outcome. One job at a time; the pool never sends a second before the answer.

import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob } from './file-job.ts';

const port = parentPort;
if (!port) throw new Error('article-worker.ts runs only as a worker thread');
port.on('message', (job: FileJob) => {
  void processFile(job).then((outcome) => port.postMessage(outcome));
});
port.postMessage({ ready: true });
