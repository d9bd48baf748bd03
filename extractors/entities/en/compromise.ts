// compromise, loaded from its single-file CommonJS build: about four times faster to load
// than its ESM source tree, which every CLI start and every worker would otherwise pay.

import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;
