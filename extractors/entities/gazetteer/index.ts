// The gazetteer: every canonical entity with its names, and the indexes linking uses —
// exact names (case-sensitive for Latin script), normalised names, Latin names bucketed
// by their first letters for fuzzy matching, and Chinese names for the text scanner.

import type { CanonicalEntity, GazetteerEntry } from '../types.ts';
import { hasHan, normaliseName, simplifiedForm, traditionalForms } from '../name-forms.ts';
import { COMPANIES } from './companies.ts';
import { countryEntries } from './countries.ts';
import { INSTITUTIONS, OTHER_ENTITIES } from './institutions.ts';
import { PEOPLE } from './people.ts';
import { PLACES } from './places.ts';
import { US_STATES } from './us-states.ts';

export interface GazetteerIndex {
  entries: Map<string, GazetteerEntry>;
  /** Exact name → entry id (Latin names as written, Chinese names in both scripts). */
  exact: Map<string, string>;
  /** normaliseName(name) → entry ids (more than one when a normalised name is ambiguous). */
  normalised: Map<string, string[]>;
  /** First two letters of a normalised Latin name → [normalised name, id] for fuzzy linking. */
  fuzzyBuckets: Map<string, [string, string][]>;
  /** Chinese names (simplified and traditional) → id, for scanning Chinese text. */
  chineseNames: Map<string, string>;
  /** Latin names of every entry, for scanning (Chinese text quotes Latin names too). */
  latinNames: Map<string, string>;
  /** Entry id → its Chinese names in both scripts. */
  chineseNamesById: Map<string, string[]>;
}

let built: GazetteerIndex | undefined;

function allEntries(): GazetteerEntry[] {
  return [...PEOPLE, ...COMPANIES, ...INSTITUTIONS, ...OTHER_ENTITIES, ...PLACES, ...US_STATES, ...countryEntries()];
}

/** Entry id → Chinese names: each `zh` name simplified and in traditional characters, then `zhTraditional`. */
function chineseNamesByEntry(entries: readonly GazetteerEntry[]): Map<string, string[]> {
  const stated = entries.flatMap((entry) => entry.zh ?? []);
  const forms = traditionalForms(stated);
  const traditional = new Map(stated.map((zh, i) => [zh, forms[i]!]));
  const byId = new Map<string, string[]>();
  for (const entry of entries) {
    const names = new Set<string>();
    for (const zh of entry.zh ?? []) {
      names.add(simplifiedForm(zh));
      names.add(traditional.get(zh)!);
    }
    for (const zh of entry.zhTraditional ?? []) names.add(zh);
    byId.set(entry.id, [...names]);
  }
  return byId;
}

function buildIndex(): GazetteerIndex {
  const entries = allEntries();
  const index: GazetteerIndex = {
    entries: new Map(), exact: new Map(), normalised: new Map(), fuzzyBuckets: new Map(),
    chineseNames: new Map(), latinNames: new Map(), chineseNamesById: chineseNamesByEntry(entries),
  };
  const addNormalised = (name: string, id: string) => {
    const key = normaliseName(name);
    const ids = index.normalised.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    index.normalised.set(key, ids);
    if (!hasHan(key) && key.length >= 4) {
      const bucket = index.fuzzyBuckets.get(key.slice(0, 2)) ?? [];
      bucket.push([key, id]);
      index.fuzzyBuckets.set(key.slice(0, 2), bucket);
    }
  };
  for (const entry of entries) {
    if (index.entries.has(entry.id)) throw new Error(`gazetteer: duplicate id ${entry.id}`);
    index.entries.set(entry.id, entry);
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      if (!index.exact.has(name)) index.exact.set(name, entry.id);
      if (!index.latinNames.has(name)) index.latinNames.set(name, entry.id);
      addNormalised(name, entry.id);
    }
    for (const zh of index.chineseNamesById.get(entry.id)!) {
      if (!index.exact.has(zh)) index.exact.set(zh, entry.id);
      if (!index.chineseNames.has(zh)) index.chineseNames.set(zh, entry.id);
      addNormalised(zh, entry.id);
    }
  }
  return index;
}

export function gazetteerIndex(): GazetteerIndex {
  built ??= buildIndex();
  return built;
}

export function gazetteerEntry(id: string): GazetteerEntry | undefined {
  return gazetteerIndex().entries.get(id);
}

/** Every gazetteer entity with its names, as the store lists them. */
export function getGazetteer(): CanonicalEntity[] {
  const index = gazetteerIndex();
  return [...index.entries.values()].map((entry) => {
    const zh = index.chineseNamesById.get(entry.id)!;
    const aliases = [...new Set([...(entry.aliases ?? []), ...zh])].filter((a) => a !== entry.name);
    return {
      id: entry.id, type: entry.type, name: entry.name,
      ...(entry.zh?.[0] ? { nameZh: entry.zh[0] } : {}),
      aliases, source: 'gazetteer' as const,
    };
  });
}
