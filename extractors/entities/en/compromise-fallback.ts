// typeWithCompromise: compromise's people/organisations/places for a run the rules could
// not type. compromise is slow (milliseconds per sentence here: about 2 ms for two
// words, 7 ms for a sentence of 87 characters), so it reads only the sentence around the
// run, and only for multi-word runs that every cheaper rule left untyped and that its
// tagger could name as a whole.

import { nlp } from './compromise.ts';
import type { RunVerdict } from './classify-run.ts';
import { classifyLower, type LexiconClass } from './lexicon.ts';
import type { EnglishToken } from './tokens.ts';

const SENTENCE_BOUNDARY = /[.!?\n]/;
const NAME_CLASSES = new Set<LexiconClass>(['first-name', 'last-name', 'place', 'org']);

/** Lower-case words from which compromise's post-tagger patterns grow a name over its neighbours. */
const PATTERN_CUES = [
  'club', 'society', 'group', 'team', 'committee', 'commission', 'association', 'guild', 'crew', 'fc', 'united', 'board',
  'ltd', 'co', 'inc', 'dept', 'assn', 'bros', 'university', 'government',
  'sister', 'pope', 'brother', 'father', 'aunt', 'uncle', 'grandpa', 'grandfather', 'grandma', 'king', 'queen', 'prince',
  'saint', 'lady', 'van', 'der', 'al', 'bin', 'de', 'du', 'la',
  'port', 'mount', 'mt', 'cliff', 'place', 'range', 'pit', 'point', 'room', 'grounds', 'ruins',
];

interface Cues { personWords: Set<string>; cueWords: Set<string> }
let cues: Cues | undefined;

function compromiseCues(): Cues {
  if (cues) return cues;
  const { one, two } = nlp.model() as {
    one: { lexicon: Record<string, string | string[]> };
    two: { switches: Record<string, string>; placeWords: Record<string, boolean>; orgWords: Record<string, boolean> };
  };
  const tagged = (tags: string | string[]) => [tags].flat().some((t) => t === 'Person' || t === 'Honorific');
  cues = {
    // "Swami", "Rose", "Will": honorifics, and words compromise reads as a person or a noun by context.
    personWords: new Set([
      ...Object.keys(one.lexicon).filter((w) => tagged(one.lexicon[w]!)),
      ...Object.keys(two.switches).filter((w) => two.switches[w]!.includes('Person')),
    ]),
    // "Uptown", "Ave", "Holdings": words its tagger extends a place or an organisation from.
    cueWords: new Set([...Object.keys(two.placeWords), ...Object.keys(two.orgWords), ...PATTERN_CUES]),
  };
  return cues;
}

/**
 * Whether compromise could name tokens [from, to) as one person, organisation or place:
 * its lexicon must know a word of the run as a name, and a word must be a person's name
 * or honorific, or the last word a place or organisation, or a cue word of its tagger must stand
 * in or within two tokens of the run. Other runs ("Riverside Potash": a place, then an
 * unknown word) it never names as a whole, so asking would only cost milliseconds.
 */
export function compromiseMightName(tokens: readonly EnglishToken[], from: number, to: number): boolean {
  const { personWords, cueWords } = compromiseCues();
  let knowsName = false;
  let personName = false;
  for (let k = from; k < to; k++) {
    const lexiconClass = classifyLower(tokens[k]!.lower);
    if (NAME_CLASSES.has(lexiconClass)) knowsName = true;
    if (lexiconClass === 'first-name' || lexiconClass === 'last-name' || personWords.has(tokens[k]!.lower)) personName = true;
  }
  if (!knowsName) return false;
  if (personName) return true;
  const lastClass = classifyLower(tokens[to - 1]!.lower);
  if (lastClass === 'place' || lastClass === 'org') return true;
  for (let k = Math.max(0, from - 2); k < Math.min(tokens.length, to + 2); k++) if (cueWords.has(tokens[k]!.lower)) return true;
  return false;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_BOUNDARY.test(text[to]!)) to++;
  return text.slice(from, Math.min(text.length, to + 1));
}

export function typeWithCompromise(text: string, start: number, end: number): RunVerdict | undefined {
  const name = text.slice(start, end);
  const doc = nlp(sentenceAround(text, start, end));
  const has = (list: string[]) => list.some((found) => found.replace(/[^\p{L}\p{N}&. -]/gu, '').trim().includes(name));
  if (has(doc.people().out('array') as string[])) return { type: 'person', rule: 'en.compromise.person' };
  if (has(doc.organizations().out('array') as string[])) return { type: 'org', rule: 'en.compromise.org' };
  if (has(doc.places().out('array') as string[])) return { type: 'place', rule: 'en.compromise.place' };
  return undefined;
}
