// Stories: articles that share named entities, figures and dates within a time window
// belong to one story (Topic Detection and Tracking, without translation: canonical entity
// ids and figures need none). Two articles are linked when the evidence they share weighs
// enough for the days between them; a story is a connected group of linked articles, so
// the result does not depend on the order articles arrive in. Two dated articles must also
// share a specific name of a person, organisation or thing (in two scripts, the canonical
// entity both names resolve to): figures, dates and places alone recur across unrelated
// stories (a round $1 billion, the day before yesterday, the city a hundred stories happen
// in), and single links over them chain a busy month of news into one story. Story ids hash the id of
// their first published article. Facts are built within a story, so two equal figures of two
// unrelated stories never meet.

import { createHash } from 'node:crypto';
import { grown } from './grown.ts';
import { Int32Chunks } from './int32-chunks.ts';
import { collectBetweenSteps } from '../heap-growth.ts';
import type { ArticleInput, MentionInput } from './types.ts';

/**
 * Weight of one shared feature. A figure is weaker than a name: round numbers recur across
 * stories. So is a city, province, state or other place below a country between two dated
 * articles: it says where something happened, and a busy city is where many unrelated stories
 * happen in the same weeks (an article that cannot be placed in time is still joined by it).
 */
const WEIGHT = { entity: 1, place: 0.5, figure: 0.5, date: 0.5 } as const;
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
/**
 * StoryFinder.find links an undated article feature by feature, never summing what it shares:
 * exact while any one feature (a country or region at its undated weight) reaches
 * UNDATED_MIN_SCORE and a name alone meets some link rule. Checked once here, so weights that
 * would need those sums fail loudly instead of quietly linking less.
 */
if (Math.min(...Object.values(WEIGHT), GENERIC_WEIGHT_UNDATED) < UNDATED_MIN_SCORE || !LINK_RULES.some((r) => WEIGHT.entity >= r.minScore)) {
  throw new Error('stories.ts: every feature alone must reach UNDATED_MIN_SCORE and a name alone a link rule (undated articles are linked feature by feature)');
}
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

/**
 * The features the canonical ids of an article's entities give: a country or region (`g|`,
 * counted between undated articles only), another place (`p|`: weighed between dated
 * articles, never linking them alone) and a name of a person, organisation or anything else (`e|`).
 */
