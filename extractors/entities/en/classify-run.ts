// classifyRun: the type of one capitalised run from its own words and its neighbours,
// cheapest evidence first. Returns undefined when the rules are unsure; the recogniser
// then asks the article (the same name elsewhere), coordination, and compromise.

import type { EntityType } from '../../types.ts';
import { classifyLower, classifyWord, looksCommon } from './lexicon.ts';
import { COMPASS_WORDS, EVENT_HEADS, ROMANISED_SURNAMES, HONORIFICS, ORG_HEADS, ORG_NOUNS_AFTER, ORG_NOUNS_BEFORE, ORG_PREFIXES, ORG_SUFFIXES, PERSON_SPEECH_VERBS, PLACE_PREPOSITIONS, PLACE_SUFFIXES } from './rules.ts';
import { isGivenName } from '../data/en-given-names.ts';
import { cityNamed } from '../data/en-places.ts';
import { isRegionName } from '../data/en-regions.ts';
import type { EnglishToken } from './tokens.ts';

export interface RunVerdict {
  type: EntityType;
  rule: string;
}

const PLACE_NOUNS_AFTER = new Set(['port', 'city', 'province', 'prefecture', 'state', 'county', 'region', 'river', 'district', 'island', 'peninsula']);

const isAcronym = (word: string) => /^[A-Z][A-Z0-9&]{1,6}s?$/.test(word) && /[A-Z].*[A-Z]|^[A-Z][A-Z]/.test(word);

const isPersonNameWord = (c: ReturnType<typeof classifyWord>) => c === undefined || c === 'last-name' || c === 'first-name' || c === 'city' || c === 'region';

