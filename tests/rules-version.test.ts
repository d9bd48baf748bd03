// The rules version: one hash of the reconciliation and entity rule files, the same from
// the sources and from the build's stamp; and a run over a layer built by other rules (or
// before versions were recorded) stores its articles but leaves the layer unmixed.

import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { reconcileStore } from '../pipeline/reconcile/index.ts';
import { hashRuleSources, layerState, rulesVersion, staleLayerText } from '../pipeline/reconcile/rules-version.ts';
import { runDrops } from '../pipeline/run.ts';
import { openStore, type Db } from '../pipeline/store/open.ts';
import { canonicalLayer, withoutNewMentions } from './canonical-layer.ts';
import { REPO, tempDir } from './cli-helpers.ts';

function ruleTree(files: Record<string, string>): string {
  const root = tempDir('newsfacts-rules-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('hashRuleSources', () => {
  const files = {
    'package.json': '{"name": "demo", "dependencies": {"place-data": "^1.0.0"}, "devDependencies": {"test-runner": "^2.0.0"}}\n',
    'node_modules/place-data/package.json': '{"name": "place-data", "version": "1.0.0"}\n',
    'node_modules/test-runner/package.json': '{"name": "test-runner", "version": "2.0.0"}\n',
    'pipeline/group-by-key.ts': 'export const group = 1;\n',
    'pipeline/unrelated.ts': 'export const elsewhere = 1;\n',
    'pipeline/reconcile/index.ts': "import { group } from '../group-by-key.ts';\nexport const g = group;\n",
    'pipeline/reconcile/facts.ts': 'export const rule = 1;\n',
    'pipeline/reconcile/rates-data.json': '{"EUR": 1.1}\n',
    'extractors/entities/zh/rules.ts': 'export const cue = "公司";\n',
    'extractors/entities/README.md': 'how the rules work\n',
    'extractors/money/index.ts': 'export const other = 1;\n',
  };
  const base = hashRuleSources(ruleTree(files));

  test('is 16 hex digits, the same for the same files wherever the tree lies', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(hashRuleSources(ruleTree(files))).toBe(base);
  });

  test('changes when a rule or a data file of either folder changes', () => {
    expect(hashRuleSources(ruleTree({ ...files, 'pipeline/reconcile/facts.ts': 'export const rule = 2;\n' }))).not.toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'pipeline/reconcile/rates-data.json': '{"EUR": 1.2}\n' }))).not.toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'extractors/entities/zh/rules.ts': 'export const cue = "集团";\n' }))).not.toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'extractors/entities/zh/new-table.ts': 'export const words = [];\n' }))).not.toBe(base);
  });

  test('changes when a module the rules import changes, wherever it lies, or a runtime dependency is upgraded', () => {
    expect(hashRuleSources(ruleTree({ ...files, 'pipeline/group-by-key.ts': 'export const group = 2;\n' }))).not.toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'node_modules/place-data/package.json': '{"name": "place-data", "version": "1.1.0"}\n' }))).not.toBe(base);
  });

  test('changes when a rule file is renamed, content unchanged', () => {
    const root = ruleTree(files);
    renameSync(join(root, 'pipeline/reconcile/facts.ts'), join(root, 'pipeline/reconcile/fact-rules.ts'));
    expect(hashRuleSources(root)).not.toBe(base);
  });

  test('ignores docs, modules the rules do not import, and development packages', () => {
    expect(hashRuleSources(ruleTree({ ...files, 'extractors/entities/README.md': 'rewritten\n' }))).toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'extractors/money/index.ts': 'export const other = 2;\n' }))).toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'pipeline/unrelated.ts': 'export const elsewhere = 2;\n' }))).toBe(base);
    expect(hashRuleSources(ruleTree({ ...files, 'node_modules/test-runner/package.json': '{"name": "test-runner", "version": "3.0.0"}\n' }))).toBe(base);
  });

  test('from the sources, rulesVersion is the hash of this checkout, and the build stamped the same', () => {
    const version = hashRuleSources(REPO);
    expect(rulesVersion()).toBe(version);
    const stamp = JSON.parse(readFileSync(join(REPO, 'dist', 'pipeline', 'reconcile', 'rules-version.json'), 'utf8'));
    expect(stamp).toEqual({ rulesVersion: version });
  });
});

