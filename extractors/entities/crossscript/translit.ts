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

/** Letters after respelling are a to z: their costs are read from tables, not worked out per pair. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SUBSTITUTION = Float64Array.from({ length: 26 * 26 }, (_, i) => substitution(LETTERS[Math.floor(i / 26)]!, LETTERS[i % 26]!));
const letterIndex = (letter: string) => {
  const i = letter.charCodeAt(0) - 97;
  return i >= 0 && i < 26 ? i : -1;
};
const substitutionCost = (a: string, b: string) => {
  const [x, y] = [letterIndex(a), letterIndex(b)];
  return x >= 0 && y >= 0 ? SUBSTITUTION[x * 26 + y]! : substitution(a, b);
};

/**
 * Cost of aligning `sound` with each prefix of latin[from..], up to `sound.length + 3` letters;
 * `skip[i]` is latinOnly of the i-th Latin letter (the same for every sound, so given once).
 */
function alignmentCosts(sound: string, latin: string, from: number, skip: readonly number[]): number[] {
  const width = Math.min(latin.length - from, sound.length + 3);
  let row = [0];
  for (let b = 1; b <= width; b++) row.push(row[b - 1]! + skip[from + b - 1]!);
  for (let a = 1; a <= sound.length; a++) {
    const added = chineseOnly(sound[a - 1]!);
    const next = [row[0]! + added];
    for (let b = 1; b <= width; b++) {
      next.push(Math.min(
        row[b - 1]! + substitutionCost(sound[a - 1]!, latin[from + b - 1]!),
        row[b]! + added,
        next[b - 1]! + skip[from + b - 1]!,
      ));
    }
    row = next;
  }
  return row;
}

/** A Latin name part as the alignment reads it: its sound spelling and what leaving out each letter costs. */
export interface LatinSound {
  latin: string;
  /** skip[i]: latinOnly of the i-th letter. */
  skip: number[];
  /** leastSkips[k]: the least that leaving out any k of its letters costs (the k cheapest summed). */
  leastSkips: number[];
}

/** A Latin name part's sound (not remembered: linking holds it with the name's side while it compares the name, then lets it go). */
export function latinSound(latinPart: string): LatinSound {
  const latin = soundSpelling(latinPart);
  const skip = [...latin].map((letter, i) => latinOnly(letter, latin[i - 1]));
  const leastSkips = [0];
  for (const cost of [...skip].sort((a, b) => a - b)) leastSkips.push(leastSkips[leastSkips.length - 1]! + cost);
  return { latin, skip, leastSkips };
}

/** The least a sound the transliteration adds costs (chineseOnly of a vowel or h). */
const LEAST_ADDED = 0.4;

/**
 * The fewest and most letters a Chinese name's sounds can spell, one sound per character or
 * two-character key; a sound after the first may give up its first consonant to the Latin
 * letter before it (the shared consonant). Undefined when some character has no sound.
 */
const soundLengths = memoByName((chinese): { least: number; most: number } | undefined => {
  const least = new Array<number>(chinese.length + 1).fill(Infinity);
  const most = new Array<number>(chinese.length + 1).fill(-Infinity);
  least[chinese.length] = most[chinese.length] = 0;
  for (let p = chinese.length - 1; p >= 0; p--) {
    for (const size of [1, 2]) {
      const sounds = p + size <= chinese.length ? TRANSLITERATION_SOUNDS.get(chinese.slice(p, p + size)) : undefined;
      if (!sounds) continue;
      for (const sound of sounds) {
        const shortest = p > 0 && !VOWELS.has(sound[0]!) ? sound.length - 1 : sound.length;
        least[p] = Math.min(least[p]!, shortest + least[p + size]!);
        most[p] = Math.max(most[p]!, sound.length + most[p + size]!);
      }
    }
  }
  return least[0] === Infinity ? undefined : { least: least[0]!, most: most[0]! };
});

/**
 * Score in [0, 1] of a Chinese transliteration against one Latin name part, or 0 when a character
 * is not a transliteration character. With a `floor`, a score below it may come back as 0: the
 * alignment stops as soon as every way on costs too much (costs only add up), so a caller that
 * rejects such scores anyway has most pairs decided in a few steps.
 */
export function transliterationScore(chinese: string, latinPart: string, floor = 0): number {
  return transliterationScoreOf(chinese, latinSound(latinPart), floor);
}

/**
 * transliterationScore against a part's sound (latinSound). With a `floor`, a pair whose letter
 * counts alone cost more than it allows is not aligned at all: each Latin letter no sound letter
 * spells is left out (its skip cost), each sound letter no Latin letter spells is added.
 */
export function transliterationScoreOf(chinese: string, sound: LatinSound, floor = 0): number {
  const { latin, skip } = sound;
  if (latin.length === 0 || chinese.length === 0) return 0;
  const budget = (1 - floor) * latin.length + 1e-9; // no stop for a cost the floor allows once rounded
  if (floor > 0) {
    const lengths = soundLengths(chinese);
    if (!lengths) return 0;
    const leftOut = latin.length > lengths.most ? sound.leastSkips[latin.length - lengths.most]! : 0;
    const added = lengths.least > latin.length ? LEAST_ADDED * (lengths.least - latin.length) : 0;
    if (Math.max(leftOut, added) > budget) return 0;
  }
  // One sound met at one Latin letter costs the same whichever characters came before it.
  const costs = new Map<string, number[]>();
  const costsOf = (sound: string, from: number) => {
    const key = `${from}|${sound}`;
    let row = costs.get(key);
    if (!row) costs.set(key, (row = alignmentCosts(sound, latin, from, skip)));
    return row;
  };
  // best[p][j]: least cost of the first p characters against the first j Latin letters.
  const best: number[][] = Array.from({ length: chinese.length + 1 }, () => new Array<number>(latin.length + 1).fill(Infinity));
  best[0]![0] = 0;
  /** Lowers best[p][j + b] to base + row[b] + extra where that is less (summed in that order, as always). */
  const lower = (p: number, base: number, row: readonly number[], j: number, extra: number) => {
    const target = best[p]!;
    for (let b = 0; b < row.length; b++) {
      const cost = base + row[b]! + extra;
      if (cost < target[j + b]!) target[j + b] = cost;
    }
  };
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
          lower(p + size, base, costsOf(sound, j), j, 0);
          // A syllable may begin with the consonant that ended the one before: Daniel → 丹 dan + 尼 ni + 尔 l.
          if (j > 0 && sound[0] === latin[j - 1] && !VOWELS.has(sound[0]!)) lower(p + size, base, costsOf(sound.slice(1), j), j, SHARED_CONSONANT);
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
