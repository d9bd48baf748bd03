// resolveFacts: claims with the same subject, predicate and topic — from any article, in
// either language — form one canonical fact. Their values are split into readings that
// agree (compatible intervals); when readings differ, the one carried by more independent
// articles, weighed by how reliable each article is, wins: a loser a power of ten away is
// a scale error, another loser is an outlier when the winner is clearly better supported,
// and otherwise the fact stays disputed with every reading shown. Nothing is dropped.

import { conflictId, factId } from './derived-ids.ts';
import { predicateRow } from './predicates.ts';
import { TOPICS } from './topics.ts';
import type { Claim, Conflict, ConflictVariant, Fact, Verdict } from './types.ts';
import { byPosition, rankReadings, splitReadings, type Reading, type Split } from './readings.ts';
import { describeValue, scaleStep } from './values.ts';

export const UNKNOWN_SUBJECT = 'unknown';

export interface FactContext {
  /** Weight of an article's word on a fact: 1 for a clean article, less for one showing errors elsewhere. */
  weightOf: (articleId: string, factId: string) => number;
  labelOf: (articleId: string) => string;
}

/** A value mismatch is settled only by at least this many independent articles and this weight ratio. */
const MISMATCH_MIN_ARTICLES = 2;
const MISMATCH_MIN_RATIO = 2;

/** One fact's claims with its id and their readings, unweighed: built once, weighed in each pass. */
export interface FactClaims {
  id: string;
  claims: Claim[];
  splits: Split[];
}

/** Without an owner, nothing but the figure would tie claims of two articles: such claims stay apart. */
const ownerKey = (c: Claim) => c.subjectEntityId ?? (c.subject === UNKNOWN_SUBJECT ? `${UNKNOWN_SUBJECT}@${c.articleId}#${c.value}` : c.subject);

export function factClaims(claims: Claim[]): FactClaims {
  const first = claims[0]!;
  return { id: factId(ownerKey(first), first.predicate, first.topic, first.unit), claims, splits: splitReadings(claims) };
}

/** Readings a power of ten away from the winner and outweighed by it. */
function scaleLosersOf([winner, ...losers]: Reading[]): Reading[] {
  return losers.filter((r) => scaleStep(r.lead.value, winner!.lead.value) > 0 && winner!.score > r.score);
}

/** Articles whose figure for the fact is a scale error under these weights (what resolveFact flags, without writing it up). */
export function scaleSlipArticles(fact: FactClaims, ctx: FactContext): string[][] {
  return scaleLosersOf(rankReadings(fact.splits, (a) => ctx.weightOf(a, fact.id))).map((r) => r.articles);
}

const stated = (c: Claim) => describeValue(c, c.unit);
const variantOf = (r: Reading): ConflictVariant => ({
  value: r.lead.value,
  stated: stated(r.lead),
  articles: r.articles,
  evidence: r.claims.map((c) => ({ article: c.articleId, start: c.start, end: c.end, text: c.text })),
});
const listOf = (articles: string[], ctx: FactContext) => articles.map(ctx.labelOf).join(', ');

