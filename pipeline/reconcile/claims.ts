// buildClaims: every money mention becomes a claim — subject, predicate, topic, value,
// qualifier, date in context, sentence and exact span. Parse, then refine: each amount
// is read from its own clause first (readAmount, then draftClaim); then repeats of one
// amount inside one article share what the better-read repeats found (refineRepeats), and
// an amount whose sentence names no owner belongs to the article's main investor.
// Everything an amount looks up goes through the article's index (article-index.ts), so
// an article's cost grows with its amounts, not with amounts times mentions.

import { articleIndex, byStart, perSentence, type ArticleIndex } from './article-index.ts';
import { spansInside } from './spans.ts';
import { isCurrencyPrefix, isDateline, isFragment, isLegalSuffix, isGlossGap, isOutletMention, readMeasure, readObject, readTimeRole, statedPrecision, type MeasureReading } from './claim-model.ts';
import { readSource, type SourceReading } from './sources.ts';
import { claimId } from './derived-ids.ts';
import { UNKNOWN_SUBJECT } from './facts.ts';
import { gapTo, keywordFinder } from './keywords.ts';
import { DEFAULT_PREDICATE, PREDICATES, predicateRow, type PredicateRow } from './predicates.ts';
import type { TextRange } from './sentences.ts';
import { pickSubject } from './subject.ts';
import { OWNER_AFTER_EN, OWNER_AFTER_ZH } from './subject-cues.ts';
import { BROAD_TOPIC_COUNT, TOPICS, type TopicRow } from './topics.ts';
import type { ArticleInput, Claim, MentionInput, RoleInput } from './types.ts';

const findTopics = keywordFinder(TOPICS.flatMap((t) => [...t.en, ...t.zh].map((cue) => [cue, t] as const)));
const findPredicates = keywordFinder(PREDICATES.flatMap((p) => [...p.en, ...p.zh].map((cue) => [cue, p] as const)));
const ANAPHORA = /\b(?:the|this|that) project\b|该项目|这一项目|此项目/i;
const BASE_TOPIC_WINDOW = { en: 80, zh: 30 } as const;
const ADJACENT_GAP = { en: 3, zh: 1 } as const;
const LIST_SEPARATOR = /^\s*(?:,|、|，|and|和|及|以及)?\s*(?:and\s+)?$/;

/** How far a topic word may stand from its amount: a commitment names its topic right beside it. */
export function topicWindow(lang: 'en' | 'zh', predicate: PredicateRow): number {
  const base = BASE_TOPIC_WINDOW[lang];
  return predicate.id === 'commitment' ? Math.round(base / 3) : base;
}

export interface ClaimDraft extends Claim {
  subjectHow: 'owner-cue' | 'nearest' | 'main-investor' | 'topic' | 'none';
  predicateHow: 'cue' | 'default';
  topicHow: 'nearest' | 'anaphora' | 'broad' | 'none';
  /** Characters between the amount and its topic word (for a nearest topic). */
  topicGap: number;
  lang: 'en' | 'zh';
  /** Whether a cue in its own clause named the measure. */
  measureCued: boolean;
}

/** One article's mentions, each list in order of position (as reconcile reads them). */
interface ArticleContext {
  article: ArticleInput;
  money: MentionInput[];
  entities: MentionInput[];
  dates: MentionInput[];
  roles: RoleInput[];
  nameOf: (entityId: string) => string;
}

/** An article ready for reading its amounts: its context, its index and what its sentences answer once. */
interface ArticleReader {
  ctx: ArticleContext;
  index: ArticleIndex;
  anaphoraTopic: (sentence: TextRange) => TopicRow | undefined;
  /** Whether only a list separator stands between amount i - 1 and amount i ("$1bn, $2bn and $3bn"). */
  listGapBefore: (i: number) => boolean;
  /** The amounts inside a sentence, found by binary search (ctx.money is in text order), not by a scan of the article. */
  moneyIn: (sentence: TextRange) => MentionInput[];
}

