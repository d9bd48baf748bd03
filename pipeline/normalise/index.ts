// normaliseArticle: the normalisation stage. Each step rewrites the text and the offset
// map is composed step by step, so `map` always leads from the final text back to the
// original, and every removal is kept (in original coordinates) to show what went.

import type { Lang } from '../../extractors/types.ts';
import { findBoilerplate, removalEdits, type Removal } from './boilerplate.ts';
import { simplifiedChineseEdits } from './chinese-script.ts';
import { joinSpacedInitials, repairBrokenHyphens } from './hyphens.ts';
import { markdownEdits } from './markdown.ts';
import { identityMap, rewrite, toOriginalSpan, type OffsetMap, type Rewritten } from './offset-map.ts';
import { asciiQuoteEdits, halfWidthEdits, nfkcEdits } from './unicode.ts';
import { blankLineEdits, whitespaceEdits } from './whitespace.ts';

export interface NormalisedText {
  text: string;
  map: OffsetMap;
  /** Stretches of the original text left out as boilerplate, with the rule that removed them. */
  removed: Removal[];
  /** Ids of the rewriting steps that changed something, in order. */
  steps: string[];
}

export interface NormaliseOptions {
  /** Source markup to strip first (Markdown files). */
  format?: 'text' | 'markdown';
}

export function normaliseArticle(original: string, lang: Lang | string, options: NormaliseOptions = {}): NormalisedText {
  let current: Rewritten = { text: original, map: identityMap(original.length) };
  const steps: string[] = [];
  const removed: Removal[] = [];
  const step = (id: string, edits: ReturnType<typeof whitespaceEdits>) => {
    if (edits.length === 0) return;
    current = rewrite(current, edits);
    steps.push(id);
  };

  if (options.format === 'markdown') step('markdown', markdownEdits(current.text));
  if (lang === 'zh') {
    step('zh.half-width', halfWidthEdits(current.text));
    step('zh.simplified', simplifiedChineseEdits(current.text));
  } else {
    step('nfkc', nfkcEdits(current.text));
    step('en.ascii-quotes', asciiQuoteEdits(current.text));
  }
  step('whitespace', whitespaceEdits(current.text));

  const boilerplate = findBoilerplate(current.text);
  for (const r of boilerplate) removed.push({ ...toOriginalSpan(current.map, r.start, r.end), rule: r.rule });
  step('boilerplate', removalEdits(boilerplate));

  if (lang !== 'zh') {
    step('en.spaced-initials', joinSpacedInitials(current.text));
    step('en.broken-hyphens', repairBrokenHyphens(current.text).edits);
  }
  step('blank-lines', blankLineEdits(current.text));
  return { text: current.text, map: current.map, removed, steps };
}