export function resolveFact({ id, claims, splits }: FactClaims, ctx: FactContext): { fact: Fact; conflicts: Conflict[] } {
  const first = claims[0]!;
  const readings = rankReadings(splits, (a) => ctx.weightOf(a, id));
  const [winner, ...losers] = readings as [Reading, ...Reading[]];
  const verdicts = new Map<string, Verdict>();
  const conflicts: Conflict[] = [];
  const label = `${first.subject} ${predicateRow(first.predicate).label}${first.topic ? ` (${TOPICS.find((t) => t.id === first.topic)?.label ?? first.topic})` : ''}`;
  for (const c of winner.claims) verdicts.set(c.id, 'supports');

  const scaleLosers = scaleLosersOf(readings);
  const scaleLoserSet = new Set(scaleLosers);
  const mismatches = losers.filter((r) => !scaleLoserSet.has(r));
  const scaleIds = new Set<string>();
  for (const r of scaleLosers) {
    for (const c of r.claims) verdicts.set(c.id, 'scale_error');
    const step = scaleStep(r.lead.value, winner.lead.value);
    // Two readings may lead with one figure stated two ways ("$66.2 million", "up to $66.2 million"):
    // the second conflict is numbered rather than colliding with the first.
    let conflict = conflictId('scale_error', id, String(r.lead.value));
    for (let n = 2; scaleIds.has(conflict); n++) conflict = conflictId('scale_error', id, `${r.lead.value}#${n}`);
    scaleIds.add(conflict);
    conflicts.push({
      id: conflict,
      kind: 'scale_error', factId: id, entityId: first.subjectEntityId,
      canonical: String(winner.lead.value), variants: [variantOf(winner), variantOf(r)],
      resolution: `${stated(winner.lead)} kept; ${stated(r.lead)} flagged as a ×${10 ** step} scale error`,
      rule: 'value.scale-error.power-of-ten',
      explanation: `${listOf(r.articles, ctx)} gives the ${label} as ${stated(r.lead)}, exactly 10^${step} ${r.lead.value < winner.lead.value ? 'below' : 'above'} the ${stated(winner.lead)} stated by ${listOf(winner.articles, ctx)}, so it is read as a million/billion (or 亿) slip and the better-supported figure stands.`,
    });
  }

  const settled = mismatches.every((r) => winner.articles.length >= MISMATCH_MIN_ARTICLES && winner.score >= MISMATCH_MIN_RATIO * r.score);
  if (mismatches.length > 0) {
    for (const r of mismatches) for (const c of r.claims) verdicts.set(c.id, settled ? 'outlier' : 'disputed');
    if (!settled) for (const c of winner.claims) verdicts.set(c.id, 'disputed');
    const shown = [winner, ...mismatches];
    conflicts.push({
      id: conflictId('value_mismatch', id, shown.map((r) => r.lead.value).join('|')),
      kind: 'value_mismatch', factId: id, entityId: first.subjectEntityId,
      canonical: settled ? String(winner.lead.value) : shown.map((r) => stated(r.lead)).join(' vs '),
      variants: shown.map(variantOf),
      resolution: settled ? `${stated(winner.lead)} kept; ${mismatches.map((r) => stated(r.lead)).join(', ')} marked as outliers` : 'disputed: no reading is clearly better supported',
      rule: settled ? 'value.mismatch.independent-sources' : 'value.mismatch.disputed',
      explanation: settled
        ? `${listOf(winner.articles, ctx)} independently give the ${label} as ${stated(winner.lead)}, outweighing ${mismatches.map((r) => `${stated(r.lead)} (${listOf(r.articles, ctx)})`).join(' and ')}.`
        : `The ${label} is ${shown.map((r) => `${stated(r.lead)} in ${listOf(r.articles, ctx)}`).join(' but ')}; these ranges do not meet and no source clearly outweighs the other, so both are kept.`,
    });
  }

  const articles = new Set(claims.map((c) => c.articleId));
  const disputed = mismatches.length > 0 && !settled;
  const status = disputed ? 'disputed' : losers.length > 0 ? 'resolved' : articles.size > 1 ? 'agreed' : 'single';
  const explanation = disputed ? conflicts[conflicts.length - 1]!.explanation
    : status === 'resolved' ? `${stated(winner.lead)}, stated by ${listOf(winner.articles, ctx)}, wins over ${losers.map((r) => `${stated(r.lead)} (${listOf(r.articles, ctx)})`).join(' and ')}.`
    : status === 'agreed' ? `${articles.size} articles (${listOf([...articles].sort(), ctx)}) give compatible figures for the ${label}: ${[...new Set(winner.claims.map(stated))].join(', ')}.`
    : `Only ${listOf([...articles], ctx)} states the ${label} (${stated(winner.lead)}).`;
  return {
    fact: {
      id, subject: first.subject, subjectEntityId: first.subjectEntityId, predicate: first.predicate, topic: first.topic,
      valueNumber: disputed ? null : winner.lead.value,
      valueText: disputed ? [winner, ...mismatches].map((r) => stated(r.lead)).join(' | ') : null,
      unit: first.unit, status,
      rule: conflicts.length > 0 ? conflicts.map((c) => c.rule).join('+') : `fact.${status}`,
      explanation, verdicts,
    },
    conflicts,
  };
}

export function groupClaims(claims: Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const c of [...claims].sort(byPosition)) {
    const key = `${ownerKey(c)}|${c.predicate}|${c.topic ?? ''}|${c.unit}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, g]) => g);
}
