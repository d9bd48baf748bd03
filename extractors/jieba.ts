// nodejieba, loaded once per thread without what we never use. Its `load()` builds a
// segmenter and a TextRank keyword extractor, each with its own copy of the main
// dictionary, plus TF-IDF tables for keyword extraction. Cutting words (all that
// extractors/entities/zh/jieba-words.ts asks of it) needs none of the TF-IDF tables, so
// they are given one-line stand-ins (nodejieba refuses an empty file): about 20 MB less
// per thread, the same words.

import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';

const LEAN = (file: string) => fileURLToPath(new URL(`./jieba-lean/${file}`, import.meta.url));

let loaded = false;

/** nodejieba with its dictionaries loaded (on first call). */
export function jieba(): typeof nodejieba {
  if (!loaded) {
    nodejieba.load({ idfDict: LEAN('idf.utf8'), stopWordDict: LEAN('stop_words.utf8') });
    loaded = true;
  }
  return nodejieba;
}
