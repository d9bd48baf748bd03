// Proper nouns of jieba's dictionary (places ns, organisations nt, transliterated names
// nrt/nrfg) in a character trie, so the text can be scanned for them without running
// jieba over every sentence; jieba then only confirms word boundaries around a hit. The
// trie is built in one pass over the dictionary file, which is not kept afterwards.

import { dictionaryEntries } from '../../jieba.ts';
import { PhraseTrie } from '../phrase-trie.ts';
import { NOT_PLACES } from './rules.ts';

const WANTED_TAGS = new Set(['ns', 'nt', 'nrt', 'nrfg']);

let trie: PhraseTrie<string> | undefined;

/** word → its tag, for dictionary proper nouns worth proposing as entities. */
export function properNounTrie(): PhraseTrie<string> {
  if (trie) return trie;
  trie = new PhraseTrie();
  for (const [word, tag] of dictionaryEntries()) {
    if (!WANTED_TAGS.has(tag) || word.length < 2 || NOT_PLACES.has(word)) continue;
    if ((tag === 'nrt' || tag === 'nrfg') && word.length < 3) continue;
    if (!/^\p{Script=Han}+$/u.test(word)) continue;
    trie.add(word.split(''), tag);
  }
  return trie;
}
