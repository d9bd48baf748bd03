// Part 8 of npm run bench: how long the installed command takes to start, cold, as a user
// meets it: `newsfacts --help`, and `newsfacts extract` of one English and one Chinese line
// (each a fresh process over the compiled dist/; the best and the median of several runs:
// on a shared machine the best is the figure least disturbed by other work).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = join(fileURLToPath(new URL('..', import.meta.url)), 'bin', 'newsfacts.js');

const CASES: { label: string; args: string[]; input?: string }[] = [
  { label: 'newsfacts --help', args: ['--help'] },
  { label: 'newsfacts extract, one English line', args: ['extract'], input: '{"id":"a","text":"Toshiba will invest $2.1 billion in Ohio on October 27, 2025."}\n' },
  { label: 'newsfacts extract, one Chinese line', args: ['extract'], input: '{"id":"b","text":"东芝将于2025年10月28日在美国投资21亿美元。"}\n' },
];

/** Wall times of `runs` cold starts, fastest first. */
function timesMs(args: string[], input: string | undefined, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [BIN, ...args], { input, stdio: ['pipe', 'ignore', 'inherit'] });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

export function timeStartup(say: (line: string) => void, runs = 7): void {
  for (const c of CASES) {
    const times = timesMs(c.args, c.input, runs);
    say(`  ${c.label}: best ${times[0]!.toFixed(0)} ms, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (${runs} cold starts)`);
  }
}
