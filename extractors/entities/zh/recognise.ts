// recogniseChinese: Chinese entity mentions, each pass claiming text in priority order —
// gazetteer names and role titles (a character trie), 《…》 titles, Latin-script names,
// ·-joined transliterations, names after a role title, then jieba's words in what is
// left: organisation suffixes, dictionary organisations and places, and people in context.

import type { EntityMention } from '../../types.ts';
import { recogniseEnglish } from '../en/recognise.ts';
import { gazetteerEntry } from '../gazetteer/index.ts';
import { classifyLatinName } from '../latin-name.ts';
import { linkEntity } from '../link.ts';
import { phraseTables } from '../phrase-tables.ts';
import { ClaimedText } from './claims.ts';
import { NAME_STOP_CHARS, SPEECH_VERBS_ZH } from './rules.ts';
import { claimDictionaryWords } from './word-rules.ts';

const LATIN_RUN = /[A-Za-z][A-Za-z0-9&'.-]*(?: [A-Za-z0-9&][A-Za-z0-9&'.-]*)*/g;
const TITLE_QUOTE = /《([^《》\n]{1,40})》/g;
const TRANSLITERATION = /\p{Script=Han}{1,8}(?:·\p{Script=Han}{1,8})+/uy;
/** UTF-16 units a transliteration's first part can span: eight code points of one or two units. */
const FIRST_PART_UNITS = 16;
const MEDIA_ENDINGS = /(?:报|新闻|日报|时报|周刊|杂志|通讯社|新闻社|电视台|网)$/;
const isLatin = (ch: string | undefined) => ch !== undefined && /[A-Za-z]/.test(ch);

function claimPhrases(text: string, claims: ClaimedText): void {
  const { chineseNames, chineseRoles } = phraseTables();
  for (let i = 0; i < text.length;) {
    let name = chineseNames.longestMatch(text, i);
    // "美国商务部长": the title 商务部长 outranks the longer name 美国商务部 that would cut it.
    for (let k = i + 1; name && k < i + name.length; k++) {
      const inner = chineseRoles.longestMatch(text, k);
      if (inner && k + inner.length > i + name.length) name = chineseNames.longestMatch(text, i, k - i);
    }
    const role = chineseRoles.longestMatch(text, i);
    const nameOk = name && !(isLatin(text[i]) && isLatin(text[i - 1])) && !(isLatin(text[i + name.length - 1]) && isLatin(text[i + name.length]));
    if (nameOk && name && (!role || name.length >= role.length)) {
      const entry = gazetteerEntry(name.value)!;
      claims.claim({ start: i, end: i + name.length, kind: 'entity', type: entry.type, id: entry.id, rule: 'zh.gazetteer' });
      i += name.length;
    } else if (role) {
      claims.claim({ start: i, end: i + role.length, kind: 'role', rule: 'zh.role-title', roleId: role.value.id });
      i += role.length;
    } else {
      i++;
    }
  }
}

function claimTitleQuotes(text: string, claims: ClaimedText): void {
  for (const m of text.matchAll(TITLE_QUOTE)) {
    const start = m.index + 1;
    const inner = m[1]!;
    const link = linkEntity(inner);
    const type = link?.entry.type ?? (MEDIA_ENDINGS.test(inner) ? 'org' : 'other');
    claims.claim({ start, end: start + inner.length, kind: 'entity', type, id: link?.entry.id, rule: 'zh.title-quote' });
  }
}

