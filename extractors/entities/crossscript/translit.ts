// transliterationScore: how well a Chinese transliteration (伊内丝, 法利) sounds like a
// Latin name part (Inês, Farley). The Latin part is first respelled by sound (c → k or s,
// ph → f, doubled letters single), then aligned with the sounds of the Chinese characters
// (translit-table.ts) by a weighted edit distance: vowels for vowels, l for r, v for w
// cost little, and so does an r after a vowel, which Chinese usually leaves out
// (Farley → 法利). Score 1 is a perfect match, 0 nothing alike.

import { memoByName } from './memo.ts';
import { TRANSLITERATION_SOUNDS } from './translit-table.ts';

/** Latin spelling → sound spelling, in order. */
const RESPELLINGS: [RegExp, string][] = [
  [/ph/g, 'f'], [/th/g, 't'], [/sch/g, 'sh'], [/sz/g, 's'], [/cz/g, 'ch'], [/ck/g, 'k'], [/qu/g, 'kw'], [/x/g, 'ks'],
  [/lh/g, 'li'], [/nh/g, 'ni'], [/gh/g, 'g'], [/tz/g, 'ts'], [/c(?=[eiy])/g, 's'], [/c(?!h)/g, 'k'],
  [/ee/g, 'i'], [/oo/g, 'u'], [/y/g, 'i'], [/([b-df-hj-np-tv-z])\1/g, '$1'], [/(?<=[a-z]{2}[^aeiou])e$/, ''],
];

export const soundSpelling: (word: string) => string = memoByName((word) => {
  let s = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of RESPELLINGS) s = s.replace(pattern, replacement);
  return s;
});

const VOWELS = new Set('aeiou');
const SHARED_CONSONANT = 0.1;
/** Letters that Chinese transliteration treats as near each other. */
const NEAR = new Set(['l r', 'b p', 'd t', 'g k', 'v w', 'f v', 's z', 'j g', 'j z', 'k h', 'f b', 's t']);

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.4;
  if (NEAR.has(`${a} ${b}`) || NEAR.has(`${b} ${a}`)) return 0.4;
  return (a === 'm' && b === 'n') || (a === 'n' && b === 'm') ? 0.6 : 1;
}

/** Cost of a Latin letter the transliteration leaves unwritten. */
function latinOnly(letter: string, previous: string | undefined): number {
  if (letter === 'r' && previous !== undefined && VOWELS.has(previous)) return 0.2;
  if (letter === 'h') return 0.3;
  return VOWELS.has(letter) ? 0.5 : 1;
}

/** Cost of a sound the transliteration adds (格 ge for a final g). */
function chineseOnly(letter: string): number {
  return VOWELS.has(letter) || letter === 'h' ? 0.4 : 1;
}

/** Cost of aligning `sound` with each prefix of latin[from..], up to `sound.length + 3` letters. */
function alignmentCosts(sound: string, latin: string, from: number): number[] {
  const width = Math.min(latin.length - from, sound.length + 3);
  let row = [0];
  for (let b = 1; b <= width; b++) row.push(row[b - 1]! + latinOnly(latin[from + b - 1]!, latin[from + b - 2]));
  for (let a = 1; a <= sound.length; a++) {
    const next = [row[0]! + chineseOnly(sound[a - 1]!)];
    for (let b = 1; b <= width; b++) {
      next.push(Math.min(
        row[b - 1]! + substitution(sound[a - 1]!, latin[from + b - 1]!),
        row[b]! + chineseOnly(sound[a - 1]!),
        next[b - 1]! + latinOnly(latin[from + b - 1]!, latin[from + b - 2]),
      ));
    }
    row = next;
  }
  return row;
}

/**
 * Score in [0, 1] of a Chinese transliteration against one Latin name part, or 0 when a character
 * is not a transliteration character. With a `floor`, a score below it may come back as 0: the
 * alignment stops as soon as every way on costs too much (costs only add up), so a caller that
 * rejects such scores anyway has most pairs decided in a few steps.
 */
export function transliterationScore(chinese: string, latinPart: string, floor = 0): number {
  const latin = soundSpelling(latinPart);
  if (latin.length === 0 || chinese.length === 0) return 0;
  const budget = (1 - floor) * latin.length + 1e-9; // no stop for a cost the floor allows once rounded
  // best[p][j]: least cost of the first p characters against the first j Latin letters.
  const best: number[][] = Array.from({ length: chinese.length + 1 }, () => new Array<number>(latin.length + 1).fill(Infinity));
  best[0]![0] = 0;
  for (let p = 0; p < chinese.length; p++) {
    // Every alignment of the whole name passes through row p, or leaps over it from row p - 1 to p + 1 (done by now).
    if (floor > 0 && Math.min(...best[p]!) > budget && Math.min(...best[p + 1]!) > budget) return 0;
    for (let j = 0; j <= latin.length; j++) {
      const base = best[p]![j]!;
      if (base === Infinity) continue;
      for (const size of [1, 2]) {
        const sounds = TRANSLITERATION_SOUNDS.get(chinese.slice(p, p + size));
        if (!sounds || p + size > chinese.length) continue;
        for (const sound of sounds) {
          alignmentCosts(sound, latin, j).forEach((cost, b) => {
            if (base + cost < best[p + size]![j + b]!) best[p + size]![j + b] = base + cost;
          });
          // A syllable may begin with the consonant that ended the one before: Daniel → 丹 dan + 尼 ni + 尔 l.
          if (j > 0 && sound[0] === latin[j - 1] && !VOWELS.has(sound[0]!)) {
            alignmentCosts(sound.slice(1), latin, j).forEach((cost, b) => {
              if (base + cost + SHARED_CONSONANT < best[p + size]![j + b]!) best[p + size]![j + b] = base + cost + SHARED_CONSONANT;
            });
          }
        }
      }
    }
  }
  const cost = best[chinese.length]![latin.length]!;
  return cost === Infinity ? 0 : Math.max(0, 1 - cost / latin.length);
}

/** Every character (or two-character key) of the name has a transliteration sound. */
export function isTransliteration(chinese: string): boolean {
  let p = 0;
  while (p < chinese.length) {
    if (TRANSLITERATION_SOUNDS.has(chinese.slice(p, p + 2)) && p + 2 <= chinese.length) p += 2;
    else if (TRANSLITERATION_SOUNDS.has(chinese[p]!)) p += 1;
    else return false;
  }
  return chinese.length > 0;
}
