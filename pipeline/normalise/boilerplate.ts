// Finds boilerplate lines (see boilerplate-rules.ts) and turns them into deletions.

import { BOILERPLATE_RULES, type BoilerplateRule } from './boilerplate-rules.ts';
import type { Edit } from './offset-map.ts';

export interface Removal {
  start: number;
  end: number;
  rule: string;
}

/** The last third of a text, where trailing widgets live. */
const TAIL_FROM = 2 / 3;

function matchingRule(line: string, inTail: boolean): BoilerplateRule | undefined {
  for (const rule of BOILERPLATE_RULES) {
    if (rule.tailOnly && !inTail) continue;
    if (rule.pattern.test(line)) return rule;
  }
  return undefined;
}

/** Boilerplate stretches of `text`, each a whole line (with its newline) or the rest of the text. */
export function findBoilerplate(text: string): Removal[] {
  const removals: Removal[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd).trim();
    // A line longer than a paragraph is article text whatever it contains.
    const rule = line.length > 0 && line.length <= 600 ? matchingRule(line, lineStart >= text.length * TAIL_FROM) : undefined;
    if (rule?.scope === 'rest') {
      removals.push({ start: lineStart, end: text.length, rule: rule.id });
      break;
    }
    if (rule) removals.push({ start: lineStart, end: newline === -1 ? text.length : newline + 1, rule: rule.id });
    lineStart = lineEnd + 1;
  }
  return removals;
}

export function removalEdits(removals: readonly Removal[]): Edit[] {
  return removals.map((r) => ({ start: r.start, end: r.end, text: '' }));
}
