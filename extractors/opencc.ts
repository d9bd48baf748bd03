// OpenCC's converters between traditional and simplified Chinese (opencc-js), loaded on
// first use from the package's one-direction builds: traditional → simplified (t2cn, its
// tables about 110 KB) is built once per thread and kept; simplified → traditional (cn2t,
// 1.1 MB of tables, about 20 MB of heap and 0.3 s to build) is built for each caller that
// asks and let go. Nothing is loaded by importing this module, so a run that meets no
// Chinese never pays for either. Both builds hold the same dictionaries as the package root.
//
// Most Chinese news is already simplified: simplifiedText first asks whether any character
// of the text begins a key of the t → cn dictionaries. OpenCC converts by longest key match
// at each position and copies a position no key begins at, so a text with no such character
// comes back unchanged, and the converter (about 40 ms to build) is not built for it.

import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
let toSimplified: OpenCC.ConverterFunction | undefined;
/** Code points that begin a key of the t → cn dictionaries; null: their layout is not the one read here, so any text may change. */
let keyStarts: Set<number> | null | undefined;

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
 * The first code points of the keys of the dictionaries Converter({ from: 't', to: 'cn' })
 * runs: its 't2s' configuration, a normalisation chain then a conversion chain, each of
 * dictionaries serialised as "key value|key value".
 */
export function simplifiedKeyStarts(): Set<number> | null {
  if (keyStarts !== undefined) return keyStarts;
  const config = (t2cn().Locale as { configs?: Record<string, { segmentation?: unknown; normalizationChain?: unknown; conversionChain?: unknown }> }).configs?.t2s;
  const dictionaries = config && !config.segmentation ? [config.normalizationChain ?? [], config.conversionChain].flat(Infinity) : [];
  if (dictionaries.length === 0 || !dictionaries.every((d) => typeof d === 'string' && d.includes(' '))) return (keyStarts = null);
  keyStarts = new Set();
  for (const dictionary of dictionaries as string[]) for (const entry of dictionary.split('|')) keyStarts.add(entry.codePointAt(0)!);
  return keyStarts;
}

/** The text as OpenCC's t → cn converts it, without building the converter when no key can match. */
export function simplifiedText(text: string): string {
  const starts = simplifiedKeyStarts();
  if (starts) {
    let anyStart = false;
    for (let i = 0; i < text.length && !anyStart; i++) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i++;
      anyStart = starts.has(code);
    }
    if (!anyStart) return text;
  }
  return simplifiedConverter()(text);
}
