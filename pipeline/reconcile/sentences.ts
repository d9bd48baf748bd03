// Sentence and clause boundaries around a span of original article text. A sentence ends
// at . ! ? 。！？ or a line break; a full stop inside an abbreviation ("U.S.", "Mr.") or
// a number ("2.1") does not end one.

const HARD_END = /[。！？!?\n]/;
const ABBREVIATION_BEFORE_DOT = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|Gov|Sen|Rep))$/;

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (HARD_END.test(ch)) return true;
  if (ch !== '.') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false; // "2.1", "U.S."
  return !ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, i - 4), i));
}

/** [start, end) of the sentence holding `[spanStart, spanEnd)`, trimmed of surrounding space. */
export function sentenceAround(text: string, spanStart: number, spanEnd: number): { start: number; end: number } {
  let start = spanStart;
  while (start > 0 && !endsSentenceAt(text, start - 1)) start--;
  let end = spanEnd;
  while (end < text.length && !endsSentenceAt(text, end)) end++;
  if (end < text.length && text[end] !== '\n') end++; // keep the closing mark
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The sentence before the one starting at `sentenceStart`, for anaphora ("the project"). */
export function previousSentence(text: string, sentenceStart: number): { start: number; end: number } | undefined {
  let i = sentenceStart - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i < 0) return undefined;
  return sentenceAround(text, i, i);
}
