// Stories: articles that share named entities, figures and dates within a time window
// belong to one story (Topic Detection and Tracking, without translation: canonical entity
// ids and figures need none). Two articles are linked when the evidence they share weighs
// enough for the days between them; a story is a connected group of linked articles, so
// the result does not depend on the order articles arrive in. Two dated articles must also
// share a specific name (in two scripts, the canonical entity both names resolve to): figures
// and dates alone recur across unrelated stories (a round $1 billion, the day before
// yesterday), and single links over them chain a busy week of news into one story. Story ids hash the id of
// their first published article. Facts are built within a story, so two equal figures of two
// unrelated stories never meet.

import { createHash } from 'node:crypto';
import type { ArticleInput, MentionInput } from './types.ts';

/** Weight of one shared feature. A figure is weaker than a name: round numbers recur across stories. */
const WEIGHT = { entity: 1, figure: 0.5, date: 0.5 } as const;
/** Evidence needed by the days between two articles' published dates. */
const LINK_RULES: readonly { maxDays: number; minScore: number }[] = [
  { maxDays: 45, minScore: 1 },
  { maxDays: 180, minScore: 3 },
];
/**
 * Two articles without published dates cannot be placed in time: any name they share links
 * them, a country or region at half weight (the degenerate case is one story, as before stories).
 */
const UNDATED_MIN_SCORE = 0.5;
const GENERIC_WEIGHT_UNDATED = 0.5;
/** Places that stand for whole countries or regions say little about which story an article tells. */
const GENERIC_PLACE = /^place:(?:[a-z]{2}|europe|asia|africa|americas?|north-america|south-america|oceania|middle-east)$/;
/** A feature more common than this (in share of articles, and at least the floor) is background, not a story. */
const COMMON_SHARE = 0.05;
const COMMON_FLOOR = 8;

const DAY = 86_400_000;
/** Whether a published date can be placed in time ("XXXX-03-11", without a year, cannot). */
const dated = (d: string | null) => !!d && /^\d{4}-\d{2}-\d{2}/.test(d);
const figureKey = (value: number, unit: string) => `${unit}:${Number(value.toPrecision(4))}`;

/** The features an article's figures and dates give: its own, whatever the rest of the store says. */
export function figureFeatures(mentions: readonly MentionInput[]): [string, number][] {
  const features = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind === 'money' && m.valueNumber !== null && m.currency && m.valueNumber >= 1e5) {
      features.set(`f|${figureKey(m.min ?? m.valueNumber, m.currency)}`, WEIGHT.figure);
    } else if (m.kind === 'date' && m.valueText && /^\d{4}-\d{2}-\d{2}$/.test(m.valueText)) {
      features.set(`d|${m.valueText}`, WEIGHT.date);
    }
  }
  return [...features];
}

/** The features an article's named entities give, by canonical id. */
export function entityFeatures(mentions: readonly MentionInput[], entityOf: (m: MentionInput) => string | null | undefined): [string, number][] {
  const ids: string[] = [];
  for (const m of mentions) {
    if (m.kind !== 'entity') continue;
    const id = entityOf(m);
    if (id) ids.push(id);
  }
  return entityIdFeatures(ids);
}

/** The features the canonical ids of an article's entities give. */
export const entityIdFeatures = (ids: readonly string[]): [string, number][] => ids.map((id) => [GENERIC_PLACE.test(id) ? `g|${id}` : `e|${id}`, WEIGHT.entity]);

/** Every feature of an article, from all its mentions. */
export function featuresOf(mentions: readonly MentionInput[], entityOf: (m: MentionInput) => string | null | undefined): Map<string, number> {
  return new Map([...entityFeatures(mentions, entityOf), ...figureFeatures(mentions)]);
}

/** When an article was published, for ordering: undated articles after every dated one. */
const publishedKey = (a: ArticleInput) => (dated(a.published) ? a.published!.slice(0, 10) : '~');

/**
 * The article a story is named after: its first published (ties to the smaller id). Later
 * articles joining the story leave its id as it was, so an hourly drop does not rename
 * every story it adds to; only merging two stories, or an older article arriving, does.
 */
function anchorOf(story: readonly ArticleInput[]): ArticleInput {
  return story.reduce((best, a) => {
    const [x, y] = [publishedKey(a), publishedKey(best)];
    return x < y || (x === y && a.id < best.id) ? a : best;
  });
}

