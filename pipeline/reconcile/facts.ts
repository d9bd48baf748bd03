// resolveFact: one fact's claims (fact-groups.ts decides which) resolved to a canonical
// value. Claims in the fact's unit are split into readings that agree (compatible
// intervals, within the precision their digits state); claims in another currency are
// converted (convert-claims.ts) and join the reading they agree with, so they never make a
// conflict on their own. Then, in order:
// 1. a later figure the text gives as a revision ("raised its offer to", 上修至) with a
//    later as-of time is an update: status `updated`, the latest reading canonical, the
//    earlier ones `superseded` — never a scale error or a mismatch;
// 2. a reading a power of ten from a better-supported one is a scale error;
// 3. readings from different named sources stay `disputed`, each with its source, however
//    many outlets repeat one of them; other disagreements are settled only by clearly more
//    independent voices (a source repeated by several outlets is one voice).
// Nothing is dropped: every claim keeps its verdict.

import { convertClaim, describeRate, intervalIn } from './convert-claims.ts';
import { conflictId, factId } from './derived-ids.ts';
import { MEASURE_BY_ID } from './measures.ts';
import { predicateRow } from './predicates.ts';
import { listed } from './prose-lists.ts';
import { byPosition, rankReadings, splitReadings, type Reading, type Split } from './readings.ts';
import { TOPICS } from './topics.ts';
import type { Claim, ClaimConversion, Conflict, ConflictVariant, Fact, FactStatus, Verdict } from './types.ts';
import { describeValue, intervalOf, scaleStep } from './values.ts';

export const UNKNOWN_SUBJECT = 'unknown';

export interface FactContext {
  /** Weight of an article's word on a fact: 1 for a clean article, less for one showing errors elsewhere. */
  weightOf: (articleId: string, factId: string) => number;
  labelOf: (articleId: string) => string;
}

/** A value mismatch is settled only by at least this many independent voices and this weight ratio. */
const MISMATCH_MIN_VOICES = 2;
const MISMATCH_MIN_RATIO = 2;
const NAMED_SOURCE = /^source\.(?:estimator|according-to|speaker)/;

/** One fact's claims with its id, unit and readings, unweighed: built once, weighed in each pass. */
export interface FactClaims {
  id: string;
  claims: Claim[];
  unit: string;
  /** Claims stated in the fact's unit; the others are converted. */
  home: Claim[];
  foreign: Claim[];
  splits: Split[];
}

const ownerKey = (c: Claim) => c.subjectEntityId ?? c.subject;

/** The unit most claims state (ties: alphabetical), so a figure glossed in dollars stays a euro fact. */
const RATIO_WORDS: Record<number, [string, string]> = { 1: ['a tenth of', 'ten times'], 2: ['a hundredth of', 'a hundred times'], 3: ['a thousandth of', 'a thousand times'], 4: ['a ten-thousandth of', 'ten thousand times'] };

/** "a tenth of", "a thousand times": how a slipped figure stands to the kept one, in words. */
function scaleRatioWords(step: number, below: boolean): string {
  const words = RATIO_WORDS[step];
  if (words) return below ? words[0] : words[1];
  return below ? `10^${step} times smaller than` : `10^${step} times`;
}

/** What kind of slip a power of ten usually is: ×1000 million for billion, ×10,000 万 for 亿. */
function scaleSlipWords(step: number): string {
  if (step === 3) return 'a ×1,000 slip (million read for billion, or the reverse)';
  if (step === 4) return 'a ×10,000 slip (万 read for 亿, or the reverse)';
  return `a ×${(10 ** step).toLocaleString('en-US')} slip`;
}

/** The value stated most often, ties to the first in code-unit order; null for none. Linear, for facts of many claims. */
function mostFrequent(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const m = best === null ? 0 : counts.get(best)!;
    if (n > m || (n === m && v < best!)) best = v;
  }
  return best;
}

