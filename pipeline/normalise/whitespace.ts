// Whitespace: CRLF and CR become LF, runs of spaces and tabs become one space, spaces at
// line ends go, and more than one blank line becomes one.

import type { Edit } from './offset-map.ts';

const HORIZONTAL = /[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f]+/y;

export function whitespaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // Most characters are no whitespace at all; the pattern is only tried where one may start.
    if (code > 0x20 && code !== 0xa0 && (code < 0x2000 || code > 0x205f)) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\r') {
      const end = text[i + 1] === '\n' ? i + 2 : i + 1;
      edits.push({ start: i, end, text: '\n' });
      i = end;
      continue;
    }
    HORIZONTAL.lastIndex = i;
    if (HORIZONTAL.test(text)) {
      const end = HORIZONTAL.lastIndex;
      const next = text[end];
      const atLineEdge = i === 0 || text[i - 1] === '\n' || next === undefined || next === '\n' || next === '\r';
      if (atLineEdge) edits.push({ start: i, end, text: '' });
      else if (end - i > 1 || ch !== ' ') edits.push({ start: i, end, text: ' ' });
      i = end;
      continue;
    }
    i++;
  }
  return edits;
}

/** After whitespace edits: two or more blank lines in a row become one; leading and trailing newlines go. */
export function blankLineEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const runs = /\n{2,}/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const atEdge = m.index === 0 || m.index + m[0].length === text.length;
    if (atEdge) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
    else if (m[0].length > 2) edits.push({ start: m.index, end: m.index + m[0].length, text: '\n\n' });
  }
  if (text.startsWith('\n') && !text.startsWith('\n\n')) edits.unshift({ start: 0, end: 1, text: '' });
  if (text.endsWith('\n') && !text.endsWith('\n\n') && text.length > 1) edits.push({ start: text.length - 1, end: text.length, text: '' });
  return edits;
}