export function classifyRun(tokens: readonly EnglishToken[], from: number, to: number, afterTitle: boolean): RunVerdict | undefined {
  const wordTokens = tokens.slice(from, to).filter((t) => t.kind === 'word');
  const words = wordTokens.map((t) => t.text);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const previous = tokens[from - 1];
  const next = tokens[to];
  if (afterTitle) return { type: 'person', rule: 'en.person.after-title' };
  if (previous && HONORIFICS.has(previous.text)) return { type: 'person', rule: 'en.person.after-honorific' };
  if (words.length >= 2 && EVENT_HEADS.has(last)) return { type: 'other', rule: 'en.other.event' };
  // "West Bank", "East Jerusalem", "North Coast": a compass word before a place or a place word.
  if (words.length === 2 && COMPASS_WORDS.has(first) && (last === 'Bank' || PLACE_SUFFIXES.has(last) || ['place', 'city', 'region'].includes(classifyLower(wordTokens[1]!.lower) ?? ''))) {
    return { type: 'place', rule: 'en.place.compass' };
  }
  if (words.length >= 2 && ORG_SUFFIXES.has(last)) return { type: 'org', rule: 'en.org.suffix' };
  // "P. Johnson", "George W. Bush": an initial before a capitalised word.
  if (words.length >= 2 && words.length <= 4 && /^[A-Z]\.$/.test(words[words.length - 2]!) && /^[A-Z][a-z]/.test(last)) {
    return { type: 'person', rule: 'en.person.initial' };
  }
  if (words.length >= 3 && ORG_HEADS.has(first) && words.includes('of')) return { type: 'org', rule: 'en.org.head-of' };
  if (words.length >= 2 && ORG_PREFIXES.has(first)) return { type: 'org', rule: 'en.org.prefix' };
  if (words.length >= 2 && PLACE_SUFFIXES.has(last)) return { type: 'place', rule: 'en.place.suffix' };
  const whole = words.length >= 2 && words.length <= 4 ? wordTokens.map((t) => t.lower).join(' ') : '';
  // "Las Vegas", "Tunbridge Wells": a city of GeoNames named by the whole run.
  if (words.length <= 3 && whole && cityNamed(whole)) return { type: 'place', rule: 'en.place.city' };
  // "Tamil Nadu", "New South Wales", "KwaZulu-Natal": a country's first-level division named by the whole run.
  if (whole && isRegionName(whole)) return { type: 'place', rule: 'en.place.region' };
  if (next?.text === '-' && tokens[to + 1]?.text === 'based') return { type: 'place', rule: 'en.place.before-based' };
  if (previous && ORG_NOUNS_BEFORE.has(previous.text)) return { type: 'org', rule: 'en.org.after-org-noun' };
  if (words.length === 1 && isAcronym(first)) return { type: 'org', rule: 'en.org.acronym' };
  // "U.N.", "E.U.": a dotted abbreviation the gazetteer does not know ("U.S." it does).
  if (words.length === 1 && /^(?:[A-Z]\.){2,4}$/.test(first)) return { type: 'org', rule: 'en.org.dotted-acronym' };
  const firstClass = classifyLower(wordTokens[0]!.lower);
  const lastClass = classifyLower(wordTokens[wordTokens.length - 1]!.lower);
  if (lastClass === 'demonym') return undefined;
  if (words.length >= 2 && words.length <= 4 && firstClass === 'first-name' && lastClass !== 'place' && lastClass !== 'org') {
    return { type: 'person', rule: 'en.person.given-name' };
  }
  if (words.length >= 2 && words.length <= 3 && lastClass === 'last-name' && firstClass !== 'common') return { type: 'person', rule: 'en.person.surname' };
  // "Mark Cairns", "Les Ferdinand": a given name that is also an ordinary word, before a word that is not one.
  if (words.length >= 2 && words.length <= 3 && isGivenName(wordTokens[0]!.lower) && firstClass === 'common' &&
    isPersonNameWord(lastClass) && /^[A-Z][a-z]/.test(last)) {
    return { type: 'person', rule: 'en.person.given-name-list' };
  }
  if (words.length === 1 && firstClass === 'place') return { type: 'place', rule: 'en.place.lexicon' };
  if (words.length === 1 && firstClass === 'city') return { type: 'place', rule: 'en.place.city' };
  if (words.length === 1 && firstClass === 'region') return { type: 'place', rule: 'en.place.region' };
  if (words.length === 1 && firstClass === 'org') return { type: 'org', rule: 'en.org.lexicon' };
  if (next && PLACE_NOUNS_AFTER.has(next.text)) return { type: 'place', rule: 'en.place.before-place-noun' };
  const possessed = next?.kind === 'possessive' ? tokens[to + 1] : next;
  if (possessed && ORG_NOUNS_AFTER.has(possessed.text) && firstClass !== 'first-name' && lastClass !== 'place') {
    return { type: 'org', rule: 'en.org.before-org-noun' };
  }
  // "the Orioles", "the Eagles": a capitalised plural after "the" is a team or a group, not a person.
  if (words.length === 1 && previous?.text === 'the' && /^[A-Z][a-z]+s$/.test(first) && firstClass !== 'place' && firstClass !== 'city' && firstClass !== 'region' && firstClass !== 'demonym') {
    return { type: 'org', rule: 'en.org.the-plural' };
  }
  // "Wang Kaiwen", "Taro Kishida": two unknown capitalised words with no organisation or place
  // ending read as a given name and a surname far more often than as anything else.
  // "Park Min-jun": a hyphenated lower-case ending is an East Asian given name.
  if (words.length === 3 && tokens[to - 2]?.text === '-' && /^[a-z]+$/.test(last)) return { type: 'person', rule: 'en.person.hyphenated-given-name' };
  // "Riverside Potash", "Hokuriku Cable Works": a name ending in an ordinary noun names a business.
  // (A plural counts when its singular is an ordinary word: "Works", "Mills"; "Paes" and "Vaas" are surnames.)
  const lastLower = wordTokens[wordTokens.length - 1]!.lower;
  const pluralOfCommon = lastLower.endsWith('s') && (classifyLower(lastLower.slice(0, -1)) === 'common' || /(?:ings|ies|als|les)$/.test(lastLower));
  if (words.length >= 2 && (lastClass === 'common' || pluralOfCommon) && firstClass !== 'first-name') {
    return { type: 'org', rule: 'en.org.common-noun-head' };
  }
  if (words.length === 2 && ROMANISED_SURNAMES.has(first) && /^[A-Z][a-z]+(?:-[a-z]+)?$/.test(last) && lastClass !== 'common') {
    return { type: 'person', rule: 'en.person.romanised-surname' };
  }
  // (Joined by a hyphen, "Urus-Martan", "Itar-Tass", they name places and firms more often than people.)
  if (words.length === 2 && to - from === 2 && words.every((w) => /^[A-Z][a-z]{1,11}$/.test(w) && isPersonNameWord(classifyWord(w)) && !looksCommon(w.toLowerCase()))) {
    return { type: 'person', rule: 'en.person.two-unknown-words' };
  }
  if (next && PERSON_SPEECH_VERBS.has(next.text) && words.length <= 3 && !ORG_SUFFIXES.has(last) && lastClass !== 'common') {
    return { type: 'person', rule: 'en.person.speech-verb' };
  }
  const before = tokens[from - 2];
  if (words.length === 1 && previous && (PLACE_PREPOSITIONS.has(previous.text) || (previous.text === 'of' && before && /^(?:port|city|province|prefecture|state)$/.test(before.text)))) {
    return { type: 'place', rule: 'en.place.after-preposition' };
  }
  return undefined;
}
