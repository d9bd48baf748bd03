// Traditional → simplified characters for matching, with OpenCC's data (opencc-js).
// Only same-length conversions are applied, character for character, so the offset
// map stays exact; phrase rewrites that change length are left alone.

import { simplifiedText } from '../../extractors/opencc.ts';
import type { Edit } from './offset-map.ts';

/** OpenCC's t → cn, its converter built on the first text it can change (shared with the entity name forms). */
const toSimplified = simplifiedText;

const HAN = /\p{Script=Han}/u;

export function simplifyChinese(text: string): string {
  return toSimplified(text);
}

export function simplifiedChineseEdits(text: string): Edit[] {
  const converted = toSimplified(text);
  const edits: Edit[] = [];
  if (converted.length === text.length) {
    for (let i = 0; i < text.length; i++) {
      if (converted.charCodeAt(i) !== text.charCodeAt(i)) edits.push({ start: i, end: i + 1, text: converted[i]!, aligned: true });
    }
    return edits;
  }
  // Lengths differ (a phrase rule fired): fall back to one character at a time.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!HAN.test(ch)) continue;
    const single = toSimplified(ch);
    if (single !== ch && single.length === 1) edits.push({ start: i, end: i + 1, text: single, aligned: true });
  }
  return edits;
}
