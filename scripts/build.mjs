// npm run build: compiles pipeline/ and extractors/ to dist/ (JavaScript, declaration files,
// source maps) and copies the data files the code reads at run time (JSON, text tables)
// beside their modules. dist/ is made anew each time, so no module outlives its source.
// Plain JavaScript, so that it runs from `prepare` before anything is compiled.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
/** Sources (compiled by tsc), docs, and the development-only worker entry stay out. */
const NOT_DATA = new Set(['.ts', '.js', '.md']);

function* dataFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* dataFiles(path);
    else if (entry.isFile() && !NOT_DATA.has(extname(entry.name))) yield path;
  }
}

rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
} catch {
  process.stderr.write('build: tsc reported errors (above); dist/ is incomplete\n');
  process.exit(1);
}
let copied = 0;
for (const folder of ['pipeline', 'extractors']) {
  for (const file of dataFiles(join(root, folder))) {
    const target = join(dist, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    copied++;
  }
}
// The bin compares the sources of a checkout with this moment, to say when dist/ is stale.
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
process.stdout.write(`build: dist/ compiled, ${copied} data file${copied === 1 ? '' : 's'} copied\n`);
