// How big a store is for the text it holds: bytes of the SQLite file per byte of article
// text (text_original as UTF-8), and where they go — each table with its indexes, from
// SQLite's dbstat (pages in use, including the free space inside them). Used by
// scripts/bench.ts and scripts/bench-reconcile.ts after a run with reconciliation. A compact
// table (migrations 10, 11, 14, 18 and 20) is shown with the view that reads it: `mention_rows (mentions)`.

import Database from 'better-sqlite3';

export interface TableSize {
  table: string;
  /** Pages of the table itself (a WITHOUT ROWID table is its primary-key index). */
  bytes: number;
  /** Pages of its indexes, automatic ones (primary keys, UNIQUE) included. */
  indexBytes: number;
  rows: number;
}

export interface StoreSize {
  textBytes: number;
  storeBytes: number;
  tables: TableSize[];
}

export function storeSize(file: string): StoreSize {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const textBytes = db.prepare('SELECT coalesce(sum(length(CAST(text_original AS BLOB))), 0) FROM articles').pluck().get() as number;
    const pages = db.prepare(`SELECT d.name, coalesce(m.tbl_name, d.name) AS owner, m.type, sum(d.pgsize) AS bytes
      FROM dbstat d LEFT JOIN sqlite_schema m ON m.name = d.name GROUP BY d.name`).all() as { name: string; owner: string; type: string | null; bytes: number }[];
    const byTable = new Map<string, TableSize>();
    for (const p of pages) {
      const size = byTable.get(p.owner) ?? { table: p.owner, bytes: 0, indexBytes: 0, rows: 0 };
      if (p.type === 'index') size.indexBytes += p.bytes;
      else size.bytes += p.bytes;
      byTable.set(p.owner, size);
    }
    for (const size of byTable.values()) {
      if (size.table.startsWith('sqlite_')) continue;
      size.rows = db.prepare(`SELECT count(*) FROM "${size.table.replace(/"/g, '""')}"`).pluck().get() as number;
    }
    const tables = [...byTable.values()].sort((a, b) => b.bytes + b.indexBytes - (a.bytes + a.indexBytes));
    return { textBytes, storeBytes: tables.reduce((sum, t) => sum + t.bytes + t.indexBytes, 0), tables };
  } finally {
    db.close();
  }
}

/** The public view each compact table stands behind. */
const VIEW_OF: Record<string, string> = {
  article_rows: 'articles', article_texts: 'articles', mention_rows: 'mentions', role_rows: 'roles', claim_rows: 'claims', fact_rows: 'facts', fact_claim_rows: 'fact_claims',
  conflict_evidence_sets: 'conflict_evidence', conflict_rows: 'conflicts', conflict_variant_rows: 'conflict_variants',
};

/** The breakdown as lines: the total per text byte, then each table over 0.5% of the store. */
export function describeStoreSize(size: StoreSize, say: (line: string) => void, indent = '  '): void {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  const perText = (bytes: number) => (size.textBytes > 0 ? bytes / size.textBytes : 0).toFixed(2);
  say(`${indent}store ${mb(size.storeBytes)} MB for ${mb(size.textBytes)} MB of article text: ${perText(size.storeBytes)} bytes per text byte`);
  const shown = size.tables.filter((t) => t.bytes + t.indexBytes >= size.storeBytes * 0.005);
  for (const t of shown) {
    const name = VIEW_OF[t.table] ? `${t.table} (${VIEW_OF[t.table]})` : t.table;
    say(`${indent}  ${name.padEnd(42)} ${mb(t.bytes + t.indexBytes).padStart(7)} MB  ×${perText(t.bytes + t.indexBytes).padEnd(5)}` +
      ` (table ${mb(t.bytes)}, indexes ${mb(t.indexBytes)}; ${t.rows} rows)`);
  }
  const rest = size.tables.filter((t) => !shown.includes(t)).reduce((sum, t) => sum + t.bytes + t.indexBytes, 0);
  if (rest > 0) say(`${indent}  ${'the rest'.padEnd(42)} ${mb(rest).padStart(7)} MB  ×${perText(rest)}`);
}
