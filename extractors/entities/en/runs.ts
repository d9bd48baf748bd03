// The first English pass: role titles and gazetteer names found by phrase lookup, then
// maximal runs of capitalised words between them — the candidates later passes type.

import type { RoleTitle } from '../roles/role-table.ts';
import { phraseTables } from '../phrase-tables.ts';
import { NAME_CONNECTORS, NAME_HYPHEN_MAX, NON_ENTITY_ACRONYMS, NOT_NAME_HYPHEN_ENDINGS, ORG_HEADS } from './rules.ts';
import type { EnglishToken } from './tokens.ts';

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

/** Role titles and gazetteer names over all tokens, longest match first, names winning ties. */
export function findClaims(tokens: readonly EnglishToken[]): Claim[] {
  const { englishNames, englishRoles } = phraseTables();
  const exact = tokens.map((t) => t.text);
  const lower = exact.map((t) => t.toLowerCase());
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
  return claims.filter((c) => !isPlaceInsideOrgName(tokens, c));
}

/** "Bank of Thailand", "Ministry of Industry of Vietnam": the place is part of an organisation's name. */
function isPlaceInsideOrgName(tokens: readonly EnglishToken[], claim: Claim): boolean {
  if (claim.kind !== 'known' || !claim.id?.startsWith('place:')) return false;
  let i = claim.from - 1;
  if (tokens[i]?.text === 'the') i--;
  return tokens[i]?.text === 'of' && ORG_HEADS.has(tokens[i - 1]?.text ?? '');
}

function isNameWord(token: EnglishToken | undefined): boolean {
  return !!token && token.kind === 'word' && token.capitalised && token.text.length > 1 && !NON_ENTITY_ACRONYMS.has(token.text);
}

/** Maximal runs of capitalised words not covered by claims, joined by single spaces or connectors. */
export function findRuns(tokens: readonly EnglishToken[], claimed: readonly boolean[]): Run[] {
  const runs: Run[] = [];
  const free = (i: number) => isNameWord(tokens[i]) && !claimed[i];
  let i = 0;
  while (i < tokens.length) {
    if (!free(i)) { i++; continue; }
    const from = i;
    let to = i + 1;
    for (;;) {
      const next = tokens[to];
      if (!next || next.spaceBefore.includes('\n')) break;
      if (free(to) && next.spaceBefore === ' ') { to++; continue; }
      // "Park Min-jun": a short lower-case ending after a hyphen is part of the name.
      const ending = tokens[to + 1];
      if (next.text === '-' && next.spaceBefore === '' && ending && ending.spaceBefore === '' && /^[a-z]+$/.test(ending.text) &&
        ending.text.length <= NAME_HYPHEN_MAX && !NOT_NAME_HYPHEN_ENDINGS.has(ending.text)) { to += 2; continue; }
      // "Ministry of Industry and Trade", "Department of the Interior": inside a name headed by an organisation word.
      const headed = tokens.slice(from, to).some((t) => ORG_HEADS.has(t.text)) && tokens.slice(from, to).some((t) => t.text === 'of');
      if (headed && (next.text === 'and' || next.text === 'the') && free(to + 1)) { to += 2; continue; }
      if (ORG_HEADS.has(tokens[to - 1]!.text) && next.text === 'of' && tokens[to + 1]?.text === 'the' && free(to + 2)) { to += 3; continue; }
      // "TEPCO Fuel & Power", "Bank of Japan": a connector between two name words.
      const joiner = next.kind === 'punct' ? NAME_CONNECTORS.has(next.text) : ['of', 'for'].includes(next.text) && ORG_HEADS.has(tokens[to - 1]!.text);
      if (joiner && free(to + 1) && !tokens[to + 1]!.spaceBefore.includes('\n') && (next.text !== '-' || next.spaceBefore === '')) { to += 2; continue; }
      break;
    }
    runs.push({ from, to });
    i = to;
  }
  return runs;
}
