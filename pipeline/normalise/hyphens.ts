// repairBrokenHyphens: joins "large, scale" back into "large-scale", but only in a
// document that shows the artefact, so that real lists ("loans, guarantees, and
// institutional investment") stay as they are everywhere else.

import {
  COMPOUND_NOUNS,
  COMPOUND_PAIRS,
  COMPOUND_PREFIXES,
  COUNTRY_SHORT_NAMES,
  PARTICIPLE_HEADS,
  RELATION_NOUNS,
  VERB_FOLLOWERS,
} from './hyphen-compounds.ts';
import type { Edit } from './offset-map.ts';

/** Two words joined by ", " — the artefact's shape (the right word capitalised only in Title Case headlines). */
const COMMA_PAIR = /\b([A-Za-z][A-Za-z0-9]*), (?=([A-Za-z][a-z0-9]*)\b)/g;
const NEXT_WORD = /^ ([A-Za-z]+)/;
const REAL_COMPOUND = /\b[A-Za-z]{2,}-[A-Za-z]{2,}\b/g;

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const COUNTRY = COUNTRY_SHORT_NAMES.map(escape).join('|');
const COUNTRY_PAIR = new RegExp(`\\b(${COUNTRY}), (?=(${COUNTRY}) (${RELATION_NOUNS.join('|')})\\b)`, 'g');

type Strength = 'strong' | 'weak';

/** Whether `left, right` reads as a broken compound, and how sure the tables are. */
function compoundStrength(left: string, right: string, following: string | undefined): Strength | undefined {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (COMPOUND_PREFIXES.has(l) && COMPOUND_NOUNS.has(r)) return 'strong';
  if (PARTICIPLE_HEADS.has(r) && !(following && VERB_FOLLOWERS.has(following.toLowerCase()))) return 'strong';
  if (COMPOUND_PAIRS.has(`${l} ${r}`)) return 'weak';
  return undefined;
}

export interface HyphenRepair {
  edits: Edit[];
  /** How many strong artefacts the document shows, and how many real hyphenated compounds. */
  artefacts: number;
  realCompounds: number;
}

export function repairBrokenHyphens(text: string): HyphenRepair {
  const candidates: { comma: number; strength: Strength }[] = [];
  for (let m = COMMA_PAIR.exec(text); m; m = COMMA_PAIR.exec(text)) {
    const comma = m.index + m[1]!.length;
    const afterRight = comma + 2 + m[2]!.length;
    const following = NEXT_WORD.exec(text.slice(afterRight, afterRight + 40))?.[1];
    const strength = compoundStrength(m[1]!, m[2]!, following);
    if (strength) candidates.push({ comma, strength });
  }
  const artefacts = candidates.filter((c) => c.strength === 'strong').length;
  const realCompounds = text.match(REAL_COMPOUND)?.length ?? 0;
  // The artefact shows when several strong pairs appear and outnumber real hyphens.
  if (artefacts < 2 || artefacts <= realCompounds) return { edits: [], artefacts, realCompounds };
  for (let m = COUNTRY_PAIR.exec(text); m; m = COUNTRY_PAIR.exec(text)) {
    candidates.push({ comma: m.index + m[1]!.length, strength: 'weak' });
  }
  candidates.sort((a, b) => a.comma - b.comma);
  const edits = candidates.map((c) => ({ start: c.comma, end: c.comma + 2, text: '-' }));
  return { edits, artefacts, realCompounds };
}

/** "U. S." → "U.S.": single capital initials separated by a space. */
const SPACED_INITIAL = /\b[A-Z]\.( )(?=[A-Z]\.)/g;

export function joinSpacedInitials(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let m = SPACED_INITIAL.exec(text); m; m = SPACED_INITIAL.exec(text)) {
    const space = m.index + 2;
    edits.push({ start: space, end: space + 1, text: '' });
  }
  return edits;
}