function claimLatinNames(text: string, claims: ClaimedText, mentions: EntityMention[]): void {
  for (const m of text.matchAll(LATIN_RUN)) {
    let name = m[0].replace(/[.'-]+$/, '');
    const start = m.index;
    if (!claims.isFree(start, start + name.length)) continue;
    const words = name.split(' ');
    if (words.length >= 3 && words.some((w) => /^[a-z]/.test(w) && w !== 'of' && w !== 'and')) {
      // An English sentence quoted inside Chinese text: read it as English.
      for (const e of recogniseEnglish(name)) mentions.push({ ...e, start: e.start + start, end: e.end + start });
      claims.claim({ start, end: start + name.length, kind: 'role', rule: 'zh.latin.english-text' });
      continue;
    }
    name = name.trim();
    const verdict = classifyLatinName(name, claims.roleEndingAt(start) !== undefined);
    if (verdict) claims.claim({ start, end: start + name.length, kind: 'entity', type: verdict.type, id: verdict.id, rule: verdict.rule });
  }
}

/**
 * The matches of TRANSLITERATION over the text, as a global scan would find them, but
 * tried only at the few places a match can start: within a first part's reach before
 * each "·" (a scan over every Han character is several times slower).
 */
function* transliterationSpans(text: string): Generator<[number, number]> {
  let from = 0; // where the scan may start again: after the last match, or past a dot no match used
  for (let dot = text.indexOf('·'); dot >= 0; dot = text.indexOf('·', from)) {
    const firstStart = Math.max(from, dot - FIRST_PART_UNITS);
    from = dot + 1;
    for (let start = firstStart; start < dot; start++) {
      TRANSLITERATION.lastIndex = start;
      const m = TRANSLITERATION.exec(text);
      if (!m) continue;
      yield [start, start + m[0].length];
      from = start + m[0].length;
      break;
    }
  }
}

/** Characters of a transliterated name's first and last parts, at most. */
const PART_MAX = 6;

function claimTransliterations(text: string, claims: ClaimedText): void {
  if (!text.includes('·')) return;
  for (const [matchStart, matchEnd] of transliterationSpans(text)) {
    let start = matchStart;
    let end = matchEnd;
    const firstDot = text.indexOf('·', start);
    if (claims.takenAt(firstDot - 1) && claims.takenAt(firstDot + 1)) continue; // a gazetteer name already
    // Walk left from the dot to a title, particle or the part's length limit; country names
    // met inside a transliteration ("埃马纽埃尔" holds 纽埃, Niue) are released.
    start = firstDot;
    while (start > matchStart && firstDot - start < PART_MAX && !NAME_STOP_CHARS.has(text[start - 1]!)) {
      const claim = claims.claimEndingAt(start) ?? (claims.takenAt(start - 1) ? claims.claims.find((c) => c.start < start && c.end >= start) : undefined);
      if (claim && (claim.kind === 'role' || claim.start < matchStart || firstDot - claim.start > PART_MAX)) break;
      if (claim) claims.release(claim);
      start--;
    }
    // The last part runs on into the sentence ("库马尔表示"): stop at a particle, verb or claimed text.
    const lastDot = text.lastIndexOf('·', end - 1);
    let stop = lastDot + 1;
    while (stop < end && stop - lastDot <= PART_MAX && !NAME_STOP_CHARS.has(text[stop]!) && !claims.takenAt(stop) &&
      !SPEECH_VERBS_ZH.some((v) => text.startsWith(v, stop))) stop++;
    end = stop;
    if (end <= lastDot + 1) continue;
    const link = linkEntity(text.slice(start, end), 'person');
    claims.claim({ start, end, kind: 'entity', type: 'person', id: link?.entry.id, rule: 'zh.person.transliteration' });
  }
}

export function recogniseChinese(text: string): EntityMention[] {
  const claims = new ClaimedText(text.length);
  const mentions: EntityMention[] = [];
  claimPhrases(text, claims);
  claimTitleQuotes(text, claims);
  claimLatinNames(text, claims, mentions);
  claimTransliterations(text, claims);
  claimDictionaryWords(text, claims);
  for (const c of claims.claims) {
    if (c.kind !== 'entity' || !c.type) continue;
    const surface = text.slice(c.start, c.end);
    const entry = c.id ? gazetteerEntry(c.id) : c.type === 'other' ? undefined : linkEntity(surface, c.type)?.entry;
    mentions.push({
      start: c.start, end: c.end, text: surface, type: entry?.type ?? c.type, rule: c.rule,
      ...(entry ? { id: entry.id, name: entry.name } : {}),
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
