// linkGroupsAcrossScripts: which groups of names in Chinese characters and which in
// Latin script are one entity. Candidates come from buckets (type + the sound class of a
// name's first letters), name by name, never from all pairs; each pair is decided by
// matchSides (match.ts, over each name's sides, worked out once per name), or recalled
// from the linking before (match-memo.ts) when both names were in it.
// A name that matches two names which cannot be the same thing (王明辉 and 汪明辉 both
// "Wang Minghui"; "Lingyun" against 凌云资本 and 凌云互动) links to neither, unless one
// transliteration sounds clearly closer: spelling alone never picks between equals.

import type { EntityType } from '../../types.ts';
import { addToGroup } from '../../group-by-key.ts';
import { hasHan, normaliseName, simplifiedForm } from '../name-forms.ts';
import { ScriptMatchMemo, scriptEntry } from './match-memo.ts';
import { chineseSide, latinSide, matchSides, mayBeTransliterated, type ChineseSide, type CrossScriptMatch } from './match.ts';
import { ZH_LEGAL_FORMS } from './name-heads.ts';
import { readingsOf, romanisedWords } from './pinyin.ts';
import { TRANSLITERATION_SOUNDS } from './translit-table.ts';
import { isTransliteration, soundSpelling } from './translit.ts';

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
/** How much better one transliteration must sound than the next to be chosen over it. */
const CLEAR_MARGIN = 0.05;

const MAX_WORDS = 4;
const NAME_DOTS = /[·•・‧.．]/;

/**
 * Bucket keys of a Latin name: the first two letters of each word (a romanisation must
 * spell one of them from its first syllable), and the sound classes of its first and last
 * words (a transliteration starts and ends with sounds of those classes).
 */
function latinBucketKeys(type: EntityType, name: string): string[] {
  const words = romanisedWords(name).slice(0, MAX_WORDS);
  const sounds = name.trim().split(/\s+/).map((w) => soundSpelling(w)[0]).filter((c): c is string => !!c);
  const keys = words.map((w) => `${type}|r|${w.slice(0, 2)}`);
  for (const c of sounds.slice(0, MAX_WORDS).flatMap(soundClasses)) keys.push(`${type}|s1|${c}`);
  if (sounds.length >= 2) {
    for (const a of soundClasses(sounds[0])) for (const b of soundClasses(sounds[sounds.length - 1])) keys.push(`${type}|s|${a}|${b}`);
  }
  return keys;
}

