// The `stories` shape of the bench drop (scripts/bench-drop.ts): a dated, high-volume news
// feed made of many bounded stories, as real hourly drops are. A timeline publishes
// ARTICLES_PER_DAY articles a day from TIMELINE_START on, in publication order; stories
// start over time, run for one to STORY_DAYS.max days, and have sizes with a long tail
// (STORY_SIZE: a Pareto law, so most stories have 1–5 articles and a few have 50 or more);
// each article of a day belongs to one of the stories active that day. A story has its own
// names (bench-story-names.ts) and its own figures: a pool of money amounts and of dates
// near its days and further off (past deals, deadlines). An article states its publication
// date in its header, where the ingest reads it (pipeline/ingest/published-text.ts), and
// mostly its story's figures (now and then rounded, or with a scale slip, as coverage
// does), a few random ones, its story's names and a dozen common background names.
// The timeline (which story each article is of, each story's names and figures) comes from
// the drop's seed; the texts from the writer's own generator, so an hourly drop continues
// the base drop's timeline (the next hour's news) while writing its texts from its own seed.

import { seededRandom, type BenchDensity } from './bench-background.ts';
import { storyNames, type StoryNames } from './bench-story-names.ts';
import { dateOf, storyParagraphs, TIMELINE_START, type StoryVoice } from './bench-story-text.ts';

export { TIMELINE_START };

/** Articles published per day: a high-volume feed (about twelve an hour). */
export const ARTICLES_PER_DAY = 300;
/** Story sizes in articles: floor(U^(-1/alpha)), capped. P(size ≥ 50) ≈ 0.9 %. */
export const STORY_SIZE = { alpha: 1.2, max: 300 } as const;
/** Days a story runs: 1 + log2(size), less up to one day, within these bounds. */
export const STORY_DAYS = { min: 1, max: 7 } as const;
/** Shares of an article's figures taken from its story's pools, and how a pooled amount is misstated. */
const POOLED_SHARE = 0.88;
const ROUNDED_SHARE = 0.1;
const SCALE_SLIP_SHARE = 0.04;

/** A story as the timeline plans it; its names and figures are drawn when first written. */
export interface StoryPlan {
  number: number;
  size: number;
  startDay: number;
  endDay: number;
  remaining: number;
  story?: Story;
}

export interface Story {
  names: StoryNames;
  /** Money amounts in US dollars. */
  amounts: number[];
  /** Days from TIMELINE_START (negative before it). */
  days: number[];
}

/** The story generator of story `number` of the timeline seeded with `seed`: it depends on nothing else. */
const storyRandom = (seed: number, number: number) => seededRandom((seed ^ Math.imul(number + 1, 0x9e3779b1)) >>> 0);

function drawStory(seed: number, plan: StoryPlan): Story {
  const random = storyRandom(seed, plan.number);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const names = storyNames(random);
  const amounts = Array.from({ length: int(10, 20) }, () => (random() < 0.5 ? int(100, 999) : int(1000, 9999) / 10) * 10 ** int(4, 8));
  const near = Array.from({ length: int(3, 5) }, () => int(plan.startDay - 5, plan.endDay + 3));
  const far = Array.from({ length: int(2, 5) }, () => plan.startDay + int(-1100, 1100));
  return { names, amounts, days: [...near, ...far] };
}

/**
 * Which story each article of the timeline belongs to, article by article in publication
 * order. Each day, every active story is given its share of what it has left over the days
 * it has left, and new stories start until the day's articles are all given.
 */
export class StoryTimeline {
  private readonly random: () => number;
  private day = -1;
  private active: StoryPlan[] = [];
  private slots: StoryPlan[] = [];
  private started = 0;

  constructor(private readonly seed: number) {
    this.random = seededRandom((seed ^ 0x51ed270b) >>> 0);
  }

  /** The next article's story and publication day. */
  next(): { plan: StoryPlan; day: number } {
    while (this.slots.length === 0) this.planDay();
    return { plan: this.slots.pop()!, day: this.day };
  }

