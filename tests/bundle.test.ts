// The worker bundle (pipeline/workers/bundle.ts): each bundled module keeps its own
// import.meta.url, the same sources give the same file, older bundles of the same name
// are cleared away, and a failure is a result naming the problem, not a throw.

import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bundleModule } from '../pipeline/workers/bundle.ts';
import { tempDir } from './cli-helpers.ts';

const probe = new URL('./bundle-probe/probe.ts', import.meta.url);

describe('bundleModule', () => {
  test('every bundled module still sees its own source address', async () => {
    const dir = pathToFileURL(`${tempDir()}/`);
    const built = await bundleModule(probe, 'probe', dir);
    if (!built.ok) throw new Error(built.error);
    expect(built.url.href.startsWith(dir.href)).toBe(true);
    expect(built.url.pathname).toMatch(/\/probe-[0-9a-f]{16}\.mjs$/);
    const loaded = (await import(built.url.href)) as { here: string; there: string };
    expect(loaded.here).toBe(probe.href);
    expect(loaded.there).toBe(new URL('./bundle-probe/sibling.ts', import.meta.url).href);
  });

  test('the same sources give the same file, written once; older bundles of that name are removed', async () => {
    const path = tempDir();
    const dir = pathToFileURL(`${path}/`);
    writeFileSync(join(path, 'probe-0123456789abcdef.mjs'), '// from older sources\n');
    writeFileSync(join(path, 'other-0123456789abcdef.mjs'), '// another bundle\n');
    const first = await bundleModule(probe, 'probe', dir);
    if (!first.ok) throw new Error(first.error);
    const written = statSync(first.url).mtimeMs;
    const second = await bundleModule(probe, 'probe', dir);
    expect(second).toEqual(first);
    expect(statSync(first.url).mtimeMs).toBe(written);
    expect(readdirSync(path).sort()).toEqual(['other-0123456789abcdef.mjs', first.url.pathname.split('/').pop()]);
  });

  test('a source that cannot be bundled is reported, and nothing is written', async () => {
    const path = tempDir();
    const result = await bundleModule(new URL('./bundle-probe/missing.ts', import.meta.url), 'missing', pathToFileURL(`${path}/`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('missing.ts');
    expect(existsSync(path) ? readdirSync(path) : []).toEqual([]);
  });
});
