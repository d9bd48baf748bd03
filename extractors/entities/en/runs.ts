// The first English pass: role titles and gazetteer names found by phrase lookup, then
// maximal runs of capitalised words between them — the candidates later passes type.

import type { RoleTitle } from '../roles/role-table.ts';
import { phraseTables } from '../phrase-tables.ts';
import { NAME_CONNECTORS, NAME_HYPHEN_MAX, NON_ENTITY_ACRONYMS, NON_ENTITY_WORDS, NOT_NAME_HYPHEN_ENDINGS, ORG_HEADS } from './rules.ts';
import { tokenizeEnglish, type EnglishToken } from './tokens.ts';
import { isRomanisedSyllable } from '../crossscript/wade-giles.ts';

export interface Claim {
  kind: 'role' | 'known';
  /** Token range [from, to). */
  from: number;
  to: number;
  role?: RoleTitle;
  id?: string;
}

export interface Run {
  from: number;
  to: number;
}

export interface EnglishAnalysis {
  tokens: readonly EnglishToken[];
  claims: readonly Claim[];
}

let lastAnalysis: { text: string; analysis: EnglishAnalysis } | undefined;

/**
 * The tokens of `text` and their claims. Entity recognition and role extraction both
 * start from these, one after the other on the same text; remembering the last text's
 * analysis spares the second a tokenisation and a phrase lookup (a tenth of an English
 * article's extraction time).
 */
export function analyseEnglish(text: string): EnglishAnalysis {
  if (lastAnalysis?.text !== text) {
    const tokens = tokenizeEnglish(text);
    lastAnalysis = { text, analysis: { tokens, claims: findClaims(tokens) } };
  }
  return lastAnalysis.analysis;
}

/** Role titles and gazetteer names over all tokens, longest match first, names winning ties. */
function findClaims(tokens: readonly EnglishToken[]): Claim[] {
  const { englishNames, englishRoles } = phraseTables();
  const exact = tokens.map((t) => t.text);
  const lower = tokens.map((t) => t.lower);
  const claims: Claim[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (token.kind !== 'word') { i++; continue; }
    const name = token.capitalised || token.text === 'the' ? englishNames.longestMatch(exact, i) : undefined;
    const role = englishRoles.longestMatch(lower, i);
    if (name && (!role || name.length >= role.length) && tokens[i + name.length - 1]!.capitalised) {
      claims.push({ kind: 'known', from: i, to: i + name.length, id: name.value });
      i += name.length;
    } else if (role) {
      claims.push({ kind: 'role', from: i, to: i + role.length, role: role.value });
      i += role.length;
    } else {
      i++;
    }
  }
  return claims.filter((c, k) => !isPlaceInsideOrgName(tokens, c) && !placeOpensLongerName(tokens, c, claims[k + 1]));
}

/**
 * "Kansas City Royals", "Michigan National Bank": a known place followed, across a space, by
 * capitalised words that no other claim takes opens a longer name, which the run rules type.
 */
function placeOpensLongerName(tokens: readonly EnglishToken[], claim: Claim, next: Claim | undefined): boolean {
  if (claim.kind !== 'known' || !claim.id?.startsWith('place:') || claim.id.split(':')[1]!.length <= 2) return false;
  const after = tokens[claim.to];
  if (!after || after.kind !== 'word' || !after.capitalised || after.gap !== 'space' || next?.from === claim.to) return false;
  return !NON_ENTITY_WORDS.has(after.text) && /^[A-Z][a-z]/.test(after.text);
}

/** "Bank of Thailand", "Ministry of Industry of Vietnam": the place is part of an organisation's name. */
function isPlaceInsideOrgName(tokens: readonly EnglishToken[], claim: Claim): boolean {
  if (claim.kind !== 'known' || !claim.id?.startsWith('place:')) return false;
  let i = claim.from - 1;
  if (tokens[i]?.text === 'the') i--;
  return tokens[i]?.text === 'of' && ORG_HEADS.has(tokens[i - 1]?.text ?? '');
}

function isNameWord(token: EnglishToken): boolean {
  return token.kind === 'word' && token.capitalised && token.text.length > 1 && !NON_ENTITY_ACRONYMS.has(token.text);
}


/** Maximal runs of capitalised words not covered by claims, joined by single spaces or connectors. */
export function findRuns(tokens: readonly EnglishToken[], claimed: Uint8Array): Run[] {
  const runs: Run[] = [];
  const freeAt = new Uint8Array(tokens.length + 3); // padded: the joins below look up to three tokens ahead
  for (let k = 0; k < tokens.length; k++) freeAt[k] = claimed[k] === 0 && isNameWord(tokens[k]!) ? 1 : 0;
  let i = 0;
  while (i < tokens.length) {
    if (freeAt[i] === 0) { i++; continue; }
    const from = i;
    let to = i + 1;
    // "Ministry of Industry …": whether tokens [from, to) hold an organisation head word and an "of",
    // kept up to date as the run grows, so a long run costs linear time.
    let head = ORG_HEADS.has(tokens[from]!.text);
    let of = false;
    let seen = to;
    for (;;) {
      for (; seen < to; seen++) {
        const word = tokens[seen]!.text;
        if (word === 'of') of = true;
        else if (ORG_HEADS.has(word)) head = true;
      }
      const next = tokens[to];
      if (!next || next.gap === 'newline') break;
      if (freeAt[to] === 1 && next.gap === 'space') { to++; continue; }
      // "Park Min-jun", "Liao Wen-chieh": a short lower-case ending, or a romanised syllable, after a hyphen is part of the name.
      const ending = tokens[to + 1];
      if (next.text === '-' && next.gap === 'none' && ending && ending.gap === 'none' && /^[a-z]+$/.test(ending.text) &&
        (ending.text.length <= NAME_HYPHEN_MAX || isRomanisedSyllable(ending.text)) && !NOT_NAME_HYPHEN_ENDINGS.has(ending.text)) { to += 2; continue; }
      // "Ministry of Industry and Trade", "Department of the Interior": inside a name headed by an organisation word.
      if ((next.text === 'and' || next.text === 'the') && freeAt[to + 1] === 1 && head && of) { to += 2; continue; }
      if (next.text === 'of' && ORG_HEADS.has(tokens[to - 1]!.text) && tokens[to + 1]?.text === 'the' && freeAt[to + 2] === 1) { to += 3; continue; }
      // "TEPCO Fuel & Power", "Bank of Japan": a connector between two name words.
      const joiner = next.kind === 'punct' ? NAME_CONNECTORS.has(next.text) : (next.text === 'of' || next.text === 'for') && ORG_HEADS.has(tokens[to - 1]!.text);
      if (joiner && freeAt[to + 1] === 1 && tokens[to + 1]!.gap !== 'newline' && (next.text !== '-' || next.gap === 'none')) { to += 2; continue; }
      break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}
