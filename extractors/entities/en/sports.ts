// Sports reports, where a city, county or state name mostly stands for its club ("Seattle
// beat Boston 5-3", "Surrey need 148 to win") while a country stays a place (a national
// side is reported as the country). An article is a sports report when its first line
// carries a sports slug ("SOCCER - …", "Tennis: …") or its text is dense with sports words.

import type { EnglishToken } from './tokens.ts';

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