  /** The story's names and figures. */
  story(plan: StoryPlan): Story {
    return (plan.story ??= drawStory(this.seed, plan));
  }

  private startStory(): StoryPlan {
    const size = Math.min(STORY_SIZE.max, Math.floor((1 - this.random()) ** (-1 / STORY_SIZE.alpha)));
    const days = Math.min(STORY_DAYS.max, Math.max(STORY_DAYS.min, 1 + Math.floor(Math.log2(size)) - Math.floor(this.random() * 2)));
    return { number: this.started++, size, startDay: this.day, endDay: this.day + days - 1, remaining: size };
  }

  private planDay(): void {
    this.day++;
    this.active = this.active.filter((plan) => plan.remaining > 0);
    const share = (plan: StoryPlan) => Math.ceil(plan.remaining / Math.max(1, plan.endDay - this.day + 1));
    let wanted = this.active.reduce((sum, plan) => sum + share(plan), 0);
    while (wanted < ARTICLES_PER_DAY) {
      const plan = this.startStory();
      this.active.push(plan);
      wanted += share(plan);
    }
    const slots: StoryPlan[] = [];
    for (const plan of this.active) {
      const today = Math.min(share(plan), ARTICLES_PER_DAY - slots.length);
      for (let i = 0; i < today; i++) slots.push(plan);
      plan.remaining -= today;
      if (plan.remaining > 0 && plan.endDay <= this.day) plan.endDay = this.day + 1; // crowded out: one more day
    }
    // Shuffled, then taken from the end: the day's articles interleave their stories.
    for (let i = slots.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
    this.slots = slots;
  }
}

/** YYYY-MM-DD of a timeline day. */
export const isoDay = (day: number) => dateOf(day).toISOString().slice(0, 10);

/** Article n of a story, published on `day`: a headline, a header with its date, and paragraphs. */
export function storyArticle(n: number, story: Story, day: number, random: () => number, targetBytes = 5000, density: BenchDensity = 'dense'): { text: string; lang: 'en' | 'zh' } {
  const lang = n % 3 === 2 ? 'zh' : 'en';
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pooled = (list: readonly number[]) => list[Math.floor(random() * list.length)]!;
  const voice: StoryVoice = {
    lang, n, story, random, publishedDay: day,
    amount: () => {
      if (random() >= POOLED_SHARE) return { value: int(100, 999) * 10 ** int(4, 8) };
      const value = pooled(story.amounts);
      const roll = random();
      if (roll < ROUNDED_SHARE) return { value: Number(value.toPrecision(2)) };
      if (roll < ROUNDED_SHARE + SCALE_SLIP_SHARE) return { value, slip: true };
      return { value };
    },
    day: () => (random() < POOLED_SHARE ? pooled(story.days) : day + int(-2000, 2000)),
  };
  const { title, header, paragraphs: source } = storyParagraphs(voice);
  const paragraphs: string[] = [];
  let bytes = Buffer.byteLength(title) + Buffer.byteLength(header);
  while (bytes < targetBytes) {
    const p = source(density);
    paragraphs.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return { text: `${title}\n${header}\n\n${paragraphs.join('\n\n')}\n`, lang };
}

/** The stories of the first `count` articles of a timeline: article number, story number, day. */
export function storyListing(count: number, seed: number): { n: number; story: number; day: number }[] {
  const timeline = new StoryTimeline(seed);
  return Array.from({ length: count }, (_, n) => {
    const { plan, day } = timeline.next();
    return { n, story: plan.number, day };
  });
}

/** Articles first … first + count − 1 of the timeline seeded `seed`, their texts drawn from `random`. */
export function* storyArticles(first: number, count: number, seed: number, random: () => number, density: BenchDensity): Generator<{ n: number; story: number; day: number; text: string; lang: 'en' | 'zh' }> {
  const timeline = new StoryTimeline(seed);
  for (let i = 0; i < first; i++) timeline.next();
  for (let n = first; n < first + count; n++) {
    const { plan, day } = timeline.next();
    yield { n, story: plan.number, day, ...storyArticle(n, timeline.story(plan), day, random, 5000, density) };
  }
}
