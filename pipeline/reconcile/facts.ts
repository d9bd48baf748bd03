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
import { compatible, describeValue, scaleStep } from './values.ts';

export const UNKNOWN_SUBJECT = 'unknown';

export interface FactContext {
  /** Weight of an article's word on a fact: 1 for a clean article, less for one showing errors elsewhere. */
  weightOf: (articleId: string, factId: string) => number;
  labelOf: (articleId: string) => string;
}

interface Reading {
  claims: Claim[];
  articles: string[];
  score: number;
  /** The claim whose figure stands for the reading: the most repeated exact figure, else the tightest bound. */
  lead: Claim;
}

/** A value mismatch is settled only by at least this many independent articles and this weight ratio. */
const MISMATCH_MIN_ARTICLES = 2;
const MISMATCH_MIN_RATIO = 2;

const byPosition = (a: Claim, b: Claim) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start);
const exactFirst = (a: Claim, b: Claim) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') || a.value - b.value || byPosition(a, b);

/** Claims stating one figure the same way ("up to $2.1 billion" each time) always share a reading. */
const statedKey = (c: Claim) => `${c.value}|${c.qualifier}|${c.min}|${c.max}`;

/**
 * Readings: in order of exactness and size, each claim joins the first reading whose every
 * figure is compatible with it and no power of ten away. Claims are placed per distinct
 * stated figure, so a figure repeated 270,000 times is compared once with each other figure.
 */
function splitReadings(claims: Claim[], id: string, ctx: FactContext): Reading[] {
  const groups: { claims: Claim[]; figures: Claim[] }[] = [];
  const homeOf = new Map<string, (typeof groups)[number]>();
  for (const claim of [...claims].sort(exactFirst)) {
    const key = statedKey(claim);
    let home = homeOf.get(key);
    if (!home) {
      home = groups.find((g) => g.figures.every((c) => compatible(c, claim) && scaleStep(c.value, claim.value) === 0));
      if (!home) groups.push((home = { claims: [], figures: [] }));
      home.figures.push(claim);
      // A figure that does not meet itself (an empty interval) cannot share a reading with its repeats.
      if (compatible(claim, claim)) homeOf.set(key, home);
    }
    home.claims.push(claim);
  }
  return groups.map(({ claims: group }) => {
    const articles = [...new Set(group.map((c) => c.articleId))].sort();
    const score = articles.reduce((sum, a) => sum + ctx.weightOf(a, id), 0);
    const lead = group[0]!; // already in exactFirst order
    return { claims: group.sort(byPosition), articles, score, lead };
  }).sort((a, b) => b.score - a.score || b.articles.length - a.articles.length || a.lead.value - b.lead.value);
}

const stated = (c: Claim) => describeValue(c, c.unit);
const variantOf = (r: Reading): ConflictVariant => ({
  value: r.lead.value,
  stated: stated(r.lead),
  articles: r.articles,
  evidence: r.claims.map((c) => ({ article: c.articleId, start: c.start, end: c.end, text: c.text })),
});
const listOf = (articles: string[], ctx: FactContext) => articles.map(ctx.labelOf).join(', ');

export function resolveFact(claims: Claim[], ctx: FactContext): { fact: Fact; conflicts: Conflict[] } {
  const first = claims[0]!;
  const subjectKey = first.subjectEntityId ?? (first.subject === UNKNOWN_SUBJECT ? `${UNKNOWN_SUBJECT}@${first.articleId}#${first.value}` : first.subject);
  const id = factId(subjectKey, first.predicate, first.topic, first.unit);
  const readings = splitReadings(claims, id, ctx);
  const [winner, ...losers] = readings as [Reading, ...Reading[]];
  const verdicts = new Map<string, Verdict>();
  const conflicts: Conflict[] = [];
  const label = `${first.subject} ${predicateRow(first.predicate).label}${first.topic ? ` (${TOPICS.find((t) => t.id === first.topic)?.label ?? first.topic})` : ''}`;
  for (const c of winner.claims) verdicts.set(c.id, 'supports');

  const scaleLosers = losers.filter((r) => scaleStep(r.lead.value, winner.lead.value) > 0 && winner.score > r.score);
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
    // Without an owner, nothing but the figure would tie claims of two articles: keep them apart.
    const owner = c.subjectEntityId ?? (c.subject === UNKNOWN_SUBJECT ? `${UNKNOWN_SUBJECT}@${c.articleId}#${c.value}` : c.subject);
    const key = `${owner}|${c.predicate}|${c.topic ?? ''}|${c.unit}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, g]) => g);
}
