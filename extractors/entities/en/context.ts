// Where an English token stands: at the start of a sentence (where every word is
// capitalised) or on a Title-Case headline line (where capitals prove nothing).

import { looksCommon } from './lexicon.ts';
import type { EnglishToken } from './tokens.ts';

const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '(', '【', '】', '[', ']', '—', '-', '•', '*']);
const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'as', 'or', 'from', 'vs', 'via']);
const SENTENCE_END = /[.!?"”]/;

export function isSentenceInitial(tokens: readonly EnglishToken[], i: number): boolean {
  const token = tokens[i]!;
  if (i === 0 || token.gap === 'newline') return true;
  const previous = tokens[i - 1]!;
  if (previous.kind === 'punct') return SENTENCE_OPENERS.has(previous.text);
  // "… in the U.S. Last month": an abbreviation's dot may also end the sentence.
  return previous.text.endsWith('.') && /^(?:\p{Lu}\.)+$/u.test(previous.text);
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/** For each token, whether its line reads as a Title-Case headline. */
export function headlineFlags(tokens: readonly EnglishToken[]): boolean[] {
  const flags: boolean[] = new Array(tokens.length).fill(false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let words = 0;
    let capitalised = 0;
    let capitalisedCommon = 0;
    let lowerContentWords = 0;
    let lineEnd = lineStart;
    do {
      const t = tokens[lineEnd]!;
      if (t.kind === 'word' && isLetter(t.text.charCodeAt(0)) && !SMALL_WORDS.has(t.lower)) {
        words++;
        if (t.capitalised) {
          capitalised++;
          // A label before a colon ("Bowling :", "Scorers :") says nothing of the rest of the line.
          // (Two are all the test below needs; the look-up is the costly part of this pass.)
          if (capitalisedCommon < 2 && looksCommon(t.lower) && tokens[lineEnd + 1]?.text !== ':') capitalisedCommon++;
        } else if (/^[a-z]/.test(t.text)) {
          lowerContentWords++;
        }
      }
      lineEnd++;
    } while (lineEnd < tokens.length && tokens[lineEnd]!.gap !== 'newline');
    const last = tokens[lineEnd - 1]!;
    const endsSentence = last.kind === 'punct' && SENTENCE_END.test(last.text);
    // A headline capitalises ordinary words ("Sony Cuts Forecast"); a line of names alone
    // ("Tim Brandt ( Canada ) beat Ola Lind ( Sweden )") is a list, where capitals do name.
    // A lower-case content word ("beat") is evidence against Title Case unless several ordinary words are capitalised.
    const titleCase = capitalisedCommon > 0 && (lowerContentWords === 0 || capitalisedCommon >= 2);
    if (!endsSentence && words >= 2 && capitalised / words >= 0.75 && titleCase) flags.fill(true, lineStart, lineEnd);
    lineStart = lineEnd;
  }
  return flags;
}
