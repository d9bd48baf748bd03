// Which claims state one quantity (fact identity): within a story, claims of one measure
// (with its period and stage) and topic, then split by subject. Subjects are compared by
// canonical entity id; a subject named in another script that entity linking left apart
// joins when its figures agree (else two bidders written in two scripts would be one).
// A claim whose subject could not be read is never a fact of its own by default: it joins
// the subject whose figures it agrees with, else the story's main subject for that measure.
// Finally a group of figures that all name another object (the Miskolc plant beside the
// Setúbal one) and disagree with the main figures is a different quantity.

import { FigureIndex } from './figure-index.ts';
import { LowestOwnerIndex } from './lowest-owner-index.ts';
import { UNKNOWN_SUBJECT } from './facts.ts';
import { PREDICATES } from './predicates.ts';
import { byPosition } from './readings.ts';
import type { Claim } from './types.ts';
import { scaleStep } from './values.ts';

const LEGACY_MEASURES = new Set(PREDICATES.map((p) => p.id));
const CJK = /[\u3400-\u9fff]/;
const scriptOf = (name: string) => (CJK.test(name) ? 'zh' : 'latin');

interface Bucket {
  key: string;
  claims: Claim[];
  script: string;
  /** The subject's name in words, lower-cased (split once: every pair of buckets of one script compares them). */
  words: string[];
}

const words = (name: string) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** One name's words all begin the other's ("Lingyun" and "Lingyun Interactive Entertainment"). */
function shortForm(x: readonly string[], y: readonly string[]): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.every((w, i) => long[i] === w);
}

const articleCounts = new WeakMap<Claim[], { length: number; count: number }>();
/** Distinct articles of a group, remembered while the group does not change (sorting asks many times). */
function articlesOf(claims: Claim[]): number {
  const known = articleCounts.get(claims);
  if (known && known.length === claims.length) return known.count;
  const count = new Set(claims.map((c) => c.articleId)).size;
  articleCounts.set(claims, { length: claims.length, count });
  return count;
}
const bigger = (a: Bucket, b: Bucket) => articlesOf(b.claims) - articlesOf(a.claims) || b.claims.length - a.claims.length || (a.key < b.key ? -1 : 1);

/** A figure as stated: claims stating it alike agree alike, so each group is compared once per distinct figure. */
const figureKey = (c: Claim) => `${c.value}|${c.unit}|${c.qualifier}|${c.min}|${c.max}|${c.precision}|${c.asOf?.slice(0, 7) ?? ''}`;
const distinctCache = new WeakMap<readonly Claim[], { length: number; keys: Set<string>; figures: Claim[] }>();

/** The distinct figures of a group (kept up to date as the group grows; the same array each time, not a copy). */
function figuresOf(claims: readonly Claim[]): readonly Claim[] {
  let entry = distinctCache.get(claims);
  if (!entry) { entry = { length: 0, keys: new Set(), figures: [] }; distinctCache.set(claims, entry); }
  for (; entry.length < claims.length; entry.length++) {
    const c = claims[entry.length]!;
    const key = figureKey(c);
    if (!entry.keys.has(key)) { entry.keys.add(key); entry.figures.push(c); }
  }
  return entry.figures;
}

const indexCache = new WeakMap<readonly Claim[], { length: number; index: FigureIndex<true> }>();

/** The group's distinct figures, indexed (kept up to date as the group grows). */
function indexOf(claims: readonly Claim[]): FigureIndex<true> {
  let entry = indexCache.get(claims);
  if (!entry) { entry = { length: 0, index: new FigureIndex<true>() }; indexCache.set(claims, entry); }
  const figures = figuresOf(claims);
  for (; entry.length < figures.length; entry.length++) entry.index.add(figures[entry.length]!, true);
  return entry.index;
}

/** Whether some figure of the group could state the claim's amount. */
const agreesWith = (claim: Claim, claims: readonly Claim[]) => indexOf(claims).agrees(claim);

/** The group an orphan claim agrees with: one stating its own unit first (a converted match is looser), else the main group. */
function homeOf(claim: Claim, groups: Claim[][]): Claim[] | undefined {
  return groups.find((g) => indexOf(g).agreesInOwnUnit(claim)) ?? groups.find((g) => agreesWith(claim, g)) ?? groups[0];
}

