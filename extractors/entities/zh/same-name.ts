// One name, one reading per article: a name the rules settled somewhere in the text (an
// organisation before "董事长", a person after a title) is the same thing where it recurs
// bare ("比亚迪董事长…，比亚迪…"). Recurrences are taken only where jieba's words start and
// end, and an organisation so settled outranks a dictionary guess of a person there.

import type { ClaimedText, ZhClaim } from './claims.ts';
import { wordEndingAt, type ChineseWord } from './jieba-words.ts';

/** Rules whose reading is settled by context, so it carries to the name's other occurrences. */
const SETTLING_RULES = new Set([
  'zh.org.before-cue', 'zh.org.head', 'zh.org.word', 'zh.org.dictionary', 'zh.person.after-title', 'zh.person.transliteration',
]);
/** Readings a settled organisation replaces inside its span: jieba's dictionary tags company names nr, or holds a city in one (宁德). */
const REPLACEABLE_RULES = new Set([
  'zh.person.dictionary-name', 'zh.person.transliterated-name', 'zh.place.dictionary', 'zh.place.division', 'zh.person.joined-name',
]);

/** Words that join names of one kind ("比亚迪和宁德时代", "A、B"). */
const COORDINATORS = new Set(['和', '与', '及', '、', '以及']);

/**
 * "比亚迪和宁德时代的股价": a name joined by 和 to a company named by a company cue is a
 * company too, where only jieba's dictionary (or nothing) read it as a person or place.
 */
function claimCoordinatedOrganisations(words: readonly ChineseWord[], claims: ClaimedText): void {
  for (const org of [...claims.claims]) {
    if (org.type !== 'org' || (org.rule !== 'zh.org.before-cue' && org.rule !== 'zh.org.clause-start')) continue;
    const joiner = wordEndingAt(words, org.start);
    if (!joiner || !COORDINATORS.has(joiner.word)) continue;
    const before = wordEndingAt(words, joiner.start);
    if (!before || before.word.length < 2) continue;
    const there = claims.claims.find((c) => c.start === before.start && c.end === before.end);
    if (there && !REPLACEABLE_RULES.has(there.rule)) continue;
    if (!there && !claims.isFree(before.start, before.end)) continue;
    if (!there && before.tag !== 'x' && before.tag !== 'nz' && before.tag !== 'nrt') continue;
    if (there) claims.release(there);
    claims.claim({ start: before.start, end: before.end, kind: 'entity', type: 'org', rule: 'zh.org.coordinated' });
  }
}

export function claimSameNames(text: string, words: readonly ChineseWord[], claims: ClaimedText): void {
  claimCoordinatedOrganisations(words, claims);
  const settled = new Map<string, ZhClaim>();
  for (const c of claims.claims) {
    if (c.kind === 'entity' && SETTLING_RULES.has(c.rule) && c.end - c.start >= 2) settled.set(text.slice(c.start, c.end), c);
  }
  if (settled.size === 0) return;
  const starts = new Set(words.map((w) => w.start));
  const ends = new Set(words.map((w) => w.end));
  for (const [name, source] of settled) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (at === source.start || !starts.has(at) || !ends.has(end)) continue;
      const inside = claims.claims.filter((c) => c.start < end && c.end > at);
      if (source.type === 'org' && inside.length > 0 && inside.every((c) => c.start >= at && c.end <= end && REPLACEABLE_RULES.has(c.rule))) {
        for (const c of inside) claims.release(c);
      }
      if (claims.isFree(at, end)) claims.claim({ start: at, end, kind: 'entity', type: source.type, id: source.id, rule: 'zh.same-name' });
    }
  }
}