/** What an amount's own words say, the same whoever turns out to be the article's main investor. */
interface AmountReading {
  /** The claim's id (it depends on the amount's span only). */
  id: string;
  amount: MentionInput & { valueNumber: number; currency: string };
  sentence: TextRange;
  clause: TextRange;
  predicate: PredicateRow;
  predicateHow: ClaimDraft['predicateHow'];
  topic: TopicRow | undefined;
  topicHow: ClaimDraft['topicHow'];
  topicGap: number;
  dateValue: string | null;
  measure: MeasureReading;
  source: SourceReading;
  timeRole: ReturnType<typeof readTimeRole>;
  asOf: string | null;
  asOfRule: string;
  /** Index (into ctx.money) of the amount this one restates in another currency. */
  glossOf: number | undefined;
}

function pickTopic(reader: ArticleReader, amount: MentionInput, clause: TextRange, sentence: TextRange, predicate: PredicateRow, inBareList: boolean) {
  const { article } = reader.ctx;
  if (!inBareList) {
    // A sector word inside an organisation's name (能源 of 天耀能源) is not the figure's topic.
    const names = reader.index.entitiesOf(sentence).filter((m) => m.entityType === 'org');
    const insideName = (h: { start: number; end: number }) => names.some((m) => m.start <= h.start && h.end <= m.end && m.end - m.start > h.end - h.start);
    const wide = findTopics(article.text, clause.start, clause.end).filter((h) => gapTo(h, amount) <= BASE_TOPIC_WINDOW[article.lang] && !insideName(h));
    const near = wide.filter((h) => gapTo(h, amount) <= topicWindow(article.lang, predicate));
    const after = wide.filter((h) => h.start >= amount.end);
    const before = wide.filter((h) => h.end <= amount.start);
    // A topic word right after the amount names it ("$600m artificial diamond").
    const adjacent = near.find((h) => h.start >= amount.end && gapTo(h, amount) <= ADJACENT_GAP[article.lang]);
    if (adjacent) return { topic: adjacent.value, how: 'nearest' as const, gap: gapTo(adjacent, amount) };
    // Three sectors or more on one side is a list: the amount spans them all.
    const distinctIds = (hits: typeof near) => new Set(hits.map((h) => h.value.id)).size;
    if (distinctIds(after) >= BROAD_TOPIC_COUNT || distinctIds(before) >= BROAD_TOPIC_COUNT) return { topic: undefined, how: 'broad' as const, gap: 0 };
    // Nearest wins; at equal distance the word after the amount.
    near.sort((a, b) => gapTo(a, amount) - gapTo(b, amount) || b.start - a.start);
    if (near[0]) return { topic: near[0].value, how: 'nearest' as const, gap: gapTo(near[0], amount) };
  }
  const named = reader.anaphoraTopic(sentence);
  if (named) return { topic: named, how: 'anaphora' as const, gap: 0 };
  return { topic: undefined, how: 'none' as const, gap: 0 };
}

/** "The project" in a sentence names the project of the sentence before it. */
function anaphoraTopicOf(text: string, index: ArticleIndex, sentence: TextRange): TopicRow | undefined {
  if (!ANAPHORA.test(text.slice(sentence.start, sentence.end))) return undefined;
  const previous = index.sentences.previous(sentence.start);
  const names = previous ? index.entitiesOf(previous).filter((m) => m.entityType === 'org') : [];
  const hits = (previous ? findTopics(text, previous.start, previous.end) : [])
    .filter((h) => !names.some((m) => m.start <= h.start && h.end <= m.end && m.end - m.start > h.end - h.start));
  return (hits.find((h) => /^\s*(?:development\s+)?project|^项目/i.test(text.slice(h.end, h.end + 25))) ?? hits[0])?.value;
}

/** The second amount restates the first in another currency. */
function isGloss(first: MentionInput, second: MentionInput, text: string): boolean {
  return !!first.currency && !!second.currency && first.currency !== second.currency && isGlossGap(text.slice(first.end, second.start));
}