/** Subject buckets of one measure group, merged across scripts and with the claims that named no subject. */
function bySubject(claims: Claim[]): Claim[][] {
  const known = new Map<string, Bucket>();
  const orphans: Claim[] = [];
  const glosses: Claim[] = [];
  for (const c of claims) {
    if (c.glossOf) { glosses.push(c); continue; }
    const key = c.subjectEntityId ?? (c.subject === UNKNOWN_SUBJECT ? null : c.subject);
    if (key === null) { orphans.push(c); continue; }
    const bucket = known.get(key);
    if (bucket) bucket.claims.push(c);
    else known.set(key, { key, claims: [c], script: scriptOf(c.subject), words: words(c.subject) });
  }
  // Names that entity linking did not join — in two scripts, or a short form ("Lingyun" of
  // "Lingyun Interactive") — are one subject when their figures agree.
  let buckets = [...known.values()].sort(bigger);
  for (let i = 0; i < buckets.length; i++) {
    for (let j = i + 1; j < buckets.length; j++) {
      const [a, b] = [buckets[i]!, buckets[j]!];
      if ((a.script === b.script && !shortForm(a.words, b.words)) || !figuresOf(b.claims).some((c) => agreesWith(c, a.claims))) continue;
      for (const c of b.claims) a.claims.push(c);
      buckets.splice(j--, 1);
    }
  }
  buckets = buckets.sort(bigger);
  const home = new Map<string, Claim[]>();
  const groups: Claim[][] = buckets.map((b) => b.claims);
  const orphanGroup: Claim[] = [];
  for (const c of orphans) {
    (homeOf(c, groups) ?? orphanGroup).push(c);
  }
  if (orphanGroup.length > 0) groups.push(orphanGroup);
  for (const g of groups) for (const c of g) home.set(c.id, g);
  for (const c of glosses) {
    const target = (c.glossOf && home.get(c.glossOf)) ?? homeOf(c, groups);
    if (target) target.push(c);
    else { groups.push([c]); home.set(c.id, groups[groups.length - 1]!); }
  }
  return groups.filter((g) => g.length > 0);
}

/** Claims agreeing with each other (single link), the ones about most articles first. */
function agreeingClusters(claims: Claim[]): Claim[][] {
  const clusters: Claim[][] = [];
  const index = new LowestOwnerIndex(); // each figure placed so far, by the first cluster holding it
  const firstHolder = new Map<string, number>();
  for (const c of claims) {
    const key = figureKey(c);
    // The first cluster (in the order they were made) holding a figure that agrees with c.
    let first = index.lowest(c);
    if (first >= 0) clusters[first]!.push(c);
    else { first = clusters.length; clusters.push([c]); }
    // A figure already held by an earlier cluster adds nothing a later query could prefer.
    if ((firstHolder.get(key) ?? Number.POSITIVE_INFINITY) > first) { firstHolder.set(key, first); index.add(c, first); }
  }
  return clusters.sort((a, b) => articlesOf(b) - articlesOf(a) || b.length - a.length);
}

/** Figures that all name another object than the main figures and disagree with them: a different quantity. */
function byObject(claims: Claim[]): Claim[][] {
  if (claims.length < 2) return [claims];
  const [main, ...rest] = agreeingClusters(claims);
  const mainObjects = new Set(main!.map((c) => c.objectEntityId).filter(Boolean));
  const kept = [...main!];
  const apart: Claim[][] = [];
  for (const cluster of rest) {
    const objects = cluster.map((c) => c.objectEntityId);
    const scaled = figuresOf(cluster).some((c) => figuresOf(main!).some((m) => m.unit === c.unit && scaleStep(m.value, c.value) > 0));
    if (mainObjects.size > 0 && !scaled && objects.every((o) => o && !mainObjects.has(o))) apart.push(cluster);
    else for (const c of cluster) kept.push(c);
  }
  return [kept, ...apart];
}

/** Claims grouped into facts: story, measure (and an investment's topic), then subject, then object. */
export function groupIntoFacts(claims: Claim[]): Claim[][] {
  const byMeasure = new Map<string, Claim[]>();
  for (const c of [...claims].sort(byPosition)) {
    // A topic names the sector an investment goes to; for other measures (a price, damage) it is no part of identity.
    const key = `${c.story}|${c.measureKey}|${LEGACY_MEASURES.has(c.predicate) ? c.topic ?? '' : ''}`;
    const group = byMeasure.get(key);
    if (group) group.push(c);
    else byMeasure.set(key, [c]);
  }
  const out: Claim[][] = [];
  for (const key of [...byMeasure.keys()].sort()) {
    for (const subjectGroup of bySubject(byMeasure.get(key)!)) {
      for (const g of byObject(subjectGroup)) out.push(g.sort(byPosition));
    }
  }
  return out;
}
