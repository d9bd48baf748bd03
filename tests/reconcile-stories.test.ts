// Stories: which articles are compared at all. Dated articles link only through a shared
// name (figures and cities add to it), time apart asks for more evidence, countries link only undated
// articles, and the grouping does not depend on input order. Then, through reconcile(), two equal figures of unrelated
// stories stay two facts while the same figure in one story (two languages) is one.

import { describe, expect, test } from 'vitest';
import { reconcile } from '../pipeline/reconcile/index.ts';
import { featuresOf, findStories, StoryFinder } from '../pipeline/reconcile/stories.ts';
import type { ArticleInput, MentionInput } from '../pipeline/reconcile/types.ts';
import { extractMoney } from '../extractors/money/index.ts';

let nextId = 1;
const name = (articleId: string, entityId: string, type = 'org'): MentionInput => ({
  id: nextId++, articleId, kind: 'entity', start: 0, end: 1, text: entityId, rule: 't', valueNumber: null, valueText: null, currency: null,
  qualifier: null, min: null, max: null, entityType: type, entityId,
});
const figure = (articleId: string, value: number, currency: string): MentionInput => ({
  id: nextId++, articleId, kind: 'money', start: 0, end: 1, text: String(value), rule: 't', valueNumber: value, valueText: null, currency,
  qualifier: 'exact', min: null, max: null, entityType: null, entityId: null,
});
const article = (id: string, published: string | null, lang: 'en' | 'zh' = 'en'): ArticleInput => ({ id, path: `${id}.txt`, lang, text: '', published });

function stories(articles: ArticleInput[], mentions: MentionInput[]): string[][] {
  const byArticle = new Map<string, MentionInput[]>();
  for (const m of mentions) byArticle.set(m.articleId, [...(byArticle.get(m.articleId) ?? []), m]);
  const storyOf = findStories(articles, (a) => featuresOf(byArticle.get(a.id) ?? [], (m) => m.entityId));
  const groups = new Map<string, string[]>();
  for (const a of articles) groups.set(storyOf.get(a.id)!, [...(groups.get(storyOf.get(a.id)!) ?? []), a.id]);
  return [...groups.values()].map((g) => g.sort()).sort();
}

