// The part of compromise's lexicon the English recogniser reads, as a compact table: each
// lexicon word under the one class its tags give (a given name, a surname, a demonym, a
// place, an organisation, a common word, or none of these for a name word of another kind),
// and the words compromise tags as a country. The build (scripts/build.mjs) writes the table
// to dist/ beside lexicon.js, so the compiled command reads a small JSON file instead of
// loading compromise (about half a second); run from the TypeScript sources, lexicon.ts
// builds the same table from compromise itself. tests/build-data.test.ts checks that the
// file in dist/ equals the table compromise gives, so an upgrade of compromise cannot drift.

import { compromiseLexicon, compromiseVersion } from './compromise.ts';

export type CompromiseClass = 'first-name' | 'last-name' | 'place' | 'org' | 'demonym' | 'common' | undefined;

/** The file the build writes beside the compiled lexicon.js. */
export const LEXICON_TABLE_FILE = 'compromise-lexicon.json';

/** Table keys of the classes; 'unclassed' holds the name words of no class above (ProperNoun, Honorific…). */
const CLASS_KEYS = ['first-name', 'last-name', 'demonym', 'place', 'org', 'common', 'unclassed'] as const;
type ClassKey = (typeof CLASS_KEYS)[number];

export interface LexiconTable {
  /** The compromise release the table was taken from. */
  compromise: string;
  classes: Record<ClassKey, string[]>;
  /** Words compromise tags as a country, whatever their class ("jordan" is also a given name). */
  countries: string[];
}

export interface LexiconLookup {
  classes: Map<string, CompromiseClass>;
  countries: Set<string>;
}

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person', ...PLACE_TAGS, 'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Honorific']);

export function classOfTags(tags: readonly string[]): CompromiseClass {
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'org';
  return tags.some((t) => NAME_TAGS.has(t)) ? undefined : 'common';
}

/** The table of a compromise lexicon (word → tag or tags), words in lexicon order. */
export function lexiconTableOf(lexicon: Record<string, string | string[]>, version: string): LexiconTable {
  const classes = Object.fromEntries(CLASS_KEYS.map((key) => [key, [] as string[]])) as Record<ClassKey, string[]>;
  const countries: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    classes[classOfTags(tags) ?? 'unclassed'].push(word);
    if (tags.includes('Country')) countries.push(word);
  }
  return { compromise: version, classes, countries };
}

/** The table of the compromise installed (loads compromise: about half a second). */
export function compromiseLexiconTable(): LexiconTable {
  return lexiconTableOf(compromiseLexicon(), compromiseVersion());
}

export function lexiconLookup(table: LexiconTable): LexiconLookup {
  const classes = new Map<string, CompromiseClass>();
  for (const key of CLASS_KEYS) {
    const cls = key === 'unclassed' ? undefined : key;
    for (const word of table.classes[key]) classes.set(word, cls);
  }
  return { classes, countries: new Set(table.countries) };
}
