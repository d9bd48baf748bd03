// OpenCC's converters between traditional and simplified Chinese (opencc-js), loaded on
// first use from the package's one-direction builds: traditional → simplified (t2cn, its
// tables about 110 KB) is built once per thread and kept; simplified → traditional (cn2t,
// 1.1 MB of tables, about 20 MB of heap and 0.3 s to build) is built for each caller that
// asks and let go. Nothing is loaded by importing this module, so a run that meets no
// Chinese never pays for either. Both builds hold the same dictionaries as the package root.

import { createRequire } from 'node:module';
import type * as OpenCC from 'opencc-js';

const require = createRequire(import.meta.url);
let toSimplified: OpenCC.ConverterFunction | undefined;

/** Traditional (and Hong Kong, Taiwan, Japanese) characters → simplified, as OpenCC's t → cn. */
export function simplifiedConverter(): OpenCC.ConverterFunction {
  toSimplified ??= (require('opencc-js/t2cn') as typeof OpenCC).Converter({ from: 't', to: 'cn' });
  return toSimplified;
}

/** A new simplified → traditional converter (OpenCC's cn → t); the caller lets it go when done. */
export function newTraditionalConverter(): OpenCC.ConverterFunction {
  return (require('opencc-js/cn2t') as typeof OpenCC).Converter({ from: 'cn', to: 't' });
}
