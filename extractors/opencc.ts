// OpenCC's converters between traditional and simplified Chinese (opencc-js), loaded on
// first use from the package's one-direction builds: traditional → simplified (t2cn, its
// tables about 110 KB) is built once per thread and kept; simplified → traditional (cn2t,
// 1.1 MB of tables, about 20 MB of heap and 0.3 s to build) is built for each caller that
// asks and let go. Nothing is loaded by importing this module, so a run that meets no
// Chinese never pays for either. Both builds hold the same dictionaries as the package root.
//
// Most Chinese news is already simplified: simplifiedText first asks whether any key of the
// t → cn dictionaries occurs in the text (a one-character key, or a phrase starting there).
// OpenCC converts by longest key match at each position and copies a position where no key
// matches, so a text holding no key comes back unchanged, and the converter (about 40 ms to
// build) is not built for it.

import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
let toSimplified: OpenCC.ConverterFunction | undefined;
/** The keys of the t → cn dictionaries; null: their layout is not the one read here, so any text may change. */
let keys: DictionaryKeys | null | undefined;

interface DictionaryKeys {
  /** One-character keys, by code point. */
  single: Set<number>;
  /** Longer keys by their first code point. */
  phrases: Map<number, string[]>;
}

const t2cn = (): typeof OpenCC => require('opencc-js/t2cn') as typeof OpenCC;

/** Traditional (and Hong Kong, Taiwan, Japanese) characters → simplified, as OpenCC's t → cn. */
export function simplifiedConverter(): OpenCC.ConverterFunction {
  toSimplified ??= t2cn().Converter({ from: 't', to: 'cn' });
  return toSimplified;
}

/** A new simplified → traditional converter (OpenCC's cn → t); the caller lets it go when done. */
export function newTraditionalConverter(): OpenCC.ConverterFunction {
  return (require('opencc-js/cn2t') as typeof OpenCC).Converter({ from: 'cn', to: 't' });
}

/**
 * The keys of the dictionaries Converter({ from: 't', to: 'cn' }) runs: its 't2s'
 * configuration, a normalisation chain then a conversion chain, each of dictionaries
 * serialised as "key value|key value".
 */
export function simplifiedKeys(): DictionaryKeys | null {
  if (keys !== undefined) return keys;
  const config = (t2cn().Locale as { configs?: Record<string, { segmentation?: unknown; normalizationChain?: unknown; conversionChain?: unknown }> }).configs?.t2s;
  const dictionaries = config && !config.segmentation ? [config.normalizationChain ?? [], config.conversionChain].flat(Infinity) : [];
  if (dictionaries.length === 0 || !dictionaries.every((d) => typeof d === 'string' && d.includes(' '))) return (keys = null);
  keys = { single: new Set(), phrases: new Map() };
  for (const dictionary of dictionaries as string[]) {
    for (const entry of dictionary.split('|')) {
      const key = entry.slice(0, entry.indexOf(' '));
      const first = key.codePointAt(0);
      if (first === undefined) continue; // an empty key matches nothing
      if (key.length === (first > 0xffff ? 2 : 1)) keys.single.add(first);
      else {
        const starting = keys.phrases.get(first);
        if (starting) starting.push(key);
        else keys.phrases.set(first, [key]);
      }
    }
  }
  return keys;
}

/** Whether a key of the t → cn dictionaries occurs in the text (a one-character key, or a phrase starting at some position). */
export function holdsSimplifiedKey(text: string, { single, phrases }: DictionaryKeys): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (single.has(code)) return true;
    const starting = phrases.get(code);
    if (starting && starting.some((key) => text.startsWith(key, i))) return true;
    if (code > 0xffff) i++;
  }
  return false;
}

/** The text as OpenCC's t → cn converts it, without building the converter for a text holding no key. */
export function simplifiedText(text: string): string {
  const known = simplifiedKeys();
  if (known && !holdsSimplifiedKey(text, known)) return text;
  return simplifiedConverter()(text);
}