/** Story id of every article. */
export function findStories(articles: readonly ArticleInput[], featuresOfArticle: (article: ArticleInput) => Map<string, number>): Map<string, string> {
  const finder = new StoryFinder();
  for (const article of articles) finder.add(article, featuresOfArticle(article));
  return finder.find();
}

/**
 * Stories found from articles met one at a time: each article's features are kept as numbers
 * (one per distinct feature of the store), not as its own map of strings.
 */
export class StoryFinder {
  private readonly articles: ArticleInput[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  /** A feature's weight, as its first holder gives it (a feature's kind fixes it). */
  private readonly weights: number[] = [];
  /** The articles holding each feature, in the order they were added. */
  private readonly holders: number[][] = [];

  add(article: ArticleInput, features: ReadonlyMap<string, number>): void {
    const index = this.articles.push(article) - 1;
    for (const [key, weight] of features) {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keys.push(key) - 1;
        this.keyIds.set(key, id);
        this.weights.push(weight);
        this.holders.push([]);
      }
      this.holders[id]!.push(index);
    }
  }

  find(): Map<string, string> {
    const { articles, keys, weights, holders } = this;
    const common = Math.max(COMMON_FLOOR, Math.ceil(COMMON_SHARE * articles.length));
    // Shared weight per pair, from the features both hold (countries and regions only between undated
    // articles). A pair is linked as soon as its weight suffices; pairs already in one story are skipped.
    // Linking only ever needs more weight, so the stories are the groups of articles joined by pairs
    // whose whole shared weight suffices, whatever order the features are walked in. Names are walked
    // first, so a pair that could never link (too far apart, or dated and sharing no name) is known when
    // figures and dates reach it, and is not kept: at hundreds of articles a day, a date or a round
    // figure is shared by thousands of pairs.
    const undated = articles.map((a) => !dated(a.published));
    const day = articles.map((a, i) => (undated[i] ? 0 : Date.parse(a.published!.slice(0, 10)) / DAY));
    const parent = articles.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const shared = new Map<number, number>();
    /** Pairs that share a specific name, not yet linked. */
    const named = new Set<number>();
    const farthest = Math.max(...LINK_RULES.map((r) => r.maxDays));
    const isName = (id: number) => keys[id]!.startsWith('e|');
    const byKey = keys.map((_, id) => id).sort((x, y) => Number(isName(y)) - Number(isName(x)) || (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : 0));
    for (const id of byKey) {
      const list = holders[id]!;
      const generic = keys[id]!.startsWith('g|');
      const specific = isName(id);
      if (list.length < 2 || (!generic && list.length > common)) continue;
      const w = generic ? GENERIC_WEIGHT_UNDATED : weights[id]!;
      const members = generic ? list.filter((i) => undated[i]) : list;
      // Holders already in one story have nothing left to link: the pairs need not be walked.
      const first = members.length > 0 ? find(members[0]!) : -1;
      if (members.every((i) => find(i) === first)) continue;
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const [a, b] = [members[x]!, members[y]!];
          const [ra, rb] = [find(a), find(b)];
          if (ra === rb) continue;
          const pair = a * articles.length + b;
          const bothUndated = undated[a] && undated[b];
          const days = undated[a] || undated[b] ? 0 : Math.abs(day[a]! - day[b]!);
          const name = specific || named.has(pair);
          if (!bothUndated && (days > farthest || !name)) continue;
          const score = (shared.get(pair) ?? 0) + w;
          const linked = bothUndated ? score >= UNDATED_MIN_SCORE : LINK_RULES.some((r) => score >= r.minScore && days <= r.maxDays);
          if (linked) { parent[Math.max(ra, rb)] = Math.min(ra, rb); shared.delete(pair); named.delete(pair); }
          else { shared.set(pair, score); if (specific) named.add(pair); }
        }
      }
    }
    const members = new Map<number, ArticleInput[]>();
    articles.forEach((a, i) => (members.get(find(i)) ?? members.set(find(i), []).get(find(i))!).push(a));
    const storyOf = new Map<string, string>();
    for (const story of members.values()) {
      const id = `story_${createHash('sha256').update(anchorOf(story).id).digest('hex').slice(0, 12)}`;
      for (const a of story) storyOf.set(a.id, id);
    }
    return storyOf;
  }
}
