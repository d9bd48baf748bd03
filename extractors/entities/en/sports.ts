// Sports reports, where a city, county or state name mostly stands for its club ("Seattle
// beat Boston 5-3", "Surrey need 148 to win") while a country stays a place (a national
// side is reported as the country). An article is a sports report when its first line
// carries a sports slug ("SOCCER - …", "Tennis: …") or its text is dense with sports words.

import type { EntityMention } from '../../types.ts';
import { isCountryWord } from './lexicon.ts';
import { tokenIndexAt, type EnglishToken } from './tokens.ts';

/** "place:jp": a country of the gazetteer (ISO code ids): a national side stays a place. */
export const isCountryId = (id: string | undefined) => !!id && /^place:[a-z]{2}$/.test(id);

/** Sports and slugs that open a wire sports story ("CRICKET - …", "MOTOR RACING - …"). */
const SPORTS_SLUGS = new Set([
  'soccer', 'football', 'cricket', 'baseball', 'basketball', 'tennis', 'golf', 'rugby', 'boxing', 'athletics', 'cycling',
  'hockey', 'racing', 'motorcycling', 'motor', 'horse', 'swimming', 'rowing', 'sailing', 'skiing', 'volleyball', 'handball',
  'snooker', 'squash', 'badminton', 'wrestling', 'judo', 'nfl', 'nba', 'nhl', 'mlb', 'sport', 'sports',
]);

/** Words that are far more frequent in match reports than elsewhere. */
const SPORTS_WORDS = new Set([
  'match', 'matches', 'beat', 'beats', 'defeated', 'drew', 'draw', 'halftime', 'innings', 'wickets', 'goal', 'goals',
  'scored', 'striker', 'midfielder', 'coach', 'homer', 'homered', 'inning', 'pitcher', 'touchdown', 'quarterback',
  'league', 'season', 'championship', 'title', 'semifinal', 'final', 'round', 'victory', 'defeat', 'win', 'won', 'lost',
  'points', 'game', 'games', 'seeded', 'tournament', 'cup', 'club', 'squad', 'captain', 'bowled', 'runs', 'penalty',
]);

/** "CRICKET", "RUGBY": the name of a sport (a town may share it, but not in a slug). */
export const isSportName = (lower: string) => SPORTS_SLUGS.has(lower);

/** Whether the article read as `tokens` is a sports report. */
export function isSportsReport(tokens: readonly EnglishToken[]): boolean {
  // The slug: the first word of the first line, followed by "-" or ":".
  const first = tokens[0];
  if (first && SPORTS_SLUGS.has(first.lower)) {
    for (let k = 1; k < Math.min(tokens.length, 4) && tokens[k]!.gap !== 'newline'; k++) {
      if (tokens[k]!.text === '-' || tokens[k]!.text === ':') return true;
    }
  }
  let words = 0;
  let sportsWords = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (SPORTS_WORDS.has(t.lower)) sportsWords++;
  }
  // Three in a hundred words: a match report reaches it, business and politics stay far below.
  return words >= 30 && sportsWords * 100 >= words * 3;
}

/** Rules whose places stay places in a sports report: datelines and national sides. */
const PLACES_NOT_CLUBS = new Set(['en.place.dateline', 'en.place.results-line-country', 'en.place.suffix']);
/** Words before a name that make it the place where something happens ("in Salzburg", "at Leicester"). */
const VENUE_WORDS = new Set(['in', 'at', 'near', 'between', 'outside', 'visit', 'visited', 'capital', 'city', 'of']);

/** In a sports report, a city, county or state standing alone is its club: typed org in place. */
export function clubsOfSportsReport(tokens: readonly EnglishToken[], mentions: EntityMention[], datelines: ReadonlyMap<number, number>): void {
  for (const [n, m] of mentions.entries()) {
    if (m.type !== 'place' || PLACES_NOT_CLUBS.has(m.rule) || isCountryId(m.id) || isCountryWord(m.text.toLowerCase())) continue;
    const at = tokenIndexAt(tokens, m.start);
    if (datelines.has(at)) continue;
    const before = tokens[at - 1];
    if (before && VENUE_WORDS.has(before.lower)) continue;
    const next = tokens[tokenIndexAt(tokens, m.end)];
    // "Ato Boldon ( Trinidad )": a competitor's country in brackets; "Hove : Sussex 363": the ground labelling a score line.
    if (before?.text === '(' && next?.text === ')') continue;
    if ((at === 0 || tokens[at]!.gap === 'newline') && next?.text === ':') continue;
    // "Karlsruhe of Germany", "Salzburg , Austria": a place placed in its country is a town.
    const after = tokens[tokenIndexAt(tokens, m.end)];
    if (after && after.start >= m.end && after.text === ',' && mentions[n + 1]?.id && isCountryId(mentions[n + 1]!.id)) continue;
    mentions[n] = { start: m.start, end: m.end, text: m.text, type: 'org', rule: 'en.org.sports-club' };
  }
}
