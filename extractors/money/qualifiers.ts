// Attaching qualifiers from the words around an amount: "up to $44 billion", "over $60
// billion", "最高达250亿美元", "最多可能预留3,270亿美元", "$5bn or more", "5亿美元左右".
import type { Qualifier } from '../types.ts';
import { isAsciiLetterAt, isHanAt, matchesFoldedAt, skipSpacesBackward, skipSpacesForward } from './chars.ts';
import type { QualifierCue } from './model.ts';
import { ENGLISH_CUES_AFTER, ENGLISH_CUES_BEFORE } from './tables.en.ts';
import { CHINESE_CUES_AFTER, CHINESE_CUES_BEFORE, CHINESE_GAP_BREAKERS } from './tables.zh.ts';

const longestFirst = (cues: QualifierCue[]) => [...cues].sort((a, b) => b.cue.length - a.cue.length);
const ZH_BEFORE = longestFirst(CHINESE_CUES_BEFORE);

/** Cues by one of their characters, longest first, so a look tries only those that can match there. */
function cuesByCharacter(cues: QualifierCue[], characterOf: (cue: string) => string): Map<string, QualifierCue[]> {
  const index = new Map<string, QualifierCue[]>();
  for (const cue of longestFirst(cues)) {
    const key = characterOf(cue.cue);
    index.set(key, [...(index.get(key) ?? []), cue]);
  }
  return index;
}

const lastCharacter = (cue: string) => cue[cue.length - 1]!;
const firstCharacter = (cue: string) => cue[0]!;
const EN_BEFORE_BY_LAST = cuesByCharacter(ENGLISH_CUES_BEFORE, lastCharacter);
const EN_AFTER_BY_FIRST = cuesByCharacter(ENGLISH_CUES_AFTER, firstCharacter);
const ZH_AFTER_BY_FIRST = cuesByCharacter(CHINESE_CUES_AFTER, firstCharacter);

/** The character at `index` with ASCII capitals lowered, as matchesFoldedAt compares it. */
function foldedAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code | 0x20) : text[index] ?? '';
}

function englishCueBefore(text: string, start: number, floor: number): Qualifier | null {
  const cueEnd = skipSpacesBackward(text, start, 1, floor);
  // Every English cue ends in a letter or a dot and stands apart from the amount.
  if (cueEnd === start || !(isAsciiLetterAt(text, cueEnd - 1) || text[cueEnd - 1] === '.')) return null;
  for (const { cue, qualifier } of EN_BEFORE_BY_LAST.get(foldedAt(text, cueEnd - 1)) ?? []) {
    const cueStart = cueEnd - cue.length;
    if (cueStart < floor || isAsciiLetterAt(text, cueStart - 1)) continue;
    if (matchesFoldedAt(text, cueStart, cue)) return qualifier;
  }
  return null;
}


/** Chinese cues by their last character, so each gap position tries only a few. */
const ZH_BEFORE_BY_LAST = new Map<string, QualifierCue[]>();
for (const cue of ZH_BEFORE) {
  const last = cue.cue[cue.cue.length - 1]!;
  ZH_BEFORE_BY_LAST.set(last, [...(ZH_BEFORE_BY_LAST.get(last) ?? []), cue]);
}
const ZH_MAX_GAP = Math.max(...ZH_BEFORE.map((c) => c.maxGap ?? 0));

/** Walks left over a gap of clean Han characters, trying the cues that could end at each point. */
function chineseCueBefore(text: string, start: number, floor: number): Qualifier | null {
  const numberStart = skipSpacesBackward(text, start, 1, floor);
  for (let gap = 0; gap <= ZH_MAX_GAP; gap++) {
    const cueEnd = numberStart - gap;
    if (cueEnd <= floor || !isHanAt(text, cueEnd - 1)) return null;
    for (const { cue, qualifier, maxGap = 0, notAfter } of ZH_BEFORE_BY_LAST.get(text[cueEnd - 1]!) ?? []) {
      const cueStart = cueEnd - cue.length;
      if (gap <= maxGap && cueStart >= floor && text.startsWith(cue, cueStart)
        && !(notAfter && notAfter.includes(text[cueStart - 1] ?? ''))) {
        return qualifier;
      }
    }
    // The character just passed becomes part of the gap for the next, longer try.
    if (CHINESE_GAP_BREAKERS.includes(text[cueEnd - 1]!)) return null;
  }
  return null;
}

function cueAfter(text: string, end: number, cuesByFirst: Map<string, QualifierCue[]>, spaced: boolean): Qualifier | null {
  const from = spaced ? skipSpacesForward(text, end, 1) : end;
  if (from >= text.length) return null;
  for (const { cue, qualifier } of cuesByFirst.get(foldedAt(text, from)) ?? []) {
    const cueEnd = from + cue.length;
    if (matchesFoldedAt(text, from, cue) && !(isAsciiLetterAt(text, cueEnd - 1) && isAsciiLetterAt(text, cueEnd))) {
      return qualifier;
    }
  }
  return null;
}

/** The qualifier the context gives an amount at [start, end), or null for none. Before beats after. */
export function qualifierFromContext(text: string, start: number, end: number, floor: number): Qualifier | null {
  return englishCueBefore(text, start, floor)
    ?? chineseCueBefore(text, start, floor)
    ?? cueAfter(text, end, EN_AFTER_BY_FIRST, true)
    ?? cueAfter(text, end, ZH_AFTER_BY_FIRST, false);
}
