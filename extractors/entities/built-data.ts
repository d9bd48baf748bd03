// Data the build (scripts/build.mjs) writes into dist/ beside a compiled module, so the
// compiled code reads a small JSON file instead of loading or filtering a package at
// start-up: compromise's lexicon table, the English region names, the OpenCC forms of the
// gazetteer's names. Run from the TypeScript sources there is no such file, and the caller
// makes the data itself.

import { readFileSync } from 'node:fs';

/** The JSON file `file` beside the module at `moduleUrl` (its import.meta.url), parsed; undefined where there is none. */
export function readBuiltData<T>(file: string, moduleUrl: string): T | undefined {
  try {
    return JSON.parse(readFileSync(new URL(file, moduleUrl), 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
