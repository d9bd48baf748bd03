// What compromise's lexicon (its data, without running its slow tagger) says about a
// single word: a given name, a surname, a place, an organisation, or a common word.
// Every lexicon entry is classed once, on first use, so a lookup is one map read. A word
// compromise does not know is then looked up in the public name data: the @stdlib given
// names (a first name) and the GeoNames cities (a city); a word compromise knows as a
// common word stays common, so "Reading" or "Bath" is never a place on the list alone.

import { isGivenName } from '../data/en-given-names.ts';
import { cityNamed } from '../data/en-places.ts';
import { nlp } from './compromise.ts';

/** 'city': a GeoNames city compromise does not know, weaker evidence than its own places ("Hamilton" is also a surname). */
export type LexiconClass = 'first-name' | 'last-name' | 'place' | 'city' | 'org' | 'demonym' | 'common' | undefined;

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person', ...PLACE_TAGS, 'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Honorific']);

function classOfTags(tags: readonly string[]): LexiconClass {
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'org';
  return tags.some((t) => NAME_TAGS.has(t)) ? undefined : 'common';
}

let classes: Map<string, LexiconClass> | undefined;

function lexiconClasses(): Map<string, LexiconClass> {
  if (classes) return classes;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  classes = new Map();
  for (const [word, tags] of Object.entries(lexicon)) classes.set(word, classOfTags(Array.isArray(tags) ? tags : [tags]));
  return classes;
}

/** The class of a word already in lower case (a token's `lower`). */
export function classifyLower(lower: string): LexiconClass {
  const classes = lexiconClasses();
  if (classes.has(lower)) return classes.get(lower);
  if (isGivenName(lower)) return 'first-name';
  if (cityNamed(lower)) return 'city';
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

let countryWords: Set<string> | undefined;

/** "england", "wales": words compromise tags as a country (nations the ISO list folds into one). */
export function isCountryWord(lower: string): boolean {
  if (!countryWords) {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    countryWords = new Set(Object.keys(lexicon).filter((w) => [lexicon[w]!].flat().includes('Country')));
  }
  return countryWords.has(lower);
}
