// English names of first-level divisions of every country (states, provinces, regions:
// "Zhejiang", "Hokkaido", "Tamil Nadu", "KwaZulu-Natal") from npm `country-region-data`
// (MIT): 4,387 regions of 249 countries. Folded as city names are (lower case, no
// diacritics), a hyphen read as a space ("kwazulu natal"), as the English recogniser meets
// the words of a run. Left out: a one-word name under three letters, or that is also an
// ordinary English word written in lower case ("Gulf", "Lakes", "Unity" and "Source" are
// regions too; the lower-case words of the part-of-speech lexicon `natural` ships, from
// pos-js, MIT), and a saint's name ("Saint Andrew" is a parish, and a person far more often).
// Reading that lexicon takes 0.2 s, so the build (scripts/build.mjs) writes the list to dist/
// beside en-regions.js and the compiled code reads the small file; run from the TypeScript
// sources, the list is made from the packages. Loaded once per thread, on first use.

import { readFileSync } from 'node:fs';
import { readBuiltData } from '../built-data.ts';
import { foldName, packageFile } from './en-places.ts';

/** The file the build writes beside the compiled en-regions.js: the names, sorted, as a JSON array. */
export const REGIONS_FILE = 'en-regions.json';

const REGIONS_PACKAGE = 'country-region-data';
const WORDS_PACKAGE = 'natural';
const WORDS_FILE = 'lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

/** A country as country-region-data lists it: only its regions' names are read. */
interface CountryRegions {
  regions: { name: string }[];
}

/** A package's JSON file, read; throws one line naming the package and the file if it cannot. */
function packageJson<T>(name: string, file: string): T {
  const path = packageFile(name, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`entity data package "${name}" failed to load (${path}): ${(error as Error).message}`);
  }
}

/** A name as the list keeps it and a run's words are looked up: folded, a hyphen read as a space, single spaces. */
const regionKey = (name: string) => foldName(name.trim()).replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The region names the recogniser may take for places, folded and sorted, made from
 * the packages (country-region-data's layout, and natural's lexicon).
 */
export function regionNames(regionsPackage = REGIONS_PACKAGE, wordsPackage = WORDS_PACKAGE): string[] {
  const words = packageJson<Record<string, string[]>>(wordsPackage, WORDS_FILE);
  const names = new Set<string>();
  for (const country of packageJson<CountryRegions[]>(regionsPackage, 'data.json')) {
    for (const region of country.regions) {
      const folded = regionKey(region.name);
      if (!folded.includes(' ') && (folded.length < 3 || Object.hasOwn(words, folded))) continue;
      if (/^(?:saint|sainte|st) /.test(folded) || /[(),]/.test(folded)) continue;
      names.add(folded);
    }
  }
  if (names.size < 1000) throw new Error(`entity data package "${regionsPackage}" gave only ${names.size} regions`);
  return [...names].sort();
}

let regions: Set<string> | undefined;

/** Whether lower-case words, one or several joined by spaces, name a first-level division of some country (diacritics or not). */
export function isRegionName(lower: string): boolean {
  regions ??= new Set(readBuiltData<string[]>(REGIONS_FILE, import.meta.url) ?? regionNames());
  return regions.has(regionKey(lower));
}
