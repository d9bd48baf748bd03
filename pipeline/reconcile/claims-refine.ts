// refineRepeats: one article repeating one amount means one thing ("$600m" in the
// headline, "$600m artificial diamond" in the bullets, "$600 million earmarked for an
// artificial diamond initiative" in the body). Repeats that left a slot open (no topic,
// an owner found only by distance, no measure cue) take it from the repeats that read
// it — but only when those clearly agree, so five companies' 250亿美元 stay five. An
// amount restating the one before it in another currency ("€1.86bn (about $2bn)")
// takes that amount's subject, measure, object, topic and time role: it is the same figure.

import { topicWindow, type ClaimDraft } from './claims.ts';
import { PREDICATES, predicateRow } from './predicates.ts';
import type { Claim } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

const STRONG_SUBJECT = new Set(['owner-cue', 'topic']);
const ADOPTS_SUBJECT = new Set(['main-investor', 'none']);
const LEGACY_MEASURES = new Set(PREDICATES.map((p) => p.id));

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
  for (const item of items) addToGroup(groups, key(item), item);
  return [...groups.values()];
}

function refineGroup(group: ClaimDraft[]): void {
  const mark = (d: ClaimDraft) => { d.rule = d.rule || 'repeat'; };
  // 1. Claims without an owner of their own follow the owner the other repeats name.
  // Only repeats that measure the same thing (or name no measure) lend an owner: the €300m grant's giver is not the €300m loan's borrower.
  const lends = (a: ClaimDraft, b: ClaimDraft) => !a.measureCued || !b.measureCued || a.measureKey === b.measureKey;
  const strong = group.filter((d) => STRONG_SUBJECT.has(d.subjectHow));
  const subject = clearMajority(strong.map((d) => d.subjectEntityId));
  const owner = strong.find((d) => d.subjectEntityId === subject);
  for (const d of group) {
    // Only a claim whose own sentence named no owner borrows one: a nearby company is its own evidence.
    if (owner && ADOPTS_SUBJECT.has(d.subjectHow) && d.subjectEntityId !== owner.subjectEntityId && lends(owner, d)) {
      d.subjectEntityId = owner.subjectEntityId;
      d.subject = owner.subject;
      mark(d);
    }
  }
  for (const slot of groupBy(group, (d) => String(d.subjectEntityId ?? d.subject))) {
    // 2. Repeats of one owner share the strongest of the older predicates any of them names;
    // a repeat whose clause named no measure takes the one its named repeats agree on.
    const named = slot.filter((d) => d.measureCued);
    const legacyOnly = named.every((d) => LEGACY_MEASURES.has(d.measure));
    const cued = slot.filter((d) => d.predicateHow === 'cue');
    const key = legacyOnly
      ? cued.map((d) => predicateRow(d.predicate)).sort((a, b) => b.rank - a.rank)[0]?.id
      : clearMajority(named.map((d) => d.measureKey));
    const model = legacyOnly ? undefined : named.find((d) => d.measureKey === key);
    for (const d of slot) {
      if (legacyOnly && key && (d.predicate !== key || d.measureKey !== key)) {
        d.predicate = key; d.measureKey = key; if (d.measureCued) d.measure = key;
        mark(d);
      } else if (model && !d.measureCued && d.measureKey !== model.measureKey) {
        d.measureKey = model.measureKey; d.measure = model.measure; d.predicate = model.predicate; d.period = model.period;
        d.measureRule = 'measure.repeat-in-article'; mark(d);
      }
    }
    const window = topicWindow(slot[0]!.lang, predicateRow(legacyOnly && key ? key : slot[0]!.predicate));
    // 3. A topic word too far away for that predicate was not its topic.
    for (const d of slot) {
      if (d.topicHow === 'nearest' && d.topicGap > window) { d.topic = null; d.topicHow = 'none'; mark(d); }
    }
    // 4. Repeats without a topic take the one at least half of them agree on.
    const withTopic = slot.filter((d) => d.topic !== null);
    const topic = clearMajority(withTopic.map((d) => d.topic));
    if (slot.length > 1 && topic !== undefined && 2 * withTopic.length >= slot.length) for (const d of slot) if (d.topic === null) { d.topic = topic; mark(d); }
  }
}

/** A gloss takes the parts of the amount it restates (following a chain of glosses to the first). */
function inheritGlosses(drafts: ClaimDraft[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  for (const d of drafts) {
    let primary = d.glossOf ? byId.get(d.glossOf) : undefined;
    while (primary?.glossOf && byId.has(primary.glossOf)) primary = byId.get(primary.glossOf)!;
    if (!primary) continue;
    d.glossOf = primary.id;
    d.subjectEntityId = primary.subjectEntityId; d.subject = primary.subject; d.subjectHow = primary.subjectHow;
    d.measure = primary.measure; d.measureKey = primary.measureKey; d.measureCued = primary.measureCued; d.period = primary.period;
    d.predicate = primary.predicate; d.topic = primary.topic; d.topicHow = primary.topicHow;
    d.object = primary.object; d.objectEntityId = primary.objectEntityId; d.objectRule = primary.objectRule;
    d.source = primary.source; d.sourceEntityId = primary.sourceEntityId; d.sourceRule = primary.sourceRule;
    d.timeRole = primary.timeRole; d.asOf = primary.asOf; d.asOfRule = primary.asOfRule;
    d.measureRule = 'measure.gloss-of-amount-before';
    d.rule = 'gloss';
  }
}

/** The drafts refined, as the claims they make (rule: how subject, predicate and topic were found). */
export function refineRepeats(drafts: ClaimDraft[]): Claim[] {
  // The drafts are this call's own (parseArticleClaims makes them fresh): refined in place.
  const copies = drafts;
  for (const d of copies) d.rule = '';
  for (const group of groupBy(copies, (d) => `${d.value}|${d.unit}`)) refineGroup(group);
  inheritGlosses(copies);
  // Each claim built field by field: copying a draft without its working fields is several times slower.
  return copies.map((d): Claim => ({
    id: d.id, articleId: d.articleId, mentionId: d.mentionId, subjectEntityId: d.subjectEntityId, subject: d.subject,
    predicate: d.predicate, topic: d.topic, value: d.value, unit: d.unit, qualifier: d.qualifier, min: d.min, max: d.max,
    dateValue: d.dateValue, start: d.start, end: d.end, text: d.text, sentenceStart: d.sentenceStart, sentenceEnd: d.sentenceEnd,
    rule: `subject.${d.subjectHow}+predicate.${d.predicateHow}+topic.${d.topicHow}${d.rule === 'repeat' ? '+repeat-in-article' : d.rule === 'gloss' ? '+gloss' : ''}`,
    measure: d.measure, measureRule: d.measureRule, measureKey: d.measureKey, period: d.period,
    object: d.object, objectEntityId: d.objectEntityId, objectRule: d.objectRule,
    source: d.source, sourceEntityId: d.sourceEntityId, sourceRule: d.sourceRule,
    asOf: d.asOf, asOfRule: d.asOfRule, timeRole: d.timeRole, precision: d.precision, glossOf: d.glossOf, story: d.story,
  }));
}
