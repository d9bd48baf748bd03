// `newsfacts report`: the store as JSON, Markdown or HTML, to a file or stdout;
// --status keeps facts of one status (and their conflicts), --kind conflicts of one kind.
// A canonical layer built by other rules, or behind the stored articles, is warned about.

import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DB, parseCommand, UsageError } from './options.ts';
import { buildReport } from '../report/build.ts';
import { writeJsonText } from '../report/json-text.ts';
import { renderReport } from '../report/render.ts';
import { layerState, reconcileCommandFor, staleLayerText } from '../reconcile/rules-version.ts';
import { openStore, StoreError, type Db } from '../store/open.ts';
import { CONFLICT_KINDS, FACT_STATUSES } from './report-options.ts';

const FORMATS = ['html', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** A report of a stale layer is still written, with a warning on stderr saying what to run. */
function warnIfStale(db: Db, dbPath: string): void {
  const layer = layerState(db);
  if (layer.stale) process.stderr.write(`newsfacts report: warning: ${staleLayerText(layer, dbPath)}\n`);
  else if (layer.pending) {
    process.stderr.write(`newsfacts report: warning: articles stored since the last reconciliation are not in the facts yet; ${reconcileCommandFor(dbPath, false)} adds them\n`);
  }
}

export async function runReportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, status: { type: 'string' }, kind: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`report takes no folders (got "${positionals[0]}")`);
  const out = values.out as string | undefined;
  const inferred = out?.endsWith('.md') ? 'md' : out?.endsWith('.json') ? 'json' : 'html';
  const format = ((values.format as string | undefined) ?? inferred) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be html, md or json, not "${format}"`);
  const status = values.status as string | undefined;
  const kind = values.kind as string | undefined;
  if (status !== undefined && !(FACT_STATUSES as readonly string[]).includes(status)) throw new UsageError(`--status must be ${FACT_STATUSES.join(', ')}, not "${status}"`);
  if (kind !== undefined && !(CONFLICT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be ${CONFLICT_KINDS.join(', ')}, not "${kind}"`);
  const dbPath = (values.db as string | undefined) ?? DEFAULT_DB;
  if (!existsSync(dbPath)) {
    throw new StoreError(`${dbPath}: no store here yet; make one with "newsfacts run <drop-dir> --db ${dbPath}"`);
  }
  const db = openStore(dbPath, { readonly: true });
  let report: ReturnType<typeof buildReport>;
  let text: string | undefined;
  try {
    warnIfStale(db, dbPath);
    report = buildReport(db, { ...(status && { status }), ...(kind && { kind }) });
    if (format !== 'json') text = await renderReport(report, format);
  } finally {
    db.close();
  }
  if (out) mkdirSync(dirname(out), { recursive: true });
  if (text !== undefined) {
    if (out) writeFileSync(out, text);
    else process.stdout.write(text);
    return 0;
  }
  // JSON is written in pieces: a large store's report is longer than one string may be.
  if (!out) {
    writeJsonText(report, (piece) => process.stdout.write(piece));
    return 0;
  }
  const fd = openSync(out, 'w');
  try {
    writeJsonText(report, (piece) => writeSync(fd, piece));
  } finally {
    closeSync(fd);
  }
  return 0;
}
