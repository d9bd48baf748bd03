// Proper nouns of jieba's dictionary, so the text can be scanned for them without running
// jieba over every sentence; jieba then only confirms word boundaries around a hit. Both
// tables are built in one pass over the dictionary file, which is not kept afterwards.

import { dictionaryEntries } from '../../jieba.ts';
import { PhraseTrie } from '../phrase-trie.ts';
import { NOT_PLACES } from './rules.ts';

export interface DictionaryNames {
  /** Places (ns), organisations (nt) and transliterated names (nrt, nrfg): word → its tag, proposed as entities. */
  properNouns: PhraseTrie<string>;
  /**
   * Words of two to four Han characters that jieba tags as a person (nr, nrt, nrfg) or not
   * at all (x): only these can be the speaker before a speech verb, so a verb with none of
   * them before it is not worth a cut.
   */
  personWords: Set<string>;
}

const PROPER_NOUN_TAGS = new Set(['ns', 'nt', 'nrt', 'nrfg']);
const PERSON_WORD_TAGS = new Set(['nr', 'nrt', 'nrfg', 'x']);
const HAN_WORD = /^\p{Script=Han}+$/u;

let names: DictionaryNames | undefined;

export function dictionaryNames(): DictionaryNames {
  if (names) return names;
  names = { properNouns: new PhraseTrie(), personWords: new Set() };
  for (const [word, tag] of dictionaryEntries()) {
    if (word.length < 2 || !HAN_WORD.test(word)) continue;
    if (PERSON_WORD_TAGS.has(tag) && word.length <= 4) names.personWords.add(word);
    if (!PROPER_NOUN_TAGS.has(tag) || NOT_PLACES.has(word)) continue;
    if ((tag === 'nrt' || tag === 'nrfg') && word.length < 3) continue;
    names.properNouns.add(word.split(''), tag);
  }
  return names;
}
