// The code a worker thread runs: one ES module that esbuild bundles from the worker's
// TypeScript sources when a run starts its workers. Loaded through tsx instead, every
// worker starts a module-loader thread of its own and compiles each source again: about
// 100 MB of RSS a worker (a 10,000-article run with two workers peaked at 927 MB through
// tsx, 720 MB bundled). The bundle is written under node_modules/.cache/newsfacts/ with
// its content hash in the name, so sources edited since the last run give a new bundle,
// never a stale one, and two runs at once write the same bytes to the same name.
//
// Each module keeps its own `import.meta.url` (the bundler would otherwise give every one
// the bundle's address), so paths resolved beside a source file still resolve there.
// Packages stay outside the bundle and load from node_modules as usual.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BUNDLE_DIR = new URL('../../node_modules/.cache/newsfacts/', import.meta.url);

export type BundleResult = { ok: true; url: URL } | { ok: false; error: string };

const IMPORT_META_URL = /\bimport\.meta\.url\b/g;

/** Bundles `entry` (a TypeScript module) into BUNDLE_DIR as `<name>-<hash>.mjs`. Never throws. */
export async function bundleModule(entry: URL, name: string, dir: URL = BUNDLE_DIR): Promise<BundleResult> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [fileURLToPath(entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'own-import-meta-url',
          setup(build) {
            build.onLoad({ filter: /\.ts$/ }, (args) => ({
              contents: readFileSync(args.path, 'utf8').replace(IMPORT_META_URL, JSON.stringify(pathToFileURL(args.path).href)),
              loader: 'ts',
            }));
          },
        },
      ],
    });
    const code = result.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const file = `${name}-${hash}.mjs`;
    const url = new URL(file, dir);
    if (!existsSync(url)) {
      mkdirSync(dir, { recursive: true });
      const partial = new URL(`${file}.${process.pid}.partial`, dir);
      writeFileSync(partial, code);
      renameSync(partial, url); // whole or absent: a run never loads half a bundle
      removeOlder(dir, name, file);
    }
    return { ok: true, url };
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
}

/** esbuild's first error with where it is (its message alone says only "Build failed"); else the message. */
function describe(error: unknown): string {
  const first = (error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors?.[0];
  if (!first) return (error as Error).message.split('\n')[0]!;
  return first.location ? `${first.location.file}:${first.location.line}: ${first.text}` : first.text;
}

/** Bundles of `name` built from older sources; removed when a new one is written. */
function removeOlder(dir: URL, name: string, keep: string): void {
  const older = new RegExp(`^${name}-[0-9a-f]{16}\\.mjs$`);
  for (const entry of readdirSync(dir)) {
    if (entry !== keep && older.test(entry)) rmSync(new URL(entry, dir), { force: true });
  }
}