export const entityIdFeatures = (ids: readonly string[]): [string, number][] => ids.map((id) =>
  GENERIC_PLACE.test(id) ? [`g|${id}`, WEIGHT.entity] : id.startsWith('place:') ? [`p|${id}`, WEIGHT.place] : [`e|${id}`, WEIGHT.entity]);

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
 * (one per distinct feature of the store), not as its own map of strings, all of them in one
 * list of 32-bit integers kept in fixed-size chunks (Int32Chunks), article after article (where
 * each article's run ends is kept, not its index beside every feature).
 */
export class StoryFinder {
  private readonly articles: ArticleInput[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  /** A feature's weight, as its first holder gives it (a feature's kind fixes it). */
  private readonly weights: number[] = [];
  /** How many articles hold each feature. */
  private readonly counts: number[] = [];
  /** The features of every article, in the order met. */
  private features = new Int32Chunks();
  /** Where each article's features end in `features`. */
  private ends = new Int32Array(1024);

  add(article: ArticleInput, features: ReadonlyMap<string, number>): void {
    const index = this.articles.push(article) - 1;
    for (const [key, weight] of features) {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keys.push(key) - 1;
        this.keyIds.set(key, id);
        this.weights.push(weight);
        this.counts.push(0);
      }
      this.counts[id]!++;
      this.features.push(id);
    }
    if (index === this.ends.length) this.ends = grown(this.ends);
    this.ends[index] = this.features.length;
  }

  /** The articles holding each feature, in the order they were added: one array, a feature's run of it found by offset. */
  private holderLists(): (id: number) => Int32Array {
    const { counts, features, ends } = this;
    const offsets = new Int32Array(counts.length + 1);
    for (let id = 0; id < counts.length; id++) offsets[id + 1] = offsets[id]! + counts[id]!;
    const flat = new Int32Array(features.length);
    const next = offsets.slice(0, counts.length);
    for (let article = 0, k = 0; article < this.articles.length; article++) {
      for (; k < ends[article]!; k++) flat[next[features.at(k)]!++] = article;
    }
    // What was met is not needed again: the lists hold it.
    [this.features, this.ends] = [new Int32Chunks(), new Int32Array(0)];
    return (id) => flat.subarray(offsets[id]!, offsets[id + 1]!);
  }

  /** The story of every article met. Once: the features met are let go as they are listed by holder. */
  find(): Map<string, string> {
    if (this.articles.length > 0 && this.ends.length === 0) throw new Error('StoryFinder.find: stories are found once per finder');
    const { articles, keys, weights, counts } = this;
    const holders = this.holderLists();
    // The features just let go are typed arrays, whose memory only a full collection returns (when the process allows one).
    collectBetweenSteps();
    const common = Math.max(COMMON_FLOOR, Math.ceil(COMMON_SHARE * articles.length));
    const undated = articles.map((a) => !dated(a.published));
    const day = articles.map((a, i) => (undated[i] ? 0 : Date.parse(a.published!.slice(0, 10)) / DAY));
    const parent = articles.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    const union = (a: number, b: number) => {
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    const kind = (id: number) => keys[id]![0];
    // A feature held by more than `common` articles is background, except countries and regions,
    // which count only between undated articles.
    const counted = (id: number) => counts[id]! >= 2 && (kind(id) === 'g' || counts[id]! <= common);
    const byDay = (x: number, y: number) => day[x]! - day[y]!;

    // Stories are the groups of articles joined by pairs whose whole shared weight suffices for
    // the days between them, whatever order pairs are met in. First the pairs one feature links
    // alone, without walking pairs: any two undated holders of a feature; an undated holder of a
    // name or place with every holder of it (it cannot be placed in time); two dated holders of a
    // name within the nearest window, which in day order are chained by the gaps between neighbours.
    const nameAlone = Math.max(...LINK_RULES.filter((r) => WEIGHT.entity >= r.minScore).map((r) => r.maxDays));
    /** Names all of whose holders are dated: their lists of holders are put in day order in place (what follows reads each list as a set). */
    const names: number[] = [];
    for (let id = 0; id < keys.length; id++) {
      if (!counted(id)) continue;
      const list = holders(id);
      const loose = list.filter((i) => undated[i]);
      for (let k = 1; k < loose.length; k++) union(loose[0]!, loose[k]!);
      if (kind(id) !== 'e' && kind(id) !== 'p') continue;
      if (loose.length > 0) { for (const i of list) union(loose[0]!, i); continue; }
      if (kind(id) === 'p') continue;
      const sorted = list.sort(byDay);
      for (let k = 1; k < sorted.length; k++) if (day[sorted[k]!]! - day[sorted[k - 1]!]! <= nameAlone) union(sorted[k - 1]!, sorted[k]!);
      names.push(id);
    }

    // Then dated pairs further apart than one name links alone, up to the farthest window: they
    // need the whole weight of what they share, names, figures and dates together. Each article's
    // counted features are listed once, names first, so a pair is weighed at its first shared name
    // only, and only when it is not in one story already. Memory stays one list per article, not
    // one entry per pair, and a name's pairs are walked within the window, not across all its holders.
    const farthest = Math.max(...LINK_RULES.map((r) => r.maxDays));
    const order = keys.map((_, id) => id).filter((id) => counted(id) && kind(id) !== 'g').sort((x, y) => Number(kind(y) === 'e') - Number(kind(x) === 'e') || x - y);
    // Each dated article's counted features in that order, all in one array: an article's run of it found by offset.
    const starts = new Int32Array(articles.length + 1);
    for (const id of order) for (const i of holders(id)) if (!undated[i]) starts[i + 1]!++;
    for (let i = 0; i < articles.length; i++) starts[i + 1]! += starts[i]!;
    const listed = new Int32Array(starts[articles.length]!);
    const fill = starts.slice(0, articles.length);
    for (const id of order) for (const i of holders(id)) if (!undated[i]) listed[fill[i]!++] = id;
    const rank = new Int32Array(keys.length);
    order.forEach((id, r) => (rank[id] = r));
    /** The weight two articles share, or -1 when their first shared name is not `name` (the pair is weighed there). */
    const sharedWeight = (a: number, b: number, name: number): number => {
      let score = 0;
      let first = true;
      for (let x = starts[a]!, y = starts[b]!, xEnd = starts[a + 1]!, yEnd = starts[b + 1]!; x < xEnd && y < yEnd;) {
        const [rx, ry] = [rank[listed[x]!]!, rank[listed[y]!]!];
        if (rx < ry) x++;
        else if (rx > ry) y++;
        else {
          if (first && listed[x] !== name) return -1;
          first = false;
          score += weights[listed[x]!]!;
          x++; y++;
        }
      }
      return score;
    };
    for (const id of names) {
      const list = holders(id);
      const root = find(list[0]!);
      if (list.every((i) => find(i) === root)) continue;
      let from = 0;
      for (let x = 0; x < list.length; x++) {
        const a = list[x]!;
        while (from < list.length && day[list[from]!]! - day[a]! <= nameAlone) from++;
        for (let y = from; y < list.length && day[list[y]!]! - day[a]! <= farthest; y++) {
          const b = list[y]!;
          if (find(a) === find(b)) continue;
          const days = day[b]! - day[a]!;
          const score = sharedWeight(a, b, id);
          if (LINK_RULES.some((r) => score >= r.minScore && days <= r.maxDays)) union(a, b);
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
