// A child process that stores one run's files (storeFilesInProcess): takes its job from the
// parent, opens the store itself, bounds its heap as the command line does, runs storeFiles,
// sends each progress line as it comes, then the outcome and its peak RSS, or the error. It
// exits when the parent goes away, so a killed run leaves no child writing behind it.

import { boundHeapGrowth } from '../heap-growth.ts';
import { storeFiles } from '../run-files.ts';
import { openStore } from '../store/open.ts';
import type { FilesProcessJob, FilesProcessMessage } from './files-process.ts';

if (!process.send) throw new Error('files-child.ts runs only as a child process (storeFilesInProcess)');
const send = (message: FilesProcessMessage) => new Promise<void>((done) => process.send!(message, undefined, undefined, () => done()));

let answered = false;
process.on('disconnect', () => {
  if (!answered) process.exit(1);
});
process.once('message', (job: FilesProcessJob) => {
  void run(job).then(() => {
    answered = true;
    process.disconnect();
  });
});

async function run(job: FilesProcessJob): Promise<void> {
  boundHeapGrowth();
  try {
    const db = openStore(job.dbPath);
    try {
      const progress = job.progress
        ? ({ isTTY: job.progress === 'tty', write: (line: string) => { void send({ progress: line }); return true; } } as unknown as NodeJS.WriteStream)
        : undefined;
      const outcome = await storeFiles(db, job, progress);
      await send({ outcome, maxRssMb: process.resourceUsage().maxRSS / 1024 });
    } finally {
      db.close();
    }
  } catch (error) {
    await send({ error: error instanceof Error ? error.message : String(error) });
  }
}
