// detectLanguage: a script count first (Han, kana, Hangul, Latin…), then franc for
// Latin-script text. Chinese news full of Latin names and English news quoting a few
// Chinese characters both come out right, and short texts fall back on the script.

import { createRequire } from 'node:module';
import type * as Franc from 'franc';
// The package's 639-3 → 639-1 table alone (2.5 KB): its root also loads the full list of 7,900 languages (780 KB).
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

export interface LanguageGuess {
  /** ISO 639-1 where one exists (en, zh, ja…), else ISO 639-3; `und` when nothing is known. */
  lang: string;
  confidence: number;
  method: 'script' | 'franc' | 'declared' | 'short-text' | 'function-words';
}

/** Languages franc may choose among: those of the news we expect to meet. */
const FRANC_CANDIDATES = [
  'eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'swe', 'dan', 'nob', 'fin', 'pol', 'ces', 'slk', 'hun', 'ron',
  'tur', 'ind', 'zlm', 'vie', 'tgl', 'rus', 'ukr', 'bul', 'srp', 'hrv', 'ell', 'arb', 'pes', 'urd', 'hin', 'ben',
  'tha', 'heb', 'swh', 'cat', 'lit', 'lav', 'est', 'slv',
];

const TO_ISO6391 = new Map(Object.entries(iso6393To1));

let franc: typeof Franc | undefined;

/**
 * franc, loaded for the first text the script count and the function words leave open: it
 * builds the trigram tables of all its languages as it loads (about 0.1 s of a cold start),
 * which Chinese text never needs. An ES module required synchronously (Node ≥ 20.19).
 */
function loadFranc(): typeof Franc {
  franc ??= createRequire(import.meta.url)('franc') as typeof Franc;
  return franc;
}

/**
 * English function words rare in other Latin-script languages. Short news sentences
 * ("Hitachi said it would invest $2 billion in Ohio.") are too short for franc's
 * trigrams but full of these.
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'to', 'said', 'is', 'was', 'for', 'that', 'with', 'would', 'will', 'by', 'from', 'has', 'have',
  'it', 'its', 'this', 'were', 'are', 'which', 'after', 'into', 'their', 'been', 'would', 'could', 'should', 'than',
]);

const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** Of the runs of a–z in the lower-cased text, how many are function words, and what share. */
function englishFunctionWordShare(text: string): { hits: number; share: number } {
  const lower = text.toLowerCase();
  let words = 0;
  let hits = 0;
  let start = -1;
  // One scan by character code; only a run short enough to be a function word becomes a string.
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(lower.slice(start, i))) hits++;
    start = -1;
  }
  return { hits, share: words === 0 ? 0 : hits / words };
}

const SAMPLE = 20_000;
const SHORT = 40;

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  latin: number;
  other: number;
}

const LETTER = /\p{L}/u;

/** One pass by UTF-16 code; a surrogate pair is read as its code point, once. */
function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x41) continue; // digits, spaces, ASCII punctuation: no script
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) counts.latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if (c >= 0x3040 && c <= 0x30ff) counts.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) counts.hangul++;
    else if (c < 0x80) continue;
    else {
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
      if (wide) c = text.codePointAt(i)!;
      if (LETTER.test(String.fromCodePoint(c))) counts.other++;
      if (wide) i++;
    }
  }
  return counts;
}

/**
 * Whether the text, its whitespace collapsed and trimmed, is under SHORT characters. It
 * is at least as long as its non-space characters, so counting those up to SHORT settles
 * almost every text in its first line without copying it.
 */
function isShort(text: string): boolean {
  let visible = 0;
  for (let i = 0; i < text.length && visible < SHORT; i++) if (!/\s/.test(text[i]!)) visible++;
  return visible < SHORT && text.replace(/\s+/g, ' ').trim().length < SHORT;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function detectLanguage(text: string, declared?: string): LanguageGuess {
  // Head and tail: a long article's language shows at both ends, and an odd middle cannot fool it.
  const sample = text.length <= SAMPLE ? text : `${text.slice(0, SAMPLE / 2)}\n${text.slice(-SAMPLE / 2)}`;
  const s = countScripts(sample);
  // A Chinese character carries about as much as a Latin word of ~4 letters.
  const weighted = { han: s.han, kana: s.kana, hangul: s.hangul / 1.5, latin: s.latin / 4, other: s.other / 4 };
  const total = weighted.han + weighted.kana + weighted.hangul + weighted.latin + weighted.other;
  if (total === 0) return { lang: 'und', confidence: 0, method: 'script' };

  if (s.kana > 0 && s.kana >= (s.han + s.kana) * 0.1) return { lang: 'ja', confidence: round((weighted.han + weighted.kana) / total), method: 'script' };
  if (weighted.hangul / total > 0.5) return { lang: 'ko', confidence: round(weighted.hangul / total), method: 'script' };
  if (weighted.han / total > 0.5) return { lang: 'zh', confidence: round(weighted.han / total), method: 'script' };

  const declaredCode = declared?.toLowerCase().split(/[-_]/)[0];
  if (weighted.latin / total > 0.5 && declaredCode && declaredCode !== 'zh' && declaredCode !== 'ja' && declaredCode !== 'ko' && declaredCode.length === 2) {
    return { lang: declaredCode, confidence: round(weighted.latin / total), method: 'declared' };
  }
  if (isShort(sample)) {
    // Too short for franc: Latin letters are taken as English, the language of most such snippets here.
    const latinShare = weighted.latin / total;
    return { lang: latinShare > 0.5 ? 'en' : 'und', confidence: round(latinShare * 0.6), method: 'short-text' };
  }
  const english = englishFunctionWordShare(sample);
  if (english.hits >= 2 && english.share >= 0.12) {
    return { lang: 'en', confidence: round((weighted.latin / total) * Math.min(1, 0.5 + english.share * 2)), method: 'function-words' };
  }
  const ranked = loadFranc().francAll(sample, { only: FRANC_CANDIDATES, minLength: 10 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { lang: 'und', confidence: 0, method: 'franc' };
  const margin = second ? best[1] - second[1] : 1;
  const lang = TO_ISO6391.get(best[0]) ?? best[0];
  return { lang, confidence: round((weighted.latin / total) * Math.min(1, 0.6 + margin * 8)), method: 'franc' };
}