function readAmount(reader: ArticleReader, index: number): AmountReading | undefined {
  const { ctx } = reader;
  const amount = ctx.money[index]!;
  if (amount.valueNumber === null || !amount.currency) return undefined;
  const sentence = reader.index.sentences.around(amount.start, amount.end);
  const previous = ctx.money[index - 1];
  const next = ctx.money[index + 1];
  // A clause: the stretch between the neighbouring amounts and semicolons of the sentence.
  const semicolonBefore = reader.index.lastSemicolon(sentence.start, amount.start);
  const semicolonAfter = reader.index.firstSemicolon(amount.end, sentence.end);
  const clause = {
    start: Math.max(previous && previous.end > sentence.start ? previous.end : sentence.start, semicolonBefore !== undefined ? semicolonBefore + 1 : sentence.start),
    end: Math.min(next && next.start < sentence.end ? next.start : sentence.end, semicolonAfter ?? sentence.end),
  };
  const inBareList = (previous !== undefined && previous.end > sentence.start && reader.listGapBefore(index)) ||
    (next !== undefined && next.start < sentence.end && reader.listGapBefore(index + 1));

  const predicateHits = findPredicates(ctx.article.text, clause.start, clause.end);
  predicateHits.sort((a, b) => b.value.rank - a.value.rank || gapTo(a, amount) - gapTo(b, amount));
  const predicate = predicateHits[0]?.value ?? predicateRow(DEFAULT_PREDICATE);
  const { text, lang } = ctx.article;
  // The amount's words reach past the amounts that restate it ("12.5億歐元（約106億港元，約合13.6億美元）現金收購…").
  let last = index;
  while (ctx.money[last + 1] && ctx.money[last + 1]!.start < sentence.end && isGloss(ctx.money[last]!, ctx.money[last + 1]!, text)) last++;
  const after = ctx.money[last + 1];
  const reach = { start: clause.start, end: last === index ? clause.end : Math.min(after && after.start < sentence.end ? after.start : sentence.end, reader.index.firstSemicolon(ctx.money[last]!.end, sentence.end) ?? sentence.end) };
  const timeRole = readTimeRole(text, lang, amount, clause);
  let measure = readMeasure(text, lang, { start: amount.start, end: ctx.money[last]!.end }, reach);
  // A revised figure with no measure of its own revises the one before it ("损失由原先初估的3亿元上修至29亿元").
  if (!measure.row && timeRole.role === 'revised' && reach.start > sentence.start) {
    measure = readMeasure(text, lang, { start: amount.start, end: ctx.money[last]!.end }, { start: sentence.start, end: reach.end });
    if (measure.row) measure = { ...measure, rule: `${measure.rule}+revises-amount-before` };
  }
  const source = readSource({ text, lang, amount, clause, sentence, entities: reader.index.entitiesOf(sentence), outlet: ctx.article.source ?? null });
  // The clause's date nearest the amount, unless it stands nearer another amount ("first offered €1.1bn on June 2, … a HK$4bn loan").
  const gap = (d: { start: number; end: number }, m: { start: number; end: number }) => (d.end <= m.start ? m.start - d.end : d.start - m.end);
  const neighbours = [previous, next].filter((m): m is MentionInput => !!m && m.start >= sentence.start && m.end <= sentence.end);
  const sentenceDate = reader.index.datesIn(clause)
    .filter((d) => neighbours.every((m) => gap(d, amount) <= Math.abs(gap(d, m))))
    .sort((a, b) => Math.abs(gap(a, amount)) - Math.abs(gap(b, amount)))[0]?.valueText ?? undefined;
  const published = ctx.article.published?.slice(0, 10) ?? null;
  // A sentence's own day-precise date, never one after publication (a target year is no as-of time).
  const datedSentence = sentenceDate && /^\d{4}-\d{2}-\d{2}$/.test(sentenceDate) && (!published || sentenceDate <= published) ? sentenceDate : undefined;
  const asOf = datedSentence ?? published;
  const asOfRule = datedSentence ? 'as-of.sentence-date' : published ? 'as-of.published' : 'as-of.unknown: no dated sentence and no published date';
  const glossOf = previous && previous.end > sentence.start && isGloss(previous, amount, text) ? index - 1 : undefined;
  const { topic, how: topicHow, gap: topicGap } = pickTopic(reader, amount, clause, sentence, predicate, inBareList);
  return {
    id: claimId(ctx.article.id, amount.start, amount.end), amount: amount as AmountReading['amount'], sentence, clause, predicate, predicateHow: predicateHits.length > 0 ? 'cue' : 'default',
    topic, topicHow, topicGap, dateValue: reader.index.dateOf(sentence) ?? ctx.article.published ?? null,
    measure, source, timeRole, asOf, asOfRule, glossOf,
  };
}

