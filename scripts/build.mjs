// npm run build: compiles pipeline/ and extractors/ to dist/ (JavaScript, declaration files,
// source maps) and copies the data files the code reads at run time (JSON, text tables)
// beside their modules, and stamps the rules version (pipeline/reconcile/rules-version.ts).
// It also writes the data the compiled code reads instead of loading a package at start-up:
// compromise's lexicon as a table (extractors/entities/en/lexicon-table.ts), the English
// region names (extractors/entities/data/en-regions.ts) and the OpenCC conversions of the
// gazetteer's Chinese names (extractors/entities/script-forms.ts).
// dist/ is made anew each time, so no module outlives its source.
// Plain JavaScript, so that it runs from `prepare` before anything is compiled.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
// The rules version (a hash of the reconciliation and entity rule sources) stamped beside its
// compiled module, which reads it there: an installed package has no sources to hash.
const { hashRuleSources, RULES_VERSION_FILE } = await import(new URL('../dist/pipeline/reconcile/rules-version.js', import.meta.url).href);
const rulesVersion = hashRuleSources(root);
writeFileSync(join(dist, 'pipeline', 'reconcile', RULES_VERSION_FILE), `${JSON.stringify({ rulesVersion })}\n`);
// Start-up data (see the modules named above), taken by the compiled modules that read it.
/** A compiled module of dist/, by its path under dist/. */
const compiled = (path) => import(pathToFileURL(join(dist, path)).href);
const { compromiseLexiconTable, LEXICON_TABLE_FILE } = await compiled('extractors/entities/en/lexicon-table.js');
writeFileSync(join(dist, 'extractors', 'entities', 'en', LEXICON_TABLE_FILE), JSON.stringify(compromiseLexiconTable()));
const { regionNames, REGIONS_FILE } = await compiled('extractors/entities/data/en-regions.js');
writeFileSync(join(dist, 'extractors', 'entities', 'data', REGIONS_FILE), JSON.stringify(regionNames()));
const { formsConvertedBy, SCRIPT_FORMS_FILE } = await compiled('extractors/entities/script-forms.js');
const { gazetteerIndex } = await compiled('extractors/entities/gazetteer/index.js');
writeFileSync(join(dist, 'extractors', 'entities', SCRIPT_FORMS_FILE), JSON.stringify(formsConvertedBy(() => gazetteerIndex())));

// The bin compares the sources of a checkout with this moment, to say when dist/ is stale.
writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
process.stdout.write(`build: dist/ compiled, ${copied} data file${copied === 1 ? '' : 's'} copied, rules version ${rulesVersion}\n`);
