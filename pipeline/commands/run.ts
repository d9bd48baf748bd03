// `newsfacts run <drop-dir>...`: ingest drops into the store and print a summary.

import { statSync } from 'node:fs';
import { calendarDateOption, DEFAULT_DB, parseCommand, toolVersion, UsageError } from './options.ts';
import { reconciliationLine } from './reconcile.ts';
import type { RunSummary } from '../run.ts';
import { staleLayerText } from '../reconcile/rules-version.ts';
import { openStore } from '../store/open.ts';

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

function printSummary(summary: RunSummary, out: NodeJS.WriteStream, dbPath: string): void {
  const languages = Object.entries(summary.byLanguage)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, n]) => `${lang} ${n}`)
    .join(', ');
  out.write(
    `run ${summary.runId}: ${summary.files_total} files — ${summary.articles_new} new articles${languages ? ` (${languages})` : ''}, ` +
      `${summary.files_unchanged} unchanged files, ${summary.duplicates} duplicates, ${summary.failed} failed` +
      `${summary.stillFailed.length > 0 ? `, ${summary.stillFailed.length} still failed` : ''}, ${summary.skipped} skipped\n`,
  );
  if (summary.reconciliation) out.write(`${reconciliationLine(summary.reconciliation)}\n`);
  if (summary.staleLayer) out.write(`not reconciled (the articles are stored): ${staleLayerText(summary.staleLayer, dbPath)}\n`);
  for (const f of summary.failures) out.write(`failed: ${f.path}: ${f.error}\n`);
  for (const s of summary.skippedEntries) out.write(`skipped: ${s.path}: ${s.error}\n`);
  if (summary.stillFailed.length > 0) {
    out.write(`${summary.stillFailed.length} still failed from earlier runs (unchanged since; fix or remove them):\n`);
    for (const f of summary.stillFailed) out.write(`still failed: ${f.path}: ${f.error}\n`);
  }
}

export async function runRunCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' },
    concurrency: { type: 'string' },
    'published-default': { type: 'string' },
    'max-file-mb': { type: 'string' },
    quiet: { type: 'boolean' },
    'ignore-old-failures': { type: 'boolean' },
  });
  if (positionals.length === 0) throw new UsageError('run needs at least one drop folder');
  for (const drop of positionals) {
    let isDir = false;
    try {
      isDir = statSync(drop).isDirectory();
    } catch {
      throw new UsageError(`${drop}: no such folder`);
    }
    if (!isDir) throw new UsageError(`${drop}: not a folder (a drop is a folder of article files)`);
  }
  const publishedDefault = calendarDateOption(values['published-default'] as string | undefined, '--published-default');
  const dbPath = (values.db as string | undefined) ?? DEFAULT_DB;
  const db = openStore(dbPath);
  try {
    // Loaded only now: the extractors take a moment to load, and usage errors should not wait for them.
    const { runDrops } = await import('../run.ts');
    const summary = await runDrops(db, {
      drops: positionals,
      concurrency: positiveInteger(values.concurrency as string | undefined, '--concurrency', 2),
      publishedDefault,
      maxFileBytes: positiveInteger(values['max-file-mb'] as string | undefined, '--max-file-mb', 64) * 1024 * 1024,
      toolVersion: toolVersion(),
      progressStream: values.quiet ? undefined : process.stderr,
    });
    printSummary(summary, process.stdout, dbPath);
    const oldFailuresCount = values['ignore-old-failures'] ? 0 : summary.stillFailed.length;
    return summary.failed > 0 || oldFailuresCount > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}
