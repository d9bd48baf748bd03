// Sentence and clause boundaries around a span of original article text. A sentence ends
// at . ! ? 。！？ or a line break; a full stop inside an abbreviation ("U.S.", "Mr.") or
// a number ("2.1") does not end one. `sentenceAround` reads one sentence; `sentenceIndex`
// finds every sentence end of an article once, so each of its many amounts costs a
// binary search instead of a walk through its sentence.

import { lastBefore, memoByPair } from './spans.ts';

const HARD_END = /[。！？!?\n]/;
const MAY_END = /[.。！？!?\n]/g;
const ABBREVIATION_BEFORE_DOT = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Gov|Sen|Rep))$/;

export interface TextRange {
  start: number;
  end: number;
}

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (HARD_END.test(ch)) return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false; // "2.1", "U.S."
  return !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 4), i));
}

/** Keeps the closing mark and trims surrounding space: `start` follows an end, `end` is one (or the text's end). */
function trimmedSentence(text: string, start: number, end: number): TextRange {
  if (end < text.length && text[end] !== '\n') end++; // keep the closing mark
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** [start, end) of the sentence holding `[spanStart, spanEnd)`, trimmed of surrounding space. */
export function sentenceAround(text: string, spanStart: number, spanEnd: number): TextRange {
  let start = spanStart;
  while (start > 0 && !endsSentenceAt(text, start - 1)) start--;
  let end = spanEnd;
  while (end < text.length && !endsSentenceAt(text, end)) end++;
  return trimmedSentence(text, start, end);
}

export interface SentenceIndex {
  /** As `sentenceAround`. */
  around(spanStart: number, spanEnd: number): TextRange;
  /** The sentence before the one starting at `sentenceStart`, for anaphora ("the project"). */
  previous(sentenceStart: number): TextRange | undefined;
}

/** Every sentence end of `text`, found once; sentences are then looked up by binary search. */
export function sentenceIndex(text: string): SentenceIndex {
  const ends: number[] = [];
  for (const m of text.matchAll(MAY_END)) if (endsSentenceAt(text, m.index)) ends.push(m.index);
  // Trimming walks over spaces: done once per sentence, not once per amount in it.
  const trimmed = memoByPair((start, end) => trimmedSentence(text, start, end));
  const around = (spanStart: number, spanEnd: number): TextRange => {
    const before = lastBefore(ends, spanStart); // the last end at or before spanStart - 1
    const after = lastBefore(ends, spanEnd) + 1; // the first end at or after spanEnd
    return trimmed(before >= 0 ? ends[before]! + 1 : 0, after < ends.length ? ends[after]! : text.length);
  };
  return {
    around,
    previous(sentenceStart) {
      let i = sentenceStart - 1;
      while (i >= 0 && /\s/.test(text[i]!)) i--;
      return i < 0 ? undefined : around(i, i);
    },
  };
}