function factUnit(claims: Claim[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) if (!c.glossOf) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  if (counts.size === 0) for (const c of claims) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

export function factClaims(claims: Claim[]): FactClaims {
  const first = claims[0]!;
  const unit = factUnit(claims);
  const home = claims.filter((c) => c.unit === unit);
  const foreign = claims.filter((c) => c.unit !== unit);
  const owners = [...new Set(claims.map(ownerKey))].sort().join('+');
  return {
    id: factId(`${first.story}|${owners}`, first.measureKey, first.topic, `${unit}|${first.id}`),
    claims, unit, home, foreign, splits: splitReadings(home),
  };
}

/** Readings a power of ten away from the winner and outweighed by it. */
function scaleLosersOf([winner, ...losers]: Reading[]): Reading[] {
  return losers.filter((r) => scaleStep(r.lead.value, winner!.lead.value) > 0 && winner!.score > r.score);
}

/** Articles whose figure for the fact is a scale error under these weights (what resolveFact flags, without writing it up). */
export function scaleSlipArticles(fact: FactClaims, ctx: FactContext): string[][] {
  if (fact.splits.length < 2 || updateOrder(fact.splits as Reading[])) return [];
  return scaleLosersOf(rankReadings(fact.splits, (a) => ctx.weightOf(a, fact.id))).map((r) => r.articles);
}

const stated = (c: Claim) => describeValue(c, c.unit);
const namedSources = (r: Split) => new Set(r.claims.filter((c) => NAMED_SOURCE.test(c.sourceRule)).map((c) => c.sourceEntityId ?? c.source));
const sourceNames = (r: Split) => [...new Set(r.claims.filter((c) => NAMED_SOURCE.test(c.sourceRule)).map((c) => c.source))];
/** Distinct voices: a named source counts once however many outlets repeat it; an unnamed one is its article. */
function voices(r: Split, weightOf: (a: string) => number): { count: number; score: number } {
  const best = new Map<string, number>();
  for (const c of r.claims) {
    const voice = NAMED_SOURCE.test(c.sourceRule) ? `source:${c.sourceEntityId ?? c.source}` : `article:${c.articleId}`;
    best.set(voice, Math.max(best.get(voice) ?? 0, weightOf(c.articleId)));
  }
  return { count: best.size, score: [...best.values()].reduce((a, b) => a + b, 0) };
}

/** The most precise figure of a reading: exact before qualified, more digits first, then the most repeated. */
function preciseLead(r: Split): Claim {
  const repeats = new Map<number, number>();
  for (const c of r.claims) repeats.set(c.value, (repeats.get(c.value) ?? 0) + 1);
  // Precision compared by order of magnitude: "66.2" and "66.6" state as many digits.
  const digits = (c: Claim) => (c.precision > 0 ? Math.round(Math.log10(c.precision)) : 0);
  const order = (a: Claim, b: Claim) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') || digits(a) - digits(b) ||
    repeats.get(b.value)! - repeats.get(a.value)! || a.value - b.value || byPosition(a, b);
  // The first claim in that order (the first of equals, as a stable sort would put it), in one pass: a reading can hold thousands.
  let lead = r.claims[0]!;
  for (const c of r.claims) if (order(c, lead) < 0) lead = c;
  return lead;
}

/** The claim whose subject names the fact: the subject most claims read (an orphan claim takes it). */
function subjectClaim(claims: Claim[]): Claim {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.subject !== UNKNOWN_SUBJECT) counts.set(ownerKey(c), (counts.get(ownerKey(c)) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return claims.find((c) => c.subject !== UNKNOWN_SUBJECT && ownerKey(c) === top) ?? claims[0]!;
}

/** The latest date a reading is stated as current; a figure only quoted as history ("its initial estimate of") is older than any. */
const latestOf = (r: Split) => r.claims.reduce((k, c) => (c.timeRole !== 'prior' && (c.asOf ?? '') > k ? c.asOf ?? '' : k), '');

/** Readings newest first when the text speaks of a revision and one reading is strictly the latest; else undefined. */
function updateOrder(readings: Split[]): Split[] | undefined {
  if (readings.length < 2 || !readings.some((r) => r.claims.some((c) => c.timeRole !== null))) return undefined;
  const ordered = [...readings].sort((a, b) => (latestOf(a) < latestOf(b) ? 1 : latestOf(a) > latestOf(b) ? -1 : 0));
  const [top, second] = ordered;
  if (latestOf(top!) === latestOf(second!)) return undefined;
  return ordered;
}

export function resolveFact(fact: FactClaims, ctx: FactContext): { fact: Fact; conflicts: Conflict[] } {
  const { id, claims, unit } = fact;
  const first = subjectClaim(claims);
  const weightOf = (a: string) => ctx.weightOf(a, id);
  const listOf = (articles: string[]) => listed(articles, ctx.labelOf, 'articles');
  const variantOf = (r: Reading): ConflictVariant => ({
    value: r.lead.value, stated: stated(r.lead), articles: r.articles, claims: r.claims.map((c) => c.id),
  });
  const measureLabel = MEASURE_BY_ID.get(first.measure)?.label ?? predicateRow(first.predicate).label;
  const label = `${first.subject} ${measureLabel}${first.period ? ` (${first.period})` : ''}${first.topic ? ` (${TOPICS.find((t) => t.id === first.topic)?.label ?? first.topic})` : ''}`;
  const verdicts = new Map<string, Verdict>();
  const conflicts: Conflict[] = [];
  const readings = fact.splits.length > 0 ? rankReadings(fact.splits, weightOf) : [];
  for (const r of readings) r.lead = preciseLead(r);
  let status: FactStatus;
  let explanation: string;
  let canonical: Reading | undefined = readings[0];
  let disputedReadings: Reading[] = [];

  const order = updateOrder(readings) as Reading[] | undefined;
  if (order) {
    const [latest, ...earlier] = order;
    canonical = latest!;
    for (const r of earlier) for (const c of r.claims) verdicts.set(c.id, 'superseded');
    for (const c of latest!.claims) verdicts.set(c.id, 'supports');
    status = 'updated';
    const asOf = (r: Reading) => latestOf(r) || r.claims.map((c) => c.asOf).filter(Boolean).sort()[0] || 'undated';
    explanation = `The ${label} was revised: ${listed([...earlier].reverse(), (r) => `${stated(r.lead)} (${listOf(r.articles)}, as of ${asOf(r)})`, 'earlier figures', ', then ')}, ` +
      `then ${stated(latest!.lead)} (${listOf(latest!.articles)}, as of ${asOf(latest!)}); the latest figure stands and the earlier ones are kept as superseded.`;
  } else if (readings.length > 1) {
    const [winner, ...losers] = readings as [Reading, ...Reading[]];
    for (const c of winner.claims) verdicts.set(c.id, 'supports');
    const scaleLosers = new Set(scaleLosersOf(readings));
    const scaleIds = new Set<string>();
    for (const r of scaleLosers) {
      for (const c of r.claims) verdicts.set(c.id, 'scale_error');
      const step = scaleStep(r.lead.value, winner.lead.value);
      // Two readings may lead with one figure stated two ways: the second conflict is numbered.
      let conflict = conflictId('scale_error', id, String(r.lead.value));
      for (let n = 2; scaleIds.has(conflict); n++) conflict = conflictId('scale_error', id, `${r.lead.value}#${n}`);
      scaleIds.add(conflict);
      conflicts.push({
        id: conflict, kind: 'scale_error', factId: id, entityId: first.subjectEntityId,
        canonical: String(winner.lead.value), canonicalNumber: winner.lead.value, canonicalText: stated(winner.lead), unit: winner.lead.unit,
        variants: [variantOf(winner), variantOf(r)],
        resolution: `${stated(winner.lead)} kept; ${stated(r.lead)} flagged as a ×${10 ** step} scale error`,
        rule: 'value.scale-error.power-of-ten',
        explanation: `${listOf(r.articles)} gives the ${label} as ${stated(r.lead)}, ${scaleRatioWords(step, r.lead.value < winner.lead.value)} the ${stated(winner.lead)} stated by ${listOf(winner.articles)}: ${scaleSlipWords(step)}, so the better-supported figure stands.`,
      });
    }
    const mismatches = losers.filter((r) => !scaleLosers.has(r));
    const shown = [winner, ...mismatches];
    const sourceSets = shown.map(namedSources);
    const byNamedSources = mismatches.length > 0 && sourceSets.every((s) => s.size > 0) &&
      sourceSets.every((s, i) => sourceSets.every((t, j) => i === j || [...s].every((x) => !t.has(x))));
    const win = voices(winner, weightOf);
    const settled = !byNamedSources && mismatches.every((r) => win.count >= MISMATCH_MIN_VOICES && win.score >= MISMATCH_MIN_RATIO * voices(r, weightOf).score);
    if (mismatches.length > 0) {
      for (const r of mismatches) for (const c of r.claims) verdicts.set(c.id, settled ? 'outlier' : 'disputed');
      if (!settled) { for (const c of winner.claims) verdicts.set(c.id, 'disputed'); disputedReadings = shown; }
      const said = (r: Reading) => `${stated(r.lead)} (${sourceNames(r).length > 0 ? `${sourceNames(r).join(', ')}; ` : ''}${listOf(r.articles)})`;
      conflicts.push({
        id: conflictId('value_mismatch', id, shown.map((r) => r.lead.value).join('|')),
        kind: 'value_mismatch', factId: id, entityId: first.subjectEntityId,
        canonical: settled ? String(winner.lead.value) : shown.map((r) => stated(r.lead)).join(' vs '),
        canonicalNumber: settled ? winner.lead.value : null,
        canonicalText: settled ? stated(winner.lead) : null, unit: settled ? winner.lead.unit : unit,
        variants: shown.map(variantOf),
        resolution: settled ? `${stated(winner.lead)} kept; ${listed(mismatches, (r) => stated(r.lead), 'figures')} marked as outliers`
          : byNamedSources ? `disputed between named sources: ${shown.map((r) => sourceNames(r).join(', ')).join(' vs ')}` : 'disputed: no reading is clearly better supported',
        rule: settled ? 'value.mismatch.independent-sources' : byNamedSources ? 'value.mismatch.named-sources' : 'value.mismatch.disputed',
        explanation: settled
          ? `${listOf(winner.articles)} independently give the ${label} as ${stated(winner.lead)}, outweighing ${listed(mismatches, (r) => `${stated(r.lead)} (${listOf(r.articles)})`, 'figures', ' and ')}.`
          : byNamedSources
            ? `The ${label} is disputed between named sources: ${listed(shown, said, 'readings', ' against ')}; repeating a source does not outvote another, so every reading is kept.`
            : `The ${label} is ${listed(shown, (r) => `${stated(r.lead)} in ${listOf(r.articles)}`, 'readings', ' but ')}; these ranges do not meet and no source clearly outweighs the other, so both are kept.`,
      });
    }
    const disputed = mismatches.length > 0 && !settled;
    status = disputed ? 'disputed' : 'resolved';
    explanation = disputed ? conflicts[conflicts.length - 1]!.explanation
      : `${stated(winner.lead)}, stated by ${listOf(winner.articles)}, wins over ${listed(losers, (r) => `${stated(r.lead)} (${listOf(r.articles)})`, 'figures', ' and ')}.`;
  } else {
    for (const c of canonical?.claims ?? []) verdicts.set(c.id, 'supports');
    const articles = [...new Set(claims.map((c) => c.articleId))].sort();
    status = articles.length > 1 ? 'agreed' : 'single';
    explanation = status === 'agreed'
      ? `${articles.length} articles (${listOf(articles)}) give compatible figures for the ${label}: ${listed([...new Set(claims.map(stated))], String, 'figures')}.`
      : `Only ${listOf(articles)} states the ${label} (${canonical ? stated(canonical.lead) : stated(first)}).`;
  }

  // Claims in another currency: converted, they take the verdict of the reading they agree with.
  const conversions = new Map<string, ClaimConversion>();
  const rates = new Map<string, string>();
  // Each reading's distinct intervals, computed once: a fact may hold thousands of repeats of one figure.
  const readingSpans = new Map<number, [number, number][]>();
  const spansOf = (i: number) => {
    let list = readingSpans.get(i);
    if (!list) {
      const byKey = new Map<string, [number, number]>();
      for (const h of readings[i]!.claims) { const iv = intervalOf(h); byKey.set(`${iv[0]}|${iv[1]}`, iv); }
      readingSpans.set(i, (list = [...byKey.values()]));
    }
    return list;
  };
  for (const c of fact.foreign) {
    const conv = convertClaim(c, unit);
    conversions.set(c.id, conv);
    rates.set(c.unit, describeRate(c.unit, conv));
    if (!conv.ok) { verdicts.set(c.id, 'unconverted'); continue; }
    const interval = intervalIn(c, unit)!;
    // Of the readings it meets, the one whose figure is nearest (a dollar gloss of the raised offer, not of the first).
    const distance = (r: Reading) => Math.abs(Math.log(conv.value / r.lead.value));
    const home = readings.filter((r, i) => spansOf(i).some(([lo, hi]) => lo <= interval[1] && interval[0] <= hi))
      .sort((a, b) => distance(a) - distance(b))[0];
    if (home) verdicts.set(c.id, verdicts.get(home.claims[0]!.id) ?? 'supports');
    else if (canonical && scaleStep(conv.value, canonical.lead.value) > 0) verdicts.set(c.id, 'scale_error');
    else verdicts.set(c.id, 'unconfirmed');
  }
  if (rates.size > 0) explanation += ` Other currencies compared in ${unit}: ${[...rates.values()].join('; ')}.`;

  const lead = canonical?.lead ?? first;
  const disputed = disputedReadings.length > 0;
  // A dispute spans its readings as stated: the lowest lower end to the highest upper end (or figure).
  const spans = disputedReadings.map((r): [number, number] => [r.lead.min ?? r.lead.value, r.lead.max ?? r.lead.value]);
  const objects = claims.map((c) => c.object).filter((o): o is string => o !== null);
  return {
    fact: {
      id, subject: first.subject, subjectEntityId: first.subjectEntityId, predicate: first.predicate, topic: first.topic,
      valueNumber: disputed ? null : lead.value,
      valueText: disputed ? disputedReadings.map((r) => stated(r.lead)).join(' | ') : null,
      unit, status,
      rule: conflicts.length > 0 ? conflicts.map((c) => c.rule).join('+') : status === 'updated' ? 'fact.updated.revision-latest-wins' : `fact.${status}`,
      explanation, verdicts,
      qualifier: disputed ? 'range' : lead.qualifier,
      min: disputed ? Math.min(...spans.map((s) => s[0])) : lead.min,
      max: disputed ? Math.max(...spans.map((s) => s[1])) : lead.max,
      measure: first.measure,
      object: mostFrequent(objects),
      story: first.story,
      conversions,
    },
    conflicts,
  };
}
