// Character-level rewrites. Each returns edits that keep the offset map exact where the
// replacement has the same length (full-width digits, curly quotes).

import type { Edit } from './offset-map.ts';

const COMBINING_MARK = /\p{M}/u;

/**
 * NFKC, applied cluster by cluster (a base character and its combining marks) so that
 * only the clusters that change produce edits and the rest of the map stays exact.
 */
export function nfkcEdits(text: string): Edit[] {
  if (text.normalize('NFKC') === text) return [];
  const edits: Edit[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < text.length && COMBINING_MARK.test(text[i]!)) i++;
    const cluster = text.slice(start, i);
    const nfkc = cluster.normalize('NFKC');
    if (nfkc !== cluster) edits.push({ start, end: i, text: nfkc, aligned: sameUnits(cluster, nfkc) });
  }
  return edits;
}

/**
 * A rewrite maps character for character only when both sides have the same number of
 * code units and neither holds a surrogate: 🄭 (two units) becomes \`CD\` (two letters),
 * and mapping C and D onto the halves of one character would give spans that cut it.
 */
function sameUnits(cluster: string, nfkc: string): boolean {
  return nfkc.length === cluster.length && !SURROGATE.test(cluster) && !SURROGATE.test(nfkc);
}
const SURROGATE = /[\ud800-\udfff]/;

/** Typographic quotes and apostrophes become ASCII, so `Japan’s` matches `Japan's`. */
const ASCII_QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
};

export function asciiQuoteEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2018 || code > 0x2033) continue; // every quote above lies in this range
    const ascii = ASCII_QUOTES[text[i]!];
    if (ascii) edits.push({ start: i, end: i + 1, text: ascii, aligned: true });
  }
  return edits;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || (ch >= '\uff10' && ch <= '\uff19'));
}

/** Full-width punctuation that is half-width when it sits inside or beside a number. */
const NUMBER_PUNCTUATION = new Set(['\uff0c', '\uff0e', '\uff1a', '\uff05', '\uff04', '\uff0b', '\uff0d', '\uff0f']);

/**
 * Chinese text: full-width digits and Latin letters become half-width; full-width
 * number punctuation (，．：％＄＋－／) does too when it touches a digit, so `５，５００`
 * reads `5,500` while the sentence comma `，` of ordinary prose stays.
 */
export function halfWidthEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Everything rewritten is U+3000 or lies in U+FF04–U+FF5A; most of a Chinese text is
    // neither, and is passed over without making a string of each character.
    if (code !== 0x3000 && (code < 0xff04 || code > 0xff5a)) continue;
    const ch = text[i]!;
    const alnum = (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);
    const numberMark = NUMBER_PUNCTUATION.has(ch) && (isDigit(text[i - 1]) || isDigit(text[i + 1]));
    if (alnum || numberMark) {
      edits.push({ start: i, end: i + 1, text: String.fromCharCode(code - 0xfee0), aligned: true });
    } else if (code === 0x3000) {
      edits.push({ start: i, end: i + 1, text: ' ', aligned: true });
    }
  }
  return edits;
}