function draftClaim(reader: ArticleReader, reading: AmountReading, mainInvestor?: string): ClaimDraft {
  const { ctx } = reader;
  const { amount, sentence } = reading;
  const subject = subjectOf(reader, reading, mainInvestor);
  return {
    id: reading.id,
    articleId: ctx.article.id,
    mentionId: amount.id,
    subjectEntityId: subject.entityId,
    subject: subject.name,
    predicate: reading.measure.row?.id ?? reading.predicate.id,
    topic: reading.topic?.id ?? null,
    value: amount.valueNumber,
    unit: amount.currency,
    // "revised up to 2.9 billion" states the new figure, not a ceiling.
    qualifier: amount.qualifier === 'up_to' && reading.timeRole.role === 'revised' && REVISED_UP_TO[ctx.article.lang].test(ctx.article.text.slice(Math.max(0, amount.start - 60), amount.end))
      ? 'exact' : amount.qualifier ?? 'exact',
    min: amount.min,
    max: amount.max,
    dateValue: reading.dateValue,
    start: amount.start,
    end: amount.end,
    text: amount.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    rule: '',
    measure: reading.measure.row?.id ?? 'unknown',
    measureRule: reading.measure.rule,
    period: reading.measure.period,
    ...objectOf(reader, reading, subject.entityId),
    source: reading.source.source.name,
    sourceEntityId: reading.source.source.entityId,
    sourceRule: reading.source.source.rule,
    asOf: reading.asOf,
    asOfRule: reading.asOfRule,
    timeRole: reading.timeRole.role,
    precision: statedPrecision(amount.text, amount.valueNumber),
    glossOf: reading.glossOf === undefined ? null : claimId(ctx.article.id, ctx.money[reading.glossOf]!.start, ctx.money[reading.glossOf]!.end),
    story: '',
    // No cue at all: a claim whose topic names what it is about keeps the default predicate; any other is a
    // quantity of its own until a repeat names its measure.
    measureKey: reading.measure.key ?? (reading.predicateHow === 'cue' || reading.topic ? reading.predicate.id : `unknown#${reading.id}`),
    measureCued: reading.measure.row !== undefined,
    subjectHow: subject.how,
    predicateHow: reading.predicateHow,
    topicHow: reading.topicHow,
    topicGap: reading.topicGap,
    lang: ctx.article.lang,
  };
}

function objectOf(reader: ArticleReader, reading: AmountReading, subjectId: string | null) {
  const { text, lang } = reader.ctx.article;
  const o = readObject(text, lang, reading.amount, reading.clause, reader.index.entitiesOf(reading.sentence),
    (m) => m.entityId === subjectId || reading.source.excluded.has(m.id) || reading.source.speakers.has(m.id) || cannotOwn(reader, m));
  return { object: o.name, objectEntityId: o.entityId, objectRule: o.rule };
}

const LEGACY_MEASURES = new Set(PREDICATES.map((p) => p.id));
const REVISED_UP_TO = { en: /\b(?:revised|raised|increased|lifted|adjusted)\b[^.;]{0,50}\bup to\b/i, zh: /(?:上调|上調|上修|调高|調高)至/ };

/** A possessive or owner verb right after the name ("Taiwan's", 台湾的). */
function ownerMarked(article: ArticleInput, m: MentionInput): boolean {
  const after = article.text.slice(m.end, m.end + 24);
  return article.lang === 'zh' ? OWNER_AFTER_ZH.test(after) : OWNER_AFTER_EN.test(after);
}