describe('stories', () => {
  test('one shared name within weeks links two articles; one shared figure does not', () => {
    const articles = [article('a', '2025-05-12'), article('b', '2025-05-20'), article('c', '2025-06-10')];
    const mentions = [name('a', 'org:kestrel-cells'), name('b', 'org:kestrel-cells'), figure('a', 1.25e9, 'EUR'), figure('c', 1.25e9, 'EUR')];
    expect(stories(articles, mentions)).toEqual([['a', 'b'], ['c']]);
  });

  test('dated articles need a shared name: figures and dates alone link only undated ones', () => {
    const figures = (ids: string[]) => ids.flatMap((id) => [figure(id, 1e9, 'USD'), figure(id, 3e8, 'USD'), figure(id, 2.5e7, 'USD')]);
    const dated = [article('a', '2025-05-12'), article('b', '2025-05-13'), article('c', '2025-05-14', 'zh')];
    expect(stories(dated, figures(['a', 'b', 'c']))).toEqual([['a'], ['b'], ['c']]);
    expect(stories(dated, [...figures(['a', 'b', 'c']), name('b', 'org:harbour-board'), name('c', 'org:harbour-board')])).toEqual([['a'], ['b', 'c']]);
    expect(stories([article('a', null), article('b', null)], figures(['a', 'b']))).toEqual([['a', 'b']]);
  });

  test('months apart, figures need a name beside them, whichever is met first', () => {
    const far = [article('a', '2025-03-09'), article('b', '2025-06-20')];
    const figures = ['a', 'b'].flatMap((id) => [1e9, 3e8, 2.5e7, 4.1e6].map((v) => figure(id, v, 'USD')));
    expect(stories(far, figures)).toEqual([['a'], ['b']]);
    // The name's feature sorts before the figures' ('e|' < 'f|'): its evidence is kept until they add up.
    expect(stories(far, [...figures, name('a', 'org:tide-mills'), name('b', 'org:tide-mills')])).toEqual([['a', 'b']]);
  });

  test('months apart, one shared name is not enough; a name, a city and three figures are', () => {
    const far = [article('a', '2025-03-09'), article('b', '2025-07-02')];
    expect(stories(far, [name('a', 'person:luo-feng', 'person'), name('b', 'person:luo-feng', 'person')])).toEqual([['a'], ['b']]);
    const both = (m: (id: string) => MentionInput) => [m('a'), m('b')];
    const mentions = [...both((id) => name(id, 'person:luo-feng', 'person')), ...both((id) => name(id, 'place:hefei', 'place')),
      ...both((id) => figure(id, 1.85e11, 'CNY')), ...both((id) => figure(id, 1.2e10, 'CNY'))];
    // A city weighs what a figure does: 1 + 0.5 + 0.5 + 0.5 falls short of 3, a third figure reaches it.
    expect(stories(far, mentions)).toEqual([['a'], ['b']]);
    expect(stories(far, [...mentions, ...both((id) => figure(id, 4.4e9, 'CNY'))])).toEqual([['a', 'b']]);
  });

  test('a city shared in the same week does not link two dated stories; with a shared name it adds weight', () => {
    const week = [article('a', '2025-04-01'), article('b', '2025-04-03', 'zh')];
    const city = (ids: string[]) => ids.map((id) => name(id, 'place:shenzhen', 'place'));
    expect(stories(week, city(['a', 'b']))).toEqual([['a'], ['b']]);
    expect(stories(week, [...city(['a', 'b']), name('a', 'org:pearl-cells'), name('b', 'org:pearl-cells')])).toEqual([['a', 'b']]);
    // An article that cannot be placed in time is joined by the city, to undated and dated articles alike.
    expect(stories([article('a', null), article('b', null)], city(['a', 'b']))).toEqual([['a', 'b']]);
    expect(stories([...week, article('c', null)], city(['a', 'b', 'c']))).toEqual([['a', 'b', 'c']]);
  });

  test('a shared country links undated articles only', () => {
    const mentions = (ids: string[]) => ids.map((id) => name(id, 'place:jp', 'place'));
    expect(stories([article('a', null), article('b', null)], mentions(['a', 'b']))).toEqual([['a', 'b']]);
    expect(stories([article('a', '2025-01-01'), article('b', '2025-01-02')], mentions(['a', 'b']))).toEqual([['a'], ['b']]);
  });

  test('the same stories whatever order the articles come in', () => {
    const articles = [article('a', '2025-05-12'), article('b', '2025-05-20'), article('c', '2025-05-21'), article('d', '2025-09-01')];
    const mentions = [name('a', 'org:x'), name('b', 'org:x'), name('b', 'org:y'), name('c', 'org:y'), name('d', 'org:x')];
    expect(stories([...articles].reverse(), [...mentions].reverse())).toEqual(stories(articles, mentions));
    expect(stories(articles, mentions)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});

describe('stories over many articles', () => {
  // The stories the rules define, pair by pair: whatever the finder does to stay near-linear
  // (names chained by neighbours in time, pairs walked only within the window), it must agree.
  type Drawn = { article: ArticleInput; features: Map<string, number> };
  function pairwise(drawn: Drawn[]): string[][] {
    const common = Math.max(8, Math.ceil(0.05 * drawn.length));
    const holders = new Map<string, number>();
    for (const d of drawn) for (const key of d.features.keys()) holders.set(key, (holders.get(key) ?? 0) + 1);
    const parent = drawn.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    const day = (d: Drawn) => Date.parse(d.article.published!) / 86_400_000;
    drawn.forEach((a, i) => drawn.forEach((b, j) => {
      if (j <= i) return;
      const bothUndated = !a.article.published && !b.article.published;
      const oneUndated = !a.article.published || !b.article.published;
      let score = 0;
      let name = false;
      let place = false;
      for (const [key, weight] of a.features) {
        if (!b.features.has(key)) continue;
        if (key.startsWith('g|')) { if (bothUndated) score += 0.5; continue; }
        if (holders.get(key)! > common) continue;
        score += weight;
        name ||= key.startsWith('e|');
        place ||= key.startsWith('p|');
      }
      const days = a.article.published && b.article.published ? Math.abs(day(a) - day(b)) : 0;
      const linked = bothUndated ? score >= 0.5 : oneUndated ? name || place : name && ((days <= 45 && score >= 1) || (days <= 180 && score >= 3));
      if (linked) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }));
    const groups = new Map<number, string[]>();
    drawn.forEach((d, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), d.article.id]));
    return [...groups.values()].map((g) => g.sort()).sort();
  }

  test('equal to the stories pair-by-pair weighing gives, on random feeds of a year', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const names = ['e|org:a', 'e|org:b', 'e|person:c', 'e|place:d', 'e|org:e', 'e|org:f', 'g|place:jp', 'g|place:europe'];
    const others = ['f|USD:1000000000', 'f|CNY:300000000', 'f|EUR:25000000', 'd|2025-03-01', 'd|2025-06-30', 'p|place:h', 'p|place:k'];
    for (let round = 0; round < 60; round++) {
      const count = 10 + Math.floor(random() * 50);
      const drawn: Drawn[] = Array.from({ length: count }, (_, i) => {
        const day = Math.floor(random() * (round % 3 === 0 ? 400 : 90));
        const published = random() < 0.1 ? null : new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const features = new Map<string, number>();
        for (let k = Math.floor(random() * 4); k > 0; k--) features.set(pick(names), 1);
        for (let k = Math.floor(random() * 6); k > 0; k--) features.set(pick(others), 0.5);
        return { article: article(`a${i}`, published), features };
      });
      const finder = new StoryFinder();
      for (const d of drawn) finder.add(d.article, d.features);
      const storyOf = finder.find();
      const groups = new Map<string, string[]>();
      for (const d of drawn) groups.set(storyOf.get(d.article.id)!, [...(groups.get(storyOf.get(d.article.id)!) ?? []), d.article.id]);
      expect([...groups.values()].map((g) => g.sort()).sort(), `round ${round}`).toEqual(pairwise(drawn));
    }
  });
});

