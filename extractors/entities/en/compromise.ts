// compromise, loaded on first call from its single-file CommonJS build (about four times
// faster to load than its ESM source tree). Only its lexicon is read, and only where the
// table the build takes from it (lexicon-table.ts) is absent: the build itself, and the
// TypeScript sources run directly (tests, scripts). The compiled command never loads it.

import { createRequire } from 'node:module';
import type nlpType from 'compromise';

const require = createRequire(import.meta.url);
let nlp: typeof nlpType | undefined;

function load(): typeof nlpType {
  nlp ??= require('compromise') as typeof nlpType;
  return nlp;
}

/** compromise's lexicon: each word (lower case) → its tag or tags. */
export function compromiseLexicon(): Record<string, string | string[]> {
  return (load().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
}

export function compromiseVersion(): string {
  return load().version;
}
