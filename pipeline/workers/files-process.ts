// The files phase in a child process of its own (storeFilesInProcess), which `newsfacts run`
// uses for a drop that needs workers. Storing files leaves memory behind that a process does
// not give back: each worker thread's jieba dictionaries and heap, freed when it exits but
// kept by the C allocator, and the writer's own allocations among them. In one process,
// 1,000 new files into a 100,000-article store left about 90 MB held through the whole
// reconciliation that followed. A child that stores the files and exits takes all of it with
// it; the parent waits at about 70 MB, then reconciles.
// The child opens the store by its path, stores the files as storeFiles does on the caller's
// connection (the same rows, in the same order), and sends its progress lines, then its outcome
// and its peak RSS. A child that dies leaves what it committed, as a killed run does; the run
// fails with the reason, and the next run goes on from what is stored.

import { fork } from 'node:child_process';
import type { FilesJob, FilesOutcome } from '../run-files.ts';

export interface FilesProcessJob extends FilesJob {
  dbPath: string;
  /** Progress lines to send back; `tty` when they go to a terminal (drawn in place). */
  progress: false | 'lines' | 'tty';
}

export type FilesProcessMessage = { progress: string } | { outcome: FilesOutcome; maxRssMb: number } | { error: string };

const CHILD_ENTRY = new URL('./files-child.js', import.meta.url);
/** Compiled, the child runs with the flags this process was given; from the sources, its entry registers tsx itself. */
const CHILD_FLAGS = import.meta.url.endsWith('.ts') ? [] : process.execArgv;

/** Stores the job's files in a child process; resolves with its outcome and peak RSS (MB), or rejects with why it stopped. */
export function storeFilesInProcess(dbPath: string, job: FilesJob, progress?: NodeJS.WriteStream): Promise<{ files: FilesOutcome; maxRssMb: number }> {
  const childJob: FilesProcessJob = { ...job, dbPath, progress: progress ? (progress.isTTY ? 'tty' : 'lines') : false };
  return new Promise((resolve, reject) => {
    const child = fork(CHILD_ENTRY, [], { execArgv: CHILD_FLAGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
    let outcome: { files: FilesOutcome; maxRssMb: number } | undefined;
    let error: string | undefined;
    child.on('message', (message: FilesProcessMessage) => {
      if ('progress' in message) progress?.write(message.progress);
      else if ('outcome' in message) outcome = { files: message.outcome, maxRssMb: message.maxRssMb };
      else error = message.error;
    });
    child.on('error', (e) => { error ??= e.message; });
    child.on('exit', (code, signal) => {
      if (outcome && code === 0) resolve(outcome);
      else reject(new Error(`storing the files into ${dbPath} stopped: ${error ?? `its process ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`}; what it stored is kept, and the next run goes on from there`));
    });
    child.send(childJob);
  });
}
