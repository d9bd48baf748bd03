// nameCloseness: how alike two person names sound — the test for a misspelled or
// machine-translated name ("Luo Yunfang" for Luo Yunfeng, "Agnes Calvario" for Inês
// Carvalho, which came back from 伊内丝·卡瓦略 through a translation engine). Word by word
// on sound spellings (edit distance), or, when the person also has a name in Chinese
// characters, against its transliteration. Closeness alone never merges two people: it
// only lets reconciliation flag a variant when role and story agree as well.

import { hasHan, simplifiedForm } from '../name-forms.ts';
import { isTransliteration, soundSpelling, transliterationScore } from './translit.ts';

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1));
    row = next;
  }
  return row[b.length]!;
}

/** 1 for the same sounds, falling with each letter changed; 0 for nothing alike. */
export function wordSoundSimilarity(a: string, b: string): number {
  const x = soundSpelling(a);
  const y = soundSpelling(b);
  if (x.length === 0 || y.length === 0) return 0;
  return Math.max(0, 1 - editDistance(x, y) / Math.max(x.length, y.length));
}

export interface Closeness {
  score: number;
  /** 'spelling' (Latin against Latin) or 'transliteration' (against the Chinese form). */
  by: 'spelling' | 'transliteration';
  /** The weakest word's score. */
  weakest: number;
}

const words = (name: string) => name.trim().split(/\s+/);

/** Closeness of a variant to a canonical Latin name or any of its Chinese forms; undefined when the word counts differ. */
export function nameCloseness(variant: string, canonical: string, chineseForms: readonly string[] = []): Closeness | undefined {
  const v = words(variant);
  const options: Closeness[] = [];
  const c = words(canonical);
  if (c.length === v.length && !hasHan(canonical)) {
    const scores = v.map((w, i) => wordSoundSimilarity(w, c[i]!));
    options.push({ score: scores.reduce((s, x) => s + x, 0) / scores.length, by: 'spelling', weakest: Math.min(...scores) });
  }
  for (const han of chineseForms) {
    const parts = simplifiedForm(han).split(/[·•・‧]/);
    if (parts.length !== v.length || !parts.every(isTransliteration)) continue;
    const scores = parts.map((p, i) => transliterationScore(p, v[i]!));
    options.push({ score: scores.reduce((s, x) => s + x, 0) / scores.length, by: 'transliteration', weakest: Math.min(...scores) });
  }
  return options.sort((a, b) => b.score - a.score)[0];
}
