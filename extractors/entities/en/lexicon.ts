// What compromise's lexicon (its data, without running its slow tagger) says about a
// single word: a given name, a surname, a place, an organisation, or a common word.

import { nlp } from './compromise.ts';

export type LexiconClass = 'first-name' | 'last-name' | 'place' | 'org' | 'demonym' | 'common' | undefined;

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person', ...PLACE_TAGS, 'Organization', 'SportsTeam', 'Demonym', 'ProperNoun', 'Honorific']);

let lexicon: Record<string, string | string[]> | undefined;

function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

export function classifyWord(word: string): LexiconClass {
  const tags = tagsOf(word);
  if (tags.length === 0) return undefined;
  if (tags.some((t) => FIRST_NAME_TAGS.has(t))) return 'first-name';
  if (tags.includes('LastName')) return 'last-name';
  if (tags.includes('Demonym')) return 'demonym';
  if (tags.some((t) => PLACE_TAGS.has(t))) return 'place';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'org';
  return tags.some((t) => NAME_TAGS.has(t)) ? undefined : 'common';
}

/** A word compromise knows as an ordinary word ("However", "Earlier", "Data"). */
export function isCommonWord(word: string): boolean {
  return classifyWord(word) === 'common';
}
