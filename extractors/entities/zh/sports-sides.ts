// Countries and cities as sports sides: in a report of a match a place's name stands for its
// team ("战胜丹麦", "中国选手", "代表西班牙出战"), an organisation in news practice and in the
// MSRA and CoNLL conventions. A place claimed earlier is retyped org where the words around
// it say so: an athlete word right after it, a verb of winning or losing right before it, or
// 代表 before it and a verb of taking part after it. The words are data (rules.ts).

import type { ClaimedText } from './claims.ts';
import { wordIndexStartingAt, type ChineseWord } from './jieba-words.ts';
import { ATHLETE_WORDS, MATCH_VERBS, TAKING_PART_VERBS } from './rules.ts';

/** The rule id of a place retyped as a team; the recogniser links no gazetteer entry to it. */
export const SPORTS_SIDE_RULE = 'zh.org.sports-side';

const ATHLETES = new Set(ATHLETE_WORDS);
const MATCH = new Set(MATCH_VERBS);
const TAKING_PART = new Set(TAKING_PART_VERBS);

export function claimSportsSides(words: readonly ChineseWord[], claims: ClaimedText): void {
  for (const c of [...claims.claims]) {
    if (c.kind !== 'entity' || c.type !== 'place') continue;
    const first = wordIndexStartingAt(words, c.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < words.length && words[last]!.end < c.end) last++;
    if (words[last]!.end !== c.end) continue;
    const before = words[first - 1]?.end === c.start ? words[first - 1] : undefined;
    const after = words[last + 1]?.start === c.end ? words[last + 1] : undefined;
    const side = (after !== undefined && ATHLETES.has(after.word)) || (before !== undefined && MATCH.has(before.word)) ||
      (before?.word === '代表' && after !== undefined && TAKING_PART.has(after.word));
    if (!side) continue;
    claims.release(c);
    claims.claim({ ...c, id: undefined, type: 'org', rule: SPORTS_SIDE_RULE }); // the team, not the country's entity
  }
}
