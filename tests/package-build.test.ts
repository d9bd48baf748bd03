// The compiled package (dist/, built by the suite's global setup): the library API as a
// user imports it, workers that load compiled JavaScript, and a bin that refuses a missing
// or stale build with one line.

import { cpSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO, tempDir } from './cli-helpers.ts';

type Library = typeof import('../pipeline/index.ts');
const library = async () => (await import(join(REPO, 'dist', 'pipeline', 'index.js'))) as Library;

describe('the library API from dist/', () => {
  test('extract reads money, dates and entities with spans into the text as given', async () => {
    const { extract } = await library();
    const text = 'Toshiba will invest $2.1 billion in Ohio on October 27, 2025.';
    const result = extract(text, { published: '2025-10-01' });
    expect(result.lang).toBe('en');
    expect(result.money).toEqual([expect.objectContaining({ value: 2_100_000_000, currency: 'USD', qualifier: 'exact', text: '$2.1 billion' })]);
    expect(text.slice(result.money[0]!.start, result.money[0]!.end)).toBe('$2.1 billion');
    expect(result.dates.map((d) => d.value)).toEqual(['2025-10-27']);
    expect(result.entities.map((e) => [e.text, e.type])).toContainEqual(['Toshiba', 'org']);
  });

  test('a language it does not read is a typed error, not an empty result', async () => {
    const { extract, UnsupportedLanguageError } = await library();
    expect(() => extract('Le gouvernement a annoncé hier un plan de relance de deux milliards.')).toThrow(UnsupportedLanguageError);
  });

  test('runDrops over a drop uses compiled workers, and the report validates against ReportSchema', async () => {
    const { runDrops, openStore, buildReport, ReportSchema } = await library();
    const drop = join(tempDir(), 'drop');
    cpSync(join(REPO, 'fixtures', 'seeds'), drop, { recursive: true });
    const db = openStore(join(tempDir(), 'store.sqlite'));
    try {
      const summary = await runDrops(db, { drops: [drop], concurrency: 2, maxFileBytes: 1 << 26, toolVersion: 'test', workerMinFiles: 0 });
      expect(summary.timings.workerCode).toBe('compiled');
      expect(summary.articles_new).toBe(5);
      const report = ReportSchema.parse(buildReport(db));
      expect(report.articles).toHaveLength(5);
    } finally {
      db.close();
    }
  }, 120_000);
});

describe('the bin in a checkout', () => {
  /** A checkout-shaped folder holding the real bin, a source file and a dist/ stamp. */
  function fakeCheckout(stamp: 'none' | 'old' | 'fresh') {
    const root = tempDir();
    mkdirSync(join(root, 'bin'));
    cpSync(join(REPO, 'bin', 'newsfacts.js'), join(root, 'bin', 'newsfacts.js'));
    mkdirSync(join(root, 'pipeline'));
    mkdirSync(join(root, 'extractors'));
    writeFileSync(join(root, 'pipeline', 'cli.ts'), 'export {};\n');
    if (stamp !== 'none') {
      mkdirSync(join(root, 'dist', 'pipeline'), { recursive: true });
      writeFileSync(join(root, 'dist', '.built'), 'x\n');
      writeFileSync(join(root, 'dist', 'pipeline', 'cli.js'), "export async function main() { process.stdout.write('ran\\n'); return 0; }\n");
      const past = new Date(Date.now() - 60_000);
      if (stamp === 'old') utimesSync(join(root, 'dist', '.built'), past, past);
      else utimesSync(join(root, 'pipeline', 'cli.ts'), past, past);
    }
    return spawnSync(process.execPath, [join(root, 'bin', 'newsfacts.js'), '--version'], { encoding: 'utf8' });
  }

  test('no dist/ at all: one line saying to build, exit 2', () => {
    const r = fakeCheckout('none');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsfacts: not built yet (no dist/); run "npm run build"\n');
  });

  test('a source edited after the build: one line naming it, exit 2', () => {
    const r = fakeCheckout('old');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsfacts: dist/ is older than pipeline/cli.ts; run "npm run build"\n');
  });

  test('a fresh build runs', () => {
    const r = fakeCheckout('fresh');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('ran\n');
  });
});
