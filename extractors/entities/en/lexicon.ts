// What compromise's lexicon (its data, without running its slow tagger) says about a
// single word: a given name, a surname, a place, an organisation, or a common word.
// The lexicon is read once, on first use, as the table lexicon-table.ts describes: from
// the file the build writes beside the compiled module, else (the TypeScript sources run
// directly) from compromise itself; a lookup is then one map read. A word
// compromise does not know is then looked up in the public name data: the @stdlib given
// names (a first name), the GeoNames cities (a city) and the countries' first-level
// divisions (a region); a word compromise knows as a common word stays common, so
// "Reading", "Bath" or "Central" is never a place on the list alone.

import { readBuiltData } from '../built-data.ts';
import { isGivenName } from '../data/en-given-names.ts';
import { cityNamed } from '../data/en-places.ts';
import { isRegionName } from '../data/en-regions.ts';
import { compromiseLexiconTable, LEXICON_TABLE_FILE, lexiconLookup, type CompromiseClass, type LexiconLookup, type LexiconTable } from './lexicon-table.ts';

/**
 * 'city': a GeoNames city compromise does not know, weaker evidence than its own places ("Hamilton" is also a surname);
 * 'region': likewise a country's state, province or region that is no such city ("Zhejiang", "Hokkaido").
 */
export type LexiconClass = CompromiseClass | 'city' | 'region';

let lookup: LexiconLookup | undefined;

function lexicon(): LexiconLookup {
  lookup ??= lexiconLookup(readBuiltData<LexiconTable>(LEXICON_TABLE_FILE, import.meta.url) ?? compromiseLexiconTable());
  return lookup;
}

function lexiconClasses(): Map<string, CompromiseClass> {
  return lexicon().classes;
}

/** The class of a word already in lower case (a token's `lower`). */
export function classifyLower(lower: string): LexiconClass {
  const classes = lexiconClasses();
  if (classes.has(lower)) return classes.get(lower);
  if (isGivenName(lower)) return 'first-name';
  if (cityNamed(lower)) return 'city';
  if (isRegionName(lower)) return 'region';
  return undefined;
}

/** What compromise's lexicon alone says (no public name data). */
export function compromiseClassOf(lower: string): LexiconClass {
  return lexiconClasses().get(lower);
}

export function classifyWord(word: string): LexiconClass {
  return classifyLower(word.toLowerCase());
}

/** Endings of abstract nouns and adjectives ("Calculation", "Significance", "Geopolitical"), rare in names. */
const COMMON_WORD_ENDING = /(?:tion|sion|ment|ness|ance|ence|ity|ical|ive|ous|ship|ism|ful|less|ary|ory)$/;

/** A lower-case word compromise knows as common, or one with the ending of an abstract noun or adjective. */
export function looksCommon(lower: string): boolean {
  return lexiconClasses().get(lower) === 'common' || (lower.length > 6 && COMMON_WORD_ENDING.test(lower));
}

/** "england", "wales": words compromise tags as a country (nations the ISO list folds into one). */
export function isCountryWord(lower: string): boolean {
  return lexicon().countries.has(lower);
}