/** Mentions that own no money whatever the sentence says: a word fragment, a currency prefix, the outlet. */
function cannotOwn(reader: ArticleReader, m: MentionInput): boolean {
  const { text, source } = reader.ctx.article;
  return isFragment(m, text) || isCurrencyPrefix(m, text) || isLegalSuffix(m) || isDateline(m, text) || isOutletMention(m, text, source ?? null);
}

function subjectOf(reader: ArticleReader, reading: AmountReading, investor?: string) {
  const { ctx, index } = reader;
  // "The article's main investor" is a notion of investment news: other measures (a price, damage) never default to it.
  const mainInvestor = reading.measure.row && !LEGACY_MEASURES.has(reading.measure.row.id) ? undefined : investor;
  const { predicate, topic } = reading;
  const speakerOwns = reading.measure.row?.speakerOwns ?? true;
  const skip = (m: MentionInput) => reading.source.excluded.has(m.id) || (!speakerOwns && reading.source.speakers.has(m.id)) ||
    // Whose damage or value an estimate is must be marked ("Taiwan's losses"): a country near it is not enough.
    (!speakerOwns && m.entityType === 'place' && !ownerMarked(ctx.article, m)) ||
    // A speaker named after the figure ("…, X said") reports it.
    (reading.source.speakers.has(m.id) && m.start >= reading.amount.end) || cannotOwn(reader, m);
  if (predicate.subjectIs === 'topic' && topic) {
    return { entityId: topic.entity ?? null, name: topic.label, how: 'topic' as const };
  }
  const picked = pickSubject({
    text: ctx.article.text, lang: ctx.article.lang, amount: reading.amount, sentence: reading.sentence, clause: reading.clause,
    entities: index.entitiesOf(reading.sentence), insideRole: index.insideRole, mainInvestor, nameOf: ctx.nameOf, skip,
    otherAmounts: reader.moneyIn(reading.sentence).filter((m) => m !== reading.amount),
  });
  if (picked) return { entityId: picked.entityId, name: picked.name, how: picked.how };
  if (mainInvestor) return { entityId: mainInvestor, name: ctx.nameOf(mainInvestor), how: 'main-investor' as const };
  return { entityId: null, name: UNKNOWN_SUBJECT, how: 'none' as const };
}

function articleReader(ctx: ArticleContext): ArticleReader {
  const { text } = ctx.article;
  const index = articleIndex(text, ctx);
  const listGaps = new Map<number, boolean>();
  const moneyByStart = byStart(ctx.money);
  return {
    ctx, index,
    anaphoraTopic: perSentence((sentence) => anaphoraTopicOf(text, index, sentence)),
    moneyIn: perSentence((sentence) => spansInside(moneyByStart, sentence.start, sentence.end)),
    listGapBefore(i) {
      let gap = listGaps.get(i);
      if (gap === undefined) {
        gap = LIST_SEPARATOR.test(text.slice(ctx.money[i - 1]!.end, ctx.money[i]!.start));
        listGaps.set(i, gap);
      }
      return gap;
    },
  };
}

/** The country most often marked as owner in the article's own sentences. */
function mainInvestorOf(drafts: ClaimDraft[]): string | undefined {
  const votes = new Map<string, number>();
  for (const d of drafts) {
    if (d.subjectHow === 'owner-cue' && d.subjectEntityId && /^place:/.test(d.subjectEntityId)) votes.set(d.subjectEntityId, (votes.get(d.subjectEntityId) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

export function parseArticleClaims(ctx: ArticleContext): ClaimDraft[] {
  const reader = articleReader(ctx);
  // Subjects are read twice: the first pass finds the article's main investor, the second uses it.
  const readings = ctx.money.map((_, i) => readAmount(reader, i)).filter((r): r is AmountReading => r !== undefined);
  const firstPass = readings.map((r) => draftClaim(reader, r));
  const mainInvestor = mainInvestorOf(firstPass);
  return mainInvestor === undefined ? firstPass : readings.map((r) => draftClaim(reader, r, mainInvestor));
}

export type { ArticleContext };
