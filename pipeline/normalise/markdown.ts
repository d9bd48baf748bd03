// Markdown syntax stripped from .md articles: heading marks, emphasis, links and images
// (their visible text kept), code fences and block quotes.

import type { Edit } from './offset-map.ts';

const LINE_MARKS = /^(#{1,6} |> ?|```\w*$)/gm;
const EMPHASIS = /(\*\*|__)(?=\S)([^*_\n]{1,200}?)\1/g;
const LINK = /(!?)\[([^\]\n]{0,300})\]\(([^)\s]{0,2000})\)/g;

export function markdownEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let m = LINE_MARKS.exec(text); m; m = LINE_MARKS.exec(text)) {
    if (m[0].length === 0) {
      LINE_MARKS.lastIndex++;
      continue;
    }
    edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  }
  for (let m = EMPHASIS.exec(text); m; m = EMPHASIS.exec(text)) {
    const mark = m[1]!.length;
    edits.push({ start: m.index, end: m.index + mark, text: '' });
    edits.push({ start: m.index + m[0].length - mark, end: m.index + m[0].length, text: '' });
  }
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
    const labelStart = m.index + m[1]!.length + 1;
    edits.push({ start: m.index, end: labelStart, text: '' });
    edits.push({ start: labelStart + m[2]!.length, end: m.index + m[0].length, text: '' });
  }
  edits.sort((a, b) => a.start - b.start);
  // Patterns can overlap (a link inside bold text is fine, nested marks are not): keep the first.
  const kept: Edit[] = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (!last || edit.start >= last.end) kept.push(edit);
  }
  return kept;
}