/** Bucket keys of a Chinese name, matching latinBucketKeys: romanised first letters, transliteration sound classes. */
function hanBucketKeys(type: EntityType, name: string): string[] {
  const parts = simplifiedForm(name).replace(/\s+/g, '').split(NAME_DOTS).filter((p) => p.length > 0);
  const keys: string[] = [];
  const readings = parts.length === 1 ? readingsOf(parts[0]!, type === 'person') : undefined;
  for (const f0 of readings?.any[0] ?? []) {
    const nexts = f0.length >= 2 ? [''] : readings?.any[1] ?? [''];
    for (const f1 of nexts) keys.push(`${type}|r|${(f0 + f1).slice(0, 2)}`);
  }
  const firstSounds = (part: string) => [1, 2].flatMap((size) => TRANSLITERATION_SOUNDS.get(part.slice(0, size)) ?? []).map((sound) => sound[0]!);
  if (parts.length >= 2 && parts.every(isTransliteration)) {
    for (const a of firstSounds(parts[0]!).flatMap(soundClasses)) for (const b of firstSounds(parts[parts.length - 1]!).flatMap(soundClasses)) keys.push(`${type}|s|${a}|${b}`);
  } else if (parts.length === 1 && mayBeTransliterated(name)) {
    // A name no transliteration can match needs no sound-class candidates (most Chinese names: a tenth have them at most).
    for (const c of firstSounds(parts[0]!).flatMap(soundClasses)) keys.push(`${type}|s1|${c}`);
  }
  return [...new Set(keys)];
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

/** One name of a group, as the linking compares it. */
interface NameItem {
  group: NameGroup;
  name: string;
  /** Its place among the group's names compared (preferred first). */
  index: number;
  entry: string;
}

/** A name in Chinese characters, with what every comparison reads of it, worked out at its first comparison (match.ts). */
type HanItem = NameItem & { side?: ChineseSide };

/** A Chinese name's side, worked out once, when it is first compared: a run after the first compares few of the names it holds. */
const sideOf = (h: HanItem): ChineseSide => (h.side ??= chineseSide(h.name));

/**
 * `memo` holds what the linking before compared (ScriptMatchMemo): pairs of two names it held
 * take its verdict, and what this linking compared and found is left in it for the next.
 */
export function linkGroupsAcrossScripts(groups: readonly NameGroup[], memo = new ScriptMatchMemo()): GroupLink[] {
  const hanItems: HanItem[] = [];
  /** The Chinese names by bucket key, and the same for those the linking before did not hold (new to it). */
  const hanBuckets = new Map<string, HanItem[]>();
  const freshBuckets = new Map<string, HanItem[]>();
  const latinItems: NameItem[] = [];
  const latinByEntry = new Map<string, NameItem[]>();
  for (const g of groups) {
    if (!LINKED_TYPES.includes(g.type)) continue;
    const han = g.names.filter(hasHan);
    const script = han.length === g.names.length ? 'h' : han.length === 0 ? 'l' : undefined;
    if (!script) continue;
    g.names.slice(0, MAX_NAMES_PER_GROUP).forEach((name, index) => {
      const entry = scriptEntry(script, g.type, name);
      memo.entries.add(entry);
      if (script === 'h') {
        const item: HanItem = { group: g, name, index, entry };
        hanItems.push(item);
        const fresh = !memo.held(entry);
        for (const key of new Set(LINKED_TYPES.flatMap((t) => hanBucketKeys(t, name)))) {
          addToGroup(hanBuckets, key, item);
          if (fresh) addToGroup(freshBuckets, key, item);
        }
        return;
      }
      const item: NameItem = { group: g, name, index, entry };
      addToGroup(latinByEntry, entry, item);
      latinItems.push(item);
    });
  }

  const found = new Map<string, GroupLink & { at: [number, number] }>(); // `${hanKey}\u0000${latinKey}` → best link
  /** One pair of names, judged by `verdict` as each type it is compared as; the best match for its two groups is kept. */
  const compare = (h: HanItem, l: NameItem, verdict: (type: EntityType) => CrossScriptMatch | undefined) => {
    // Across types, either side's type may say how to compare (吉姆·法利 read as an org is still written like a person).
    const crossType = l.group.type !== h.group.type;
    let match: CrossScriptMatch | undefined;
    for (const type of crossType ? [l.group.type, h.group.type] : [l.group.type]) {
      const m = verdict(type);
      if (!m) continue;
      memo.keep(h.entry, l.entry, type, m);
      if (!match || m.score > match.score) match = m;
    }
    if (!match || (crossType && match.score < CROSS_TYPE_SCORE)) return;
    const key = `${h.group.key}\u0000${l.group.key}`;
    const prior = found.get(key);
    // Between equal scores the group pair keeps its most preferred names, whatever order the pairs came in.
    if (prior && (match.score < prior.score || (match.score === prior.score && (h.index > prior.at[0] || (h.index === prior.at[0] && l.index >= prior.at[1]))))) return;
    found.set(key, {
      hanKey: h.group.key, latinKey: l.group.key, hanName: h.name, latinName: l.name,
      rule: crossType ? `${match.rule}.cross-type` : match.rule, score: match.score, at: [h.index, l.index],
    });
  };
  // Every pair sharing a bucket key, Latin name by Latin name: each Latin name's side is worked out once, for all its
  // candidates, and let go (the Latin names outnumber the Chinese ones, whose sides are held). Two names the linking
  // before held both are not compared again: their verdicts are recalled below.
  // (A Latin name's bucket keys are worked out here, not held: a dozen strings a name, for every Latin name of the store.)
  // A held Latin name looks only in the buckets of new Chinese names: an hourly run's buckets hold a few, not the store's thousands.
  for (const l of latinItems) {
    const buckets = memo.held(l.entry) ? freshBuckets : hanBuckets;
    const candidates = new Set<HanItem>();
    for (const key of new Set(latinBucketKeys(l.group.type, l.name))) for (const h of buckets.get(key) ?? []) candidates.add(h);
    if (candidates.size === 0) continue;
    const side = latinSide(l.name);
    for (const h of candidates) compare(h, l, (type) => matchSides(sideOf(h), side, type));
  }
  for (const h of hanItems) {
    if (!memo.held(h.entry)) continue;
    // Its pairs with Latin names both linkings hold: the matches found before, and only those.
    for (const latin of new Set(memo.matchesOf(h.entry).map((m) => m.latin))) {
      for (const l of latinByEntry.get(latin) ?? []) compare(h, l, (type) => memo.recall(h.entry, latin, type));
    }
  }

  const byLatin = new Map<string, GroupLink[]>();
  const byHan = new Map<string, GroupLink[]>();
  for (const link of found.values()) {
    byLatin.set(link.latinKey, [...(byLatin.get(link.latinKey) ?? []), link]);
    byHan.set(link.hanKey, [...(byHan.get(link.hanKey) ?? []), link]);
  }
  // Candidates that cannot be one thing: a clearly better sound match wins, a tie links none.
  const ambiguous = new Set<GroupLink>();
  const settle = (links: GroupLink[], compatible: boolean) => {
    if (compatible) return;
    const ranked = [...links].sort((a, b) => b.score - a.score);
    const clear = ranked[0]!.score - ranked[1]!.score >= CLEAR_MARGIN;
    for (const l of clear ? ranked.slice(1) : ranked) ambiguous.add(l);
  };
  for (const links of byLatin.values()) settle(links, allPairwise(links.map((l) => l.hanName), hanCompatible));
  for (const links of byHan.values()) settle(links, allPairwise(links.map((l) => l.latinName), latinCompatible));
  return [...found.values()].filter((l) => !ambiguous.has(l)).map(({ at: _at, ...link }) => link).sort((a, b) => (a.hanKey < b.hanKey ? -1 : a.hanKey > b.hanKey ? 1 : a.latinKey < b.latinKey ? -1 : 1));
}
