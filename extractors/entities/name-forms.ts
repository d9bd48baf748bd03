// normaliseName: the form two names must share to be the same entity once exact
// aliases fail — case, punctuation, script (traditional → simplified), a leading
// "the", a possessive and corporate suffixes do not matter.

import { newTraditionalConverter, simplifiedText } from '../opencc.ts';
import { memoByName } from './crossscript/memo.ts';
import { builtForm, noteForm } from './script-forms.ts';

/** Legal-form words that do not distinguish one company from another. */
const CORPORATE_SUFFIXES_EN = /(?:\s+(?:corp|corporation|inc|incorporated|ltd|limited|co|company|plc|llc|ag|sa|nv|kk))+$/;
const CORPORATE_SUFFIXES_ZH = /(?:股份有限公司|有限责任公司|有限公司|株式会社|公司)$/;
const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The text in simplified characters (the build's conversion when it made one, script-forms.ts). */
export function simplifiedForm(text: string): string {
  const built = builtForm('simplified', text);
  if (built !== undefined) return built;
  const form = simplifiedText(text);
  noteForm('simplified', text, form);
  return form;
}

/**
 * Each text in traditional characters. OpenCC's simplified → traditional table holds
 * about 20 MB of heap once built, and only the gazetteer's index needs it, once per
 * thread: the converter is built for the call (only if a text is not among the build's
 * conversions) and let go, not kept for the thread's life.
 */
export function traditionalForms(texts: readonly string[]): string[] {
  let toTraditional: ((text: string) => string) | undefined;
  return texts.map((text) => {
    const built = builtForm('traditional', text);
    if (built !== undefined) return built;
    const convert = (toTraditional ??= newTraditionalConverter());
    const form = convert(text);
    noteForm('traditional', text, form);
    return form;
  });
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** A name's normal form, remembered for the names seen: every mention of a name asks for it, several times a run. */
export const normaliseName: (name: string) => string = memoByName(normalForm);

function normalForm(name: string): string {
  let s = PLAIN_ASCII.test(name) ? name : name.normalize('NFKC');
  if (hasHan(s)) {
    s = simplifiedForm(s).replace(/[\s·•・]/g, '');
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
