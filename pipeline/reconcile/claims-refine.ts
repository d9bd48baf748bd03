// refineRepeats: one article repeating one amount means one thing ("$600m" in the
// headline, "$600m artificial diamond" in the bullets, "$600 million earmarked for an
// artificial diamond initiative" in the body). Repeats that left a slot open (no topic,
// an owner found only by distance, a default predicate) take it from the repeats that
// read it — but only when those clearly agree, so five companies' 250亿美元 stay five.

import { topicWindow, type ClaimDraft } from './claims.ts';
import { predicateRow } from './predicates.ts';
import type { Claim } from './types.ts';

const STRONG_SUBJECT = new Set(['owner-cue', 'topic']);
const ADOPTS_SUBJECT = new Set(['main-investor', 'none']);

/** The value most drafts name, when it is named at least twice as often as any other. */
function clearMajority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return undefined;
  return !second || top[1] >= 2 * second[1] ? top[0] : undefined;
}

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

function refineGroup(group: ClaimDraft[]): void {
  const mark = (d: ClaimDraft) => { d.rule = 'repeat'; };
  // 1. Claims without an owner of their own follow the owner the other repeats name.
  const strong = group.filter((d) => STRONG_SUBJECT.has(d.subjectHow));
  const subject = clearMajority(strong.map((d) => d.subjectEntityId));
  const owner = strong.find((d) => d.subjectEntityId === subject);
  for (const d of group) {
    // Only a claim whose own sentence named no owner borrows one: a nearby company is its own evidence.
    if (owner && ADOPTS_SUBJECT.has(d.subjectHow) && d.subjectEntityId !== owner.subjectEntityId) {
      d.subjectEntityId = owner.subjectEntityId;
      d.subject = owner.subject;
      mark(d);
    }
  }
  for (const slot of groupBy(group, (d) => String(d.subjectEntityId ?? d.subject))) {
    // 2. Repeats of one owner share the strongest predicate any of them names.
    const best = slot.map((d) => predicateRow(d.predicate)).sort((a, b) => b.rank - a.rank)[0]!;
    for (const d of slot) if (d.predicate !== best.id) { d.predicate = best.id; mark(d); }
    // 3. A topic word too far away for that predicate was not its topic.
    for (const d of slot) {
      if (d.topicHow === 'nearest' && d.topicGap > topicWindow(d.lang, best)) { d.topic = null; d.topicHow = 'none'; mark(d); }
    }
    // 4. Repeats without a topic take the one at least half of them agree on.
    const withTopic = slot.filter((d) => d.topic !== null);
    const topic = clearMajority(withTopic.map((d) => d.topic));
    if (slot.length > 1 && topic !== undefined && 2 * withTopic.length >= slot.length) for (const d of slot) if (d.topic === null) { d.topic = topic; mark(d); }
  }
}

/** The drafts refined, as the claims they make (rule: how subject, predicate and topic were found). */
export function refineRepeats(drafts: ClaimDraft[]): Claim[] {
  const copies = drafts.map((d) => ({ ...d, rule: '' }));
  for (const group of groupBy(copies, (d) => `${d.value}|${d.unit}`)) refineGroup(group);
  // Each claim built field by field: copying a draft without its working fields is several times slower.
  return copies.map((d): Claim => ({
    id: d.id, articleId: d.articleId, mentionId: d.mentionId, subjectEntityId: d.subjectEntityId, subject: d.subject,
    predicate: d.predicate, topic: d.topic, value: d.value, unit: d.unit, qualifier: d.qualifier, min: d.min, max: d.max,
    dateValue: d.dateValue, start: d.start, end: d.end, text: d.text, sentenceStart: d.sentenceStart, sentenceEnd: d.sentenceEnd,
    rule: `subject.${d.subjectHow}+predicate.${d.predicateHow}+topic.${d.topicHow}${d.rule === 'repeat' ? '+repeat-in-article' : ''}`,
  }));
}
