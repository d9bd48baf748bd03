// People recognised by where a name stands in the layout of a wire story rather than by
// its words: a byline (a name alone on the line above the dateline) and a competitor in a
// sports list, whose country follows in brackets ("Mark Cairns ( England ) beat …").

import { linkEntity } from '../link.ts';
import type { RunVerdict } from './classify-run.ts';
import type { LineKinds } from './line-kinds.ts';
import type { Run } from './runs.ts';
import type { EnglishToken } from './tokens.ts';

/** Longest country name looked for inside the brackets, in tokens. */
const MAX_COUNTRY_TOKENS = 3;

const isCountry = (name: string) => /^place:[a-z]{2}$/.test(linkEntity(name, 'place')?.entry.id ?? '');

/** "Name ( Country )": the name is followed by a bracketed country. */
function hasCountryInBrackets(text: string, tokens: readonly EnglishToken[], to: number): boolean {
  if (tokens[to]?.text !== '(') return false;
  for (let close = to + 2; close <= to + 1 + MAX_COUNTRY_TOKENS && close < tokens.length; close++) {
    if (tokens[close]!.text !== ')') continue;
    return isCountry(text.slice(tokens[to + 1]!.start, tokens[close - 1]!.end));
  }
  return false;
}

/** A byline: two or three words alone on their line, and the next line opens with a dateline. */
function isByline(tokens: readonly EnglishToken[], run: Run, lines: LineKinds): boolean {
  const words = run.to - run.from;
  if (words < 2 || words > 3) return false;
  if (run.from > 0 && tokens[run.from]!.gap !== 'newline') return false;
  const next = tokens[run.to];
  return !!next && next.gap === 'newline' && lines.datelines.has(run.to);
}

export function personByLayout(text: string, tokens: readonly EnglishToken[], run: Run, lines: LineKinds, sportsReport: boolean): RunVerdict | undefined {
  if (isByline(tokens, run, lines)) return { type: 'person', rule: 'en.person.byline' };
  if (sportsReport && hasCountryInBrackets(text, tokens, run.to)) return { type: 'person', rule: 'en.person.competitor-country' };
  return undefined;
}
