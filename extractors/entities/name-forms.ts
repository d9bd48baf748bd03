// normaliseName: the form two names must share to be the same entity once exact
// aliases fail — case, punctuation, script (traditional → simplified), a leading
// "the", a possessive and corporate suffixes do not matter.

import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Legal-form words that do not distinguish one company from another. */
const CORPORATE_SUFFIXES_EN = /(?:\s+(?:corp|corporation|inc|incorporated|ltd|limited|co|company|plc|llc|ag|sa|nv|kk))+$/;
const CORPORATE_SUFFIXES_ZH = /(?:股份有限公司|有限责任公司|有限公司|株式会社|公司)$/;
const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function simplifiedForm(text: string): string {
  return toSimplified(text);
}

/**
 * Each text in traditional characters. OpenCC's simplified → traditional table holds
 * about 20 MB of heap once built, and only the gazetteer's index needs it, once per
 * thread: the converter is built for the call and let go, not kept for the thread's life.
 */
export function traditionalForms(texts: readonly string[]): string[] {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  return texts.map((text) => toTraditional(text));
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normaliseName(name: string): string {
  let s = PLAIN_ASCII.test(name) ? name : name.normalize('NFKC');
  if (hasHan(s)) {
    s = toSimplified(s).replace(/[\s·•・]/g, '');
    const stripped = s.replace(CORPORATE_SUFFIXES_ZH, '');
    return stripped.length >= 2 ? stripped : s;
  }
  s = s.toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(PLAIN_ASCII.test(s) ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
  const stripped = s.replace(CORPORATE_SUFFIXES_EN, '');
  return stripped.length >= 2 ? stripped : s;
}

/** A stable id slug from a name: lower-case Latin words or the Han characters themselves. */
export function slugForName(name: string): string {
  return normaliseName(name).replace(/\s+/g, '-');
}
