// eval:reconcile — runs a reconciliation corpus end to end: its drop into a fresh temporary
// store (the real bin), the JSON report, then the corpus's own checker. Prints the score
// and the failing checks (each with the checker's reason), grouped by kind of check.
// Usage: tsx scripts/eval-reconcile.ts [CORPUS_DIR] [--keep]
//   CORPUS_DIR  holds drop/, gold.json and check.mjs (default: /work/shared/corpora/recon-dev)
//   --keep      leave the store and report in the temporary directory and print where

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({ options: { keep: { type: 'boolean', default: false } }, allowPositionals: true });
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(positionals[0] ?? '/work/shared/corpora/recon-dev');
for (const part of ['drop', 'check.mjs']) {
  if (!existsSync(join(corpus, part))) {
    console.error(`eval:reconcile: ${join(corpus, part)} not found (a corpus needs drop/, gold.json and check.mjs)`);
    process.exit(2);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'eval-reconcile-'));
const db = join(dir, 'store.sqlite');
const report = join(dir, 'report.json');
const bin = join(REPO, 'bin', 'newsfacts.js');

function step(label: string, command: string, argv: string[]): string {
  const r = spawnSync(command, argv, { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && !(label === 'check' && r.status === 1)) {
    console.error(`eval:reconcile: ${label} failed (exit ${r.status})\n${r.stderr || r.stdout}`);
    process.exit(2);
  }
  return r.stdout;
}

const started = Date.now();
step('run', process.execPath, [bin, 'run', join(corpus, 'drop'), '--db', db, '--quiet']);
step('report', process.execPath, [bin, 'report', '--db', db, '--format', 'json', '--out', report]);
const out = step('check', process.execPath, [join(corpus, 'check.mjs'), report]);

const lines = out.split('\n').filter(Boolean);
const results = lines.filter((l) => /^(PASS|FAIL) /.test(l));
const score = lines.find((l) => /checks$/.test(l)) ?? `${results.filter((l) => l.startsWith('PASS')).length}/${results.length} checks`;
/** "scale error scale-anhui-package: …" → "scale error". */
const kindOf = (line: string) => line.slice(5).split(/:| — /)[0]!.replace(/\s+\S*-\S*$/, '');
const byKind = new Map<string, { pass: number; total: number }>();
for (const l of results) {
  const k = kindOf(l);
  const entry = byKind.get(k) ?? { pass: 0, total: 0 };
  entry.total++;
  if (l.startsWith('PASS')) entry.pass++;
  byKind.set(k, entry);
}

console.log(`${score}  (${corpus}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
for (const [k, { pass, total }] of [...byKind.entries()].sort()) console.log(`  ${k.padEnd(28)} ${pass}/${total}`);
const failing = results.filter((l) => l.startsWith('FAIL'));
if (failing.length > 0) {
  console.log(`\nfailing checks (${failing.length}):`);
  for (const l of failing) console.log(`  ${l.slice(5)}`);
}
if (args.keep) console.log(`\nstore ${db}\nreport ${report}`);
else rmSync(dir, { recursive: true, force: true });
