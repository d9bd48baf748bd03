// decodeText: bytes of an article file → text. UTF-8 (with or without BOM) and UTF-16
// with BOM are read directly; bytes that are not UTF-8 are tried as the Chinese legacy
// encodings (GB18030 covers GBK and GB2312; Big5) and, for Latin text, Windows-1252.
// Binary files are refused with a reason naming what they look like.

import chardet from 'chardet';

export interface Decoded {
  text: string;
  encoding: string;
}

export class DecodeError extends Error {}

/** Magic numbers of the binary formats most often found in a scraped drop. */
const SIGNATURES: readonly [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['WebP image', [0x52, 0x49, 0x46, 0x46]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** What a binary file looks like, or undefined for text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of SIGNATURES) if (startsWith(bytes, magic)) return name;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data (NUL bytes)';
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1 ? 'binary data (control bytes)' : undefined;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters in the CJK Unified block among non-ASCII characters: high for real Chinese. */
function hanShare(text: string): number {
  let han = 0;
  let other = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    if (code >= 0x4e00 && code <= 0x9fff) han++;
    else if (!(code >= 0x3000 && code <= 0x303f) && !(code >= 0xff00 && code <= 0xffef)) other++;
  }
  return han + other === 0 ? 0 : han / (han + other);
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decodeOrThrow('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decodeOrThrow('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decodeOrThrow('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const kind = binaryKind(bytes);
  if (kind) throw new DecodeError(`not a text file: looks like ${kind}`);
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  // Not UTF-8: GB18030 and Big5 both decode most byte strings, so prefer the one that
  // yields ordinary Chinese characters, with chardet's guess as the tie-breaker.
  const guess = (chardet.detect(bytes) ?? '').toLowerCase();
  const candidates = ['gb18030', 'big5']
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter((c): c is { encoding: string; text: string } => c.text !== undefined)
    .map((c) => ({ ...c, score: hanShare(c.text) + (guess === c.encoding || (guess === 'gb2312' && c.encoding === 'gb18030') ? 0.05 : 0) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best && best.score > 0.5) return { text: best.text, encoding: best.encoding };
  if (guess.startsWith('windows-125') || guess.startsWith('iso-8859')) {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
  throw new DecodeError(`cannot decode: not UTF-8, GB18030, Big5 or Windows-1252 text (chardet guessed ${guess || 'nothing'})`);
}

/**
 * Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, euro sign);
 * Node 20's TextDecoder reads that range as Latin-1 control codes, so map it here.
 */
const CP1252_HIGH = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return text;
}

function decodeOrThrow(encoding: string, bytes: Uint8Array): string {
  const text = tryDecode(encoding, bytes);
  if (text === undefined) throw new DecodeError(`invalid ${encoding.toUpperCase()} text despite its byte-order mark`);
  return text;
}
