// Attaching qualifiers from the words around an amount: "up to $44 billion", "over $60
// billion", "最高达250亿美元", "最多可能预留3,270亿美元", "$5bn or more", "5亿美元左右".
import type { Qualifier } from '../types.ts';
import { isAsciiLetterAt, isHanAt, skipSpacesBackward, skipSpacesForward } from './chars.ts';
import type { QualifierCue } from './model.ts';
import { ENGLISH_CUES_AFTER, ENGLISH_CUES_BEFORE } from './tables.en.ts';
import { CHINESE_CUES_AFTER, CHINESE_CUES_BEFORE, CHINESE_GAP_BREAKERS } from './tables.zh.ts';

const longestFirst = (cues: QualifierCue[]) => [...cues].sort((a, b) => b.cue.length - a.cue.length);
const EN_BEFORE = longestFirst(ENGLISH_CUES_BEFORE);
const EN_AFTER = longestFirst(ENGLISH_CUES_AFTER);
const ZH_BEFORE = longestFirst(CHINESE_CUES_BEFORE);
const ZH_AFTER = longestFirst(CHINESE_CUES_AFTER);

function englishCueBefore(text: string, start: number, floor: number): Qualifier | null {
  const cueEnd = skipSpacesBackward(text, start, 1, floor);
  if (cueEnd === start && isAsciiLetterAt(text, start - 1)) return null;
  for (const { cue, qualifier } of EN_BEFORE) {
    const cueStart = cueEnd - cue.length;
    if (cueStart < floor || isAsciiLetterAt(text, cueStart - 1)) continue;
    if (text.slice(cueStart, cueEnd).toLowerCase() === cue) return qualifier;
  }
  return null;
}

/** A Han gap between cue and number: only Han characters, none that closes the phrase. */
function isCleanGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (!isHanAt(text, i) || CHINESE_GAP_BREAKERS.includes(text[i]!)) return false;
  }
  return true;
}

function chineseCueBefore(text: string, start: number, floor: number): Qualifier | null {
  const numberStart = skipSpacesBackward(text, start, 1, floor);
  for (const { cue, qualifier, maxGap = 0, notAfter } of ZH_BEFORE) {
    for (let gap = 0; gap <= maxGap; gap++) {
      const cueStart = numberStart - gap - cue.length;
      if (cueStart < floor) break;
      if (text.startsWith(cue, cueStart) && isCleanGap(text, cueStart + cue.length, numberStart)
        && !(notAfter && notAfter.includes(text[cueStart - 1] ?? ''))) {
        return qualifier;
      }
    }
  }
  return null;
}

function cueAfter(text: string, end: number, cues: QualifierCue[], spaced: boolean): Qualifier | null {
  const from = spaced ? skipSpacesForward(text, end, 1) : end;
  for (const { cue, qualifier } of cues) {
    const cueEnd = from + cue.length;
    if (text.slice(from, cueEnd).toLowerCase() === cue && !(isAsciiLetterAt(text, cueEnd - 1) && isAsciiLetterAt(text, cueEnd))) {
      return qualifier;
    }
  }
  return null;
}

/** The qualifier the context gives an amount at [start, end), or null for none. Before beats after. */
export function qualifierFromContext(text: string, start: number, end: number, floor: number): Qualifier | null {
  return englishCueBefore(text, start, floor)
    ?? chineseCueBefore(text, start, floor)
    ?? cueAfter(text, end, EN_AFTER, true)
    ?? cueAfter(text, end, ZH_AFTER, false);
}