describe('a store whose layer was built by other rules', () => {
  const OTHER = '0123456789abcdef';

  async function storeWithLayer(): Promise<{ db: Db; drop: string }> {
    const drop = join(tempDir(), 'drop');
    mkdirSync(drop);
    writeFileSync(join(drop, 'a.txt'), 'Toshiba said on March 3, 2025 it would invest $2.1 billion in a plant in Ohio.\n');
    const db = openStore(join(tempDir(), 'store.sqlite'));
    const first = await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });
    expect(first.reconciliation).toBeDefined();
    expect(first.staleLayer).toBeUndefined();
    expect(db.prepare('SELECT rules_version, full FROM reconciliations').all()).toEqual([{ rules_version: rulesVersion(), full: 0 }]);
    writeFileSync(join(drop, 'b.txt'), 'Hitachi reported quarterly revenue of $4.5 billion, up from $4.1 billion a year earlier.\n');
    return { db, drop };
  }
  const rerun = (db: Db, drop: string) => runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity });

  test.each([
    ['other rules', OTHER],
    ['rules from before versions were recorded', null],
  ])('built by %s: the run stores its articles, says so, and leaves the layer as it was', async (_label, builtBy) => {
    const { db, drop } = await storeWithLayer();
    try {
      db.prepare('UPDATE reconciliations SET rules_version = ?').run(builtBy);
      const before = canonicalLayer(db);
      const summary = await rerun(db, drop);
      expect(summary.articles_new).toBe(1);
      expect(summary.reconciliation).toBeUndefined();
      expect(summary.staleLayer).toEqual({ builtBy, current: rulesVersion() });
      // The new article's mentions are stored; nothing the layer holds moved.
      const after = canonicalLayer(db);
      expect(withoutNewMentions(after, before)).toEqual(before);
      expect(after.mention_entities.length).toBeGreaterThan(before.mention_entities.length);
      expect(layerState(db)).toEqual({ current: rulesVersion(), builtBy, stale: true, pending: true });
      expect(staleLayerText(summary.staleLayer!, 'out/my store.sqlite')).toBe(
        `the canonical layer is stale (built by ${builtBy ? `rules ${OTHER}; this newsfacts has rules ${rulesVersion()}` : 'rules from before versions were recorded'}); ` +
          "rebuild it with: newsfacts reconcile --full --db 'out/my store.sqlite'",
      );

      // A full rebuild records these rules (in its own row); the layer is whole again and the next run reconciles.
      const last = db.prepare('SELECT max(id) FROM reconciliations').pluck().get() as number;
      reconcileStore(db, { full: true });
      expect(layerState(db)).toMatchObject({ builtBy: rulesVersion(), stale: false });
      expect(db.prepare('SELECT rules_version, full FROM reconciliations WHERE id > ?').all(last)).toEqual([{ rules_version: rulesVersion(), full: 1 }]);
      expect(canonicalLayer(db).claims.length).toBeGreaterThan(before.claims.length);
    } finally {
      db.close();
    }
  });

  test('a fresh store is not stale: its first run builds the layer', async () => {
    const db = openStore(join(tempDir(), 'store.sqlite'));
    try {
      expect(layerState(db)).toEqual({ current: rulesVersion(), builtBy: undefined, stale: false, pending: false });
    } finally {
      db.close();
    }
  });

  test('pending: an unchanged re-run reconciles nothing; articles stored with reconciliation off wait for the next run', async () => {
    const { db, drop } = await storeWithLayer();
    try {
      rmSync(join(drop, 'b.txt'));
      expect((await rerun(db, drop)).reconciliation).toBeUndefined();
      writeFileSync(join(drop, 'b.txt'), 'Hitachi reported quarterly revenue of $4.5 billion.\n');
      await runDrops(db, { drops: [drop], concurrency: 1, maxFileBytes: 1 << 20, toolVersion: 'test', workerMinFiles: Infinity, reconcile: false });
      expect(layerState(db).pending).toBe(true);
      const next = await rerun(db, drop);
      expect(next.articles_new).toBe(0);
      expect(next.reconciliation?.claims).toBeGreaterThan(1);
      expect(layerState(db).pending).toBe(false);
    } finally {
      db.close();
    }
  });
});
