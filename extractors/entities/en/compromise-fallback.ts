// typeWithCompromise: compromise's people/organisations/places for a run the rules could
// not type. compromise is slow (about 0.2 MB/s), so it reads only the sentence around
// the run, and only for multi-word runs that every cheaper rule left untyped.

import { nlp } from './compromise.ts';
import type { RunVerdict } from './classify-run.ts';

const SENTENCE_BOUNDARY = /[.!?\n]/;

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
