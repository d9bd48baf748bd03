// buildClaims: every money mention becomes a claim — subject, predicate, topic, value,
// qualifier, date in context, sentence and exact span. Parse, then refine: each amount
// is read from its own clause first (parseClaim); then repeats of one amount inside one
// article share what the better-read repeats found (refineRepeats), and an amount whose
// sentence names no owner belongs to the article's main investor.

import { claimId } from './derived-ids.ts';
import { UNKNOWN_SUBJECT } from './facts.ts';
import { gapTo, keywordFinder } from './keywords.ts';
import { DEFAULT_PREDICATE, PREDICATES, predicateRow, type PredicateRow } from './predicates.ts';
import { previousSentence, sentenceAround } from './sentences.ts';
import { pickSubject } from './subject.ts';
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
}

interface ArticleContext {
  article: ArticleInput;
  money: MentionInput[];
  entities: MentionInput[];
  dates: MentionInput[];
  roles: RoleInput[];
  nameOf: (entityId: string) => string;
}

function pickTopic(ctx: ArticleContext, amount: MentionInput, clause: { start: number; end: number }, sentence: { start: number; end: number }, predicate: PredicateRow, inBareList: boolean) {
  const text = ctx.article.text;
  if (!inBareList) {
    const wide = findTopics(text, clause.start, clause.end).filter((h) => gapTo(h, amount) <= BASE_TOPIC_WINDOW[ctx.article.lang]);
    const near = wide.filter((h) => gapTo(h, amount) <= topicWindow(ctx.article.lang, predicate));
    const after = wide.filter((h) => h.start >= amount.end);
    const before = wide.filter((h) => h.end <= amount.start);
    // A topic word right after the amount names it ("$600m artificial diamond").
    const adjacent = near.find((h) => h.start >= amount.end && gapTo(h, amount) <= ADJACENT_GAP[ctx.article.lang]);
    if (adjacent) return { topic: adjacent.value, how: 'nearest' as const, gap: gapTo(adjacent, amount) };
    // Three sectors or more on one side is a list: the amount spans them all.
    const distinctIds = (hits: typeof near) => new Set(hits.map((h) => h.value.id)).size;
    if (distinctIds(after) >= BROAD_TOPIC_COUNT || distinctIds(before) >= BROAD_TOPIC_COUNT) return { topic: undefined, how: 'broad' as const, gap: 0 };
    // Nearest wins; at equal distance the word after the amount.
    near.sort((a, b) => gapTo(a, amount) - gapTo(b, amount) || b.start - a.start);
    if (near[0]) return { topic: near[0].value, how: 'nearest' as const, gap: gapTo(near[0], amount) };
  }
  if (ANAPHORA.test(text.slice(sentence.start, sentence.end))) {
    const previous = previousSentence(text, sentence.start);
    const hits = previous ? findTopics(text, previous.start, previous.end) : [];
    const named = hits.find((h) => /^\s*(?:development\s+)?project|^项目/i.test(text.slice(h.end, h.end + 25))) ?? hits[0];
    if (named) return { topic: named.value, how: 'anaphora' as const, gap: 0 };
  }
  return { topic: undefined, how: 'none' as const, gap: 0 };
}

function dateInContext(ctx: ArticleContext, sentence: { start: number; end: number }): string | null {
  const inSentence = ctx.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end && d.valueText);
  return inSentence[0]?.valueText ?? ctx.article.published ?? null;
}

function parseClaim(ctx: ArticleContext, index: number, mainInvestor?: string): ClaimDraft | undefined {
  const amount = ctx.money[index]!;
  if (amount.valueNumber === null || !amount.currency) return undefined;
  const text = ctx.article.text;
  const sentence = sentenceAround(text, amount.start, amount.end);
  const previous = ctx.money[index - 1];
  const next = ctx.money[index + 1];
  // A clause: the stretch between the neighbouring amounts and semicolons of the sentence.
  const before = text.slice(sentence.start, amount.start);
  const after = text.slice(amount.end, sentence.end);
  const semicolonBefore = Math.max(before.lastIndexOf(';'), before.lastIndexOf('；'));
  const semicolonAfter = [after.indexOf(';'), after.indexOf('；')].filter((i) => i >= 0);
  const clause = {
    start: Math.max(previous && previous.end > sentence.start ? previous.end : sentence.start, semicolonBefore >= 0 ? sentence.start + semicolonBefore + 1 : sentence.start),
    end: Math.min(next && next.start < sentence.end ? next.start : sentence.end, semicolonAfter.length ? amount.end + Math.min(...semicolonAfter) : sentence.end),
  };
  const inBareList = (previous !== undefined && previous.end > sentence.start && LIST_SEPARATOR.test(text.slice(previous.end, amount.start))) ||
    (next !== undefined && next.start < sentence.end && LIST_SEPARATOR.test(text.slice(amount.end, next.start)));

  const predicateHits = findPredicates(text, clause.start, clause.end);
  predicateHits.sort((a, b) => b.value.rank - a.value.rank || gapTo(a, amount) - gapTo(b, amount));
  const predicate = predicateHits[0]?.value ?? predicateRow(DEFAULT_PREDICATE);
  const { topic, how: topicHow, gap: topicGap } = pickTopic(ctx, amount, clause, sentence, predicate, inBareList);
  const subject = subjectOf(ctx, amount, sentence, clause, predicate, topic, mainInvestor);
  return {
    id: claimId(ctx.article.id, amount.start, amount.end),
    articleId: ctx.article.id,
    mentionId: amount.id,
    subjectEntityId: subject.entityId,
    subject: subject.name,
    predicate: predicate.id,
    topic: topic?.id ?? null,
    value: amount.valueNumber,
    unit: amount.currency,
    qualifier: amount.qualifier ?? 'exact',
    min: amount.min,
    max: amount.max,
    dateValue: dateInContext(ctx, sentence),
    start: amount.start,
    end: amount.end,
    text: amount.text,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    rule: '',
    subjectHow: subject.how,
    predicateHow: predicateHits.length > 0 ? 'cue' : 'default',
    topicHow,
    topicGap,
    lang: ctx.article.lang,
  };
}

function subjectOf(ctx: ArticleContext, amount: MentionInput, sentence: { start: number; end: number }, clause: { start: number; end: number },
  predicate: PredicateRow, topic: TopicRow | undefined, mainInvestor?: string) {
  if (predicate.subjectIs === 'topic' && topic) {
    return { entityId: topic.entity ?? null, name: topic.label, how: 'topic' as const };
  }
  const picked = pickSubject({
    text: ctx.article.text, lang: ctx.article.lang, amount, sentence, clause, entities: ctx.entities, roles: ctx.roles,
    mainInvestor, nameOf: ctx.nameOf,
  });
  if (picked) return { entityId: picked.entityId, name: picked.name, how: picked.how };
  if (mainInvestor) return { entityId: mainInvestor, name: ctx.nameOf(mainInvestor), how: 'main-investor' as const };
  return { entityId: null, name: UNKNOWN_SUBJECT, how: 'none' as const };
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
  const firstPass = ctx.money.map((_, i) => parseClaim(ctx, i)).filter((d): d is ClaimDraft => d !== undefined);
  const mainInvestor = mainInvestorOf(firstPass);
  return ctx.money.map((_, i) => parseClaim(ctx, i, mainInvestor)).filter((d): d is ClaimDraft => d !== undefined);
}

export type { ArticleContext };
