// linkGroupsAcrossScripts: which groups of names in Chinese characters and which in
// Latin script are one entity. Candidates come from buckets (type + the sound class of a
// name's first letters), never from all pairs; each pair is decided by matchAcrossScripts.
// A name that matches two names which cannot be the same thing (王明辉 and 汪明辉 both
// "Wang Minghui"; "Lingyun" against 凌云资本 and 凌云互动) links to neither: spelling
// alone never decides between two different people or companies.

import type { EntityType } from '../../types.ts';
import { hasHan, normaliseName, simplifiedForm } from '../name-forms.ts';
import { matchAcrossScripts } from './match.ts';
import { ZH_LEGAL_FORMS } from './name-heads.ts';
import { readingsOf, romanisedWords } from './pinyin.ts';
import { TRANSLITERATION_SOUNDS } from './translit-table.ts';
import { soundSpelling } from './translit.ts';

export interface NameGroup {
  key: string;
  type: EntityType;
  names: readonly string[];
}

export interface GroupLink {
  hanKey: string;
  latinKey: string;
  hanName: string;
  latinName: string;
  rule: string;
  score: number;
}

/** Letters that romanisations and transliterations confuse share a class. */
const SOUND_CLASSES = ['lr', 'bpfvw', 'dt', 'gkjcqh', 'szxc', 'mn', 'aeiouy'];
function soundClasses(letter: string | undefined): string[] {
  if (!letter) return [];
  const found = SOUND_CLASSES.filter((c) => c.includes(letter));
  return found.length > 0 ? found : [letter];
}

const MAX_NAMES_PER_GROUP = 4;
const LINKED_TYPES: EntityType[] = ['person', 'org', 'place'];
/**
 * A Chinese name typed differently from the Latin one (罗云峰 read as a place, Luo Yunfeng a
 * person) links only on an exact romanisation or a near-perfect transliteration.
 */
const CROSS_TYPE_SCORE = 0.95;

function latinBucketKeys(type: EntityType, name: string): string[] {
  const words = romanisedWords(name);
  const letters = [words[0]?.[0], words[words.length - 1]?.[0], soundSpelling(name.split(/\s+/)[0] ?? '')[0]];
  return [...new Set(letters.flatMap(soundClasses))].map((c) => `${type}|${c}`);
}

function hanBucketKeys(type: EntityType, name: string): string[] {
  const simplified = simplifiedForm(name).replace(/[·•・‧.．\s]/g, '');
  const letters: string[] = [];
  const readings = readingsOf(simplified, type === 'person');
  // The surname or the given name may come first in Latin script.
  for (const i of [0, 1, 2]) for (const form of readings?.any[i] ?? []) letters.push(form[0]!);
  for (const size of [1, 2]) for (const sound of TRANSLITERATION_SOUNDS.get(simplified.slice(0, size)) ?? []) letters.push(sound[0]!);
  return [...new Set(letters.flatMap(soundClasses))].map((c) => `${type}|${c}`);
}

/** Two Chinese names that may be one thing: one is the other's short form (凌云互动 / 凌云互动娱乐, 安徽 / 安徽省). */
function hanCompatible(a: string, b: string): boolean {
  const x = simplifiedForm(a).replace(ZH_LEGAL_FORMS, '');
  const y = simplifiedForm(b).replace(ZH_LEGAL_FORMS, '');
  return x.startsWith(y) || y.startsWith(x);
}

/** Two Latin names that may be one thing: a word-prefix short form, or the same words reordered. */
function latinCompatible(a: string, b: string): boolean {
  const x = normaliseName(a).split(' ');
  const y = normaliseName(b).split(' ');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((w, i) => long[i] === w)) return true;
  return x.length === y.length && [...x].sort().join(' ') === [...y].sort().join(' ');
}

function allPairwise<T>(items: readonly T[], compatible: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (!compatible(items[i]!, items[j]!)) return false;
  return true;
}

export function linkGroupsAcrossScripts(groups: readonly NameGroup[]): GroupLink[] {
  const latinBuckets = new Map<string, NameGroup[]>();
  const hanGroups: NameGroup[] = [];
  for (const g of groups) {
    if (!LINKED_TYPES.includes(g.type)) continue;
    const han = g.names.filter(hasHan);
    if (han.length === g.names.length) hanGroups.push(g);
    else if (han.length === 0) {
      for (const key of new Set(g.names.slice(0, MAX_NAMES_PER_GROUP).flatMap((n) => latinBucketKeys(g.type, n)))) {
        const bucket = latinBuckets.get(key) ?? [];
        bucket.push(g);
        latinBuckets.set(key, bucket);
      }
    }
  }

  const found = new Map<string, GroupLink>(); // `${hanKey}\u0000${latinKey}` → best link
  for (const h of hanGroups) {
    const hanNames = h.names.slice(0, MAX_NAMES_PER_GROUP);
    const candidates = new Set(LINKED_TYPES.flatMap((t) => hanNames.flatMap((n) => hanBucketKeys(t, n))).flatMap((k) => latinBuckets.get(k) ?? []));
    for (const l of candidates) {
      const crossType = l.type !== h.type;
      for (const hanName of hanNames) {
        for (const latinName of l.names.slice(0, MAX_NAMES_PER_GROUP)) {
          // Across types, either side's type may say how to compare (吉姆·法利 read as an org is still written like a person).
          const match = [l.type, ...(crossType ? [h.type] : [])].map((t) => matchAcrossScripts(hanName, latinName, t))
            .reduce<ReturnType<typeof matchAcrossScripts>>((best, m) => (m && (!best || m.score > best.score) ? m : best), undefined);
          const key = `${h.key}\u0000${l.key}`;
          if (!match || match.score <= (found.get(key)?.score ?? 0) || (crossType && match.score < CROSS_TYPE_SCORE)) continue;
          found.set(key, { hanKey: h.key, latinKey: l.key, hanName, latinName, rule: crossType ? `${match.rule}.cross-type` : match.rule, score: match.score });
        }
      }
    }
  }

  const byLatin = new Map<string, GroupLink[]>();
  const byHan = new Map<string, GroupLink[]>();
  for (const link of found.values()) {
    byLatin.set(link.latinKey, [...(byLatin.get(link.latinKey) ?? []), link]);
    byHan.set(link.hanKey, [...(byHan.get(link.hanKey) ?? []), link]);
  }
  const ambiguous = new Set<GroupLink>();
  for (const links of byLatin.values()) if (!allPairwise(links.map((l) => l.hanName), hanCompatible)) for (const l of links) ambiguous.add(l);
  for (const links of byHan.values()) if (!allPairwise(links.map((l) => l.latinName), latinCompatible)) for (const l of links) ambiguous.add(l);
  return [...found.values()].filter((l) => !ambiguous.has(l)).sort((a, b) => (a.hanKey < b.hanKey ? -1 : a.hanKey > b.hanKey ? 1 : a.latinKey < b.latinKey ? -1 : 1));
}
