// `newsfacts report`: the store as JSON, Markdown or HTML, to a file or stdout;
// --status keeps facts of one status (and their conflicts), --kind conflicts of one kind.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_DB, parseCommand, UsageError } from '../cli.ts';
import { buildReport } from '../report/build.ts';
import { renderHtml, renderMarkdown } from '../report/render.ts';
import { openStore } from '../store/open.ts';

const FORMATS = ['html', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];
const FACT_STATUSES = ['agreed', 'resolved', 'disputed', 'single'];
const CONFLICT_KINDS = ['scale_error', 'value_mismatch', 'name_variant'];

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
  if (status !== undefined && !FACT_STATUSES.includes(status)) throw new UsageError(`--status must be ${FACT_STATUSES.join(', ')}, not "${status}"`);
  if (kind !== undefined && !CONFLICT_KINDS.includes(kind)) throw new UsageError(`--kind must be ${CONFLICT_KINDS.join(', ')}, not "${kind}"`);
  const db = openStore((values.db as string | undefined) ?? DEFAULT_DB, { readonly: true });
  let text: string;
  try {
    const report = buildReport(db, { ...(status && { status }), ...(kind && { kind }) });
    text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'md' ? renderMarkdown(report) : renderHtml(report);
  } finally {
    db.close();
  }
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else {
    process.stdout.write(text);
  }
  return 0;
}