describe('facts within stories', () => {
  const moneyOf = (a: ArticleInput): MentionInput[] => extractMoney(a.text, { lang: a.lang }).map((m) => ({
    id: nextId++, articleId: a.id, kind: 'money', start: m.start, end: m.end, text: m.text, rule: m.rule, valueNumber: m.value,
    valueText: null, currency: m.currency, qualifier: m.qualifier, min: m.min ?? null, max: m.max ?? null, entityType: null, entityId: null,
  }));

  test('two unrelated $300 million loans months apart stay two facts; the same loan in two languages is one', () => {
    const articles: ArticleInput[] = [
      { id: 'a1', path: 'a1.txt', lang: 'en', text: 'The port operator will draw a $300 million loan to rebuild its quays.', published: '2025-01-10' },
      { id: 'a2', path: 'a2.txt', lang: 'zh', text: '该港口运营商将借入3亿美元的贷款重建码头。', published: '2025-01-11' },
      { id: 'b1', path: 'b1.txt', lang: 'en', text: 'A hospital group will draw a $300 million loan for new wards.', published: '2025-08-03' },
    ];
    const mentions = articles.flatMap((a) => [...moneyOf(a), ...(a.id.startsWith('a') ? [name(a.id, 'org:harbour-board')] : [name(a.id, 'org:ward-trust')])]);
    const result = reconcile({ articles, mentions, roles: [] });
    const factOf = (articleId: string) => result.facts.find((f) => result.claims.some((c) => c.articleId === articleId && f.verdicts.has(c.id)))!;
    expect(factOf('a1').id).toBe(factOf('a2').id);
    expect(factOf('b1').id).not.toBe(factOf('a1').id);
    expect(factOf('a1')).toMatchObject({ measure: 'loan', status: 'agreed', valueNumber: 3e8 });
  });
});
