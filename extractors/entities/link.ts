// linkEntity: a recognised name → a gazetteer entry, by the exact name, then its
// normalised form, then (Latin names only) Jaro–Winkler similarity above a threshold.
// Fuzzy linking is kept conservative: a wrong link hides a conflict that reconciliation
// should see ("Akizuki" must never become Akazawa).

import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { EntityType } from '../types.ts';
import { gazetteerIndex } from './gazetteer/index.ts';
import { hasHan, normaliseName } from './name-forms.ts';
import type { GazetteerEntry } from './types.ts';

export interface EntityLink {
  entry: GazetteerEntry;
  how: 'exact' | 'normalised' | 'fuzzy';
}

/** Similarity a Latin organisation or place name needs to link fuzzily. */
const FUZZY_THRESHOLD = 0.94;
const DEMONYM_ENDING = /^(?:n|an|ns|ans|ese|i|ian|ians)$/;
const isDemonymOf = (key: string, name: string) => key.startsWith(name) && DEMONYM_ENDING.test(key.slice(name.length));
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const DEMONYM_LAST_LETTER = /[nseiNSEI]$/;
/** Names shorter than this never link fuzzily: short names differ by one letter too often. */
const FUZZY_MIN_LENGTH = 6;

function compatible(entry: GazetteerEntry, type: EntityType | undefined): boolean {
  return type === undefined || type === 'other' || entry.type === type;
}

function linkFuzzily(key: string, type: EntityType | undefined): GazetteerEntry | undefined {
  if (type === 'person') return undefined; // people only by exact or normalised names
  if (key.length < FUZZY_MIN_LENGTH || hasHan(key)) return undefined;
  const index = gazetteerIndex();
  let best: { id: string; score: number } | undefined;
  for (const [candidate, id] of index.fuzzyBuckets.get(key.slice(0, 2)) ?? []) {
    if (Math.abs(candidate.length - key.length) > 3) continue;
    const score = jaroWinkler(key, candidate);
    if (score >= FUZZY_THRESHOLD && (!best || score > best.score || (score === best.score && id < best.id))) best = { id, score };
  }
  const entry = best ? index.entries.get(best.id) : undefined;
  // "American", "Alaskan": a name plus a demonym ending is the adjective, not the place.
  if (entry && [entry.name, ...(entry.aliases ?? [])].some((n) => isDemonymOf(key, normaliseName(n)))) return undefined;
  return entry && entry.type !== 'person' && compatible(entry, type) ? entry : undefined;
}

export function linkEntity(name: string, type?: EntityType): EntityLink | undefined {
  const index = gazetteerIndex();
  const exactId = index.exact.get(name);
  if (exactId) return { entry: index.entries.get(exactId)!, how: 'exact' };
  const key = normaliseName(name);
  const ids = index.normalised.get(key) ?? [];
  const matching = ids.map((id) => index.entries.get(id)!).filter((e) => compatible(e, type));
  if (matching.length === 1) return { entry: matching[0]!, how: 'normalised' };
  const fuzzy = linkFuzzily(key, type);
  return fuzzy ? { entry: fuzzy, how: 'fuzzy' } : undefined;
}

/** "Alaskan", "Japanese": an adjective formed from a gazetteer place name. */
export function isDemonymOfKnownPlace(word: string): boolean {
  // A plain ASCII word normalises to itself in lower case, and every demonym ending ends in n, s, e or i.
  const plain = PLAIN_WORD.test(word);
  if (plain && !DEMONYM_LAST_LETTER.test(word)) return false;
  const key = plain ? word.toLowerCase() : normaliseName(word);
  const index = gazetteerIndex();
  for (let cut = 1; cut <= 4 && cut < key.length; cut++) {
    if (!DEMONYM_ENDING.test(key.slice(key.length - cut))) continue;
    const ids = index.normalised.get(key.slice(0, key.length - cut)) ?? [];
    if (ids.some((id) => index.entries.get(id)?.type === 'place')) return true;
  }
  return false;
}
