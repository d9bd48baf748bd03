// Runs the real `newsfacts` bin in a child process, as a user would.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'newsfacts.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function newsfacts(args: string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    // A hung child fails the test visibly instead of hanging the suite.
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = 'newsfacts-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of a fixtures folder in a fresh temporary folder, so tests can add and change files. */
export function copyFixtures(relative: string): string {
  const target = join(tempDir(), 'drop');
  cpSync(join(REPO, 'fixtures', relative), target, { recursive: true });
  return target;
}
