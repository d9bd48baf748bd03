// segmentChinese: nodejieba's words with their offsets, except that numbers
// ("5,500", "3.5") and Latin-script names ("Howard Lutnick", "GE Vernova") stay whole —
// jieba alone cuts them into single characters.

import { jieba } from '../../extractors/jieba.ts';

export interface ChineseToken {
  start: number;
  end: number;
  word: string;
  /** jieba's part-of-speech tag; `m` for merged numbers, `eng` for merged Latin runs. */
  tag: string;
}

/** Stretches jieba must not cut: numbers with separators, and Latin words joined by single spaces. */
const WHOLE = /[0-9]+(?:[.,][0-9]+)*|[A-Za-z][A-Za-z0-9&'.-]*(?: [A-Z0-9][A-Za-z0-9&'.-]*)*/g;

function protectedSpans(text: string): { start: number; end: number; tag: string }[] {
  const spans: { start: number; end: number; tag: string }[] = [];
  for (let m = WHOLE.exec(text); m; m = WHOLE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, tag: /^[0-9]/.test(m[0]) ? 'm' : 'eng' });
  }
  return spans;
}

/** Tokens covering `text` in order; whitespace is not a token. */
export function segmentChinese(text: string): ChineseToken[] {
  const tokens: ChineseToken[] = [];
  const spans = protectedSpans(text);
  let spanIndex = 0;
  let cursor = 0;
  const pushJieba = (from: number, to: number) => {
    if (to <= from) return;
    let pos = from;
    for (const { word, tag } of jieba().tag(text.slice(from, to))) {
      const start = text.indexOf(word, pos);
      if (start < 0 || start >= to) continue;
      pos = start + word.length;
      if (word.trim() !== '') tokens.push({ start, end: pos, word, tag });
    }
  };
  while (spanIndex < spans.length) {
    const span = spans[spanIndex++]!;
    pushJieba(cursor, span.start);
    tokens.push({ start: span.start, end: span.end, word: text.slice(span.start, span.end), tag: span.tag });
    cursor = span.end;
  }
  pushJieba(cursor, text.length);
  return tokens;
}
