// Reconciliation-side linking on invented articles: a misspelled or machine-translated
// name in the same role and story is flagged as a name variant of the person the other
// articles name (no gazetteer entry needed), relatives and other stories are not; and a
// Chinese-only and a Latin-only subject that state the same amount on the same day join
// through the figures, with the claims as evidence.

import { describe, expect, test } from 'vitest';
import { canonicalEntities, type CanonicalLayer } from '../pipeline/reconcile/entities.ts';
import { HanFigures, joinByFigures, linkByFigures, type FigureClaim } from '../pipeline/reconcile/figure-links.ts';
import { findStoryNameVariants } from '../pipeline/reconcile/names.ts';
import { withEntities } from '../pipeline/reconcile/phases.ts';
import type { ArticleInput, MentionInput } from '../pipeline/reconcile/types.ts';
import type { EntityType } from '../extractors/types.ts';

/** Articles from texts whose entity names are marked [[name|type]]. */
function build(docs: { id: string; lang: 'en' | 'zh'; published: string; text: string }[]) {
  const articles: ArticleInput[] = [];
  const mentions: MentionInput[] = [];
  for (const d of docs) {
    let text = '';
    let rest = d.text;
    for (let m = /\[\[([^|\]]+)\|(\w+)\]\]/.exec(rest); m; m = /\[\[([^|\]]+)\|(\w+)\]\]/.exec(rest)) {
      text += rest.slice(0, m.index);
      mentions.push({
        id: mentions.length + 1, articleId: d.id, kind: 'entity', start: text.length, end: text.length + m[1]!.length, text: m[1]!, rule: 'test',
        valueNumber: null, valueText: null, currency: null, qualifier: null, min: null, max: null, entityType: m[2] as EntityType, entityId: null,
      });
      text += m[1]!;
      rest = rest.slice(m.index + m[0].length);
    }
    articles.push({ id: d.id, path: `${d.id}.txt`, lang: d.lang, text: text + rest, published: d.published });
  }
  return { articles, mentions, layer: canonicalEntities(articles, mentions) };
}

describe('name variants by role and story', () => {
  const { articles, mentions, layer } = build([
    { id: 'n1', lang: 'en', published: '2026-02-02', text: '[[Zhou Haitao|person]], head of the [[Zhejiang|place]] finance department, met bankers in [[Hangzhou|place]].' },
    { id: 'n2', lang: 'en', published: '2026-02-03', text: 'Provincial finance chief [[Zhou Haitao|person]] said [[Zhejiang|place]] would issue bonds in [[Hangzhou|place]].' },
    { id: 'n3', lang: 'en', published: '2026-02-04', text: 'Provincial finance chief [[Zhou Haitai|person]] told reporters in [[Hangzhou|place]] that [[Zhejiang|place]] would borrow more.' },
    // Brothers in one family firm: close names, different roles.
    { id: 'r1', lang: 'en', published: '2026-02-02', text: '[[Wang Haoyu|person]], chairman of [[Xinghe Securities|org]], spoke in [[Hangzhou|place]].' },
    { id: 'r2', lang: 'en', published: '2026-02-02', text: 'Chairman [[Wang Haoyu|person]] of [[Xinghe Securities|org]] opened an office in [[Hangzhou|place]].' },
    { id: 'r3', lang: 'en', published: '2026-02-03', text: 'Vice chairman [[Wang Haoyun|person]] of [[Xinghe Securities|org]] was in [[Hangzhou|place]].' },
    // The same misspelling in an unrelated story, months later.
    { id: 'x1', lang: 'en', published: '2026-09-01', text: 'Finance chief [[Zhou Haitai|person]] of [[Norrland|place]] resigned in [[Umea|place]].' },
  ]);
  const conflicts = findStoryNameVariants({ articles, mentions: withEntities(layer, mentions), entities: layer.entities }, { labelOf: (a) => a });

  test('the misspelt finance chief is flagged against the person two articles name', () => {
    expect(conflicts.map((c) => [c.kind, c.canonical, c.variants[1]!.value, c.variants[1]!.articles])).toEqual([
      ['name_variant', 'Zhou Haitao', 'Zhou Haitai', ['n3']],
    ]);
    expect(conflicts[0]!.rule).toBe('name.variant.same-role-story.spelling');
    expect(conflicts[0]!.variants[0]!.articles).toEqual(['n1', 'n2']);
  });

  test('a relative with a different role and a namesake in another story are not flagged', () => {
    expect(conflicts.some((c) => c.canonical === 'Wang Haoyu' || c.variants.some((v) => v.articles.includes('x1')))).toBe(false);
  });

  test('a machine-translated name is compared with the Chinese form of the person', () => {
    const mt = build([
      { id: 'm1', lang: 'zh', published: '2026-04-01', text: '[[波尔图|place]]市长[[佩特拉·诺瓦克|person]]在[[里斯本|place]]表示。' },
      { id: 'm2', lang: 'en', published: '2026-04-01', text: 'Mayor [[Petra Novak|person]] of [[Porto|place]] spoke in [[Lisbon|place]].' },
      { id: 'm3', lang: 'en', published: '2026-04-02', text: '[[Porto|place]] Mayor [[Betra Nowag|person]] said in [[Lisbon|place]] that talks went well.' },
    ]);
    const found = findStoryNameVariants({ articles: mt.articles, mentions: withEntities(mt.layer, mt.mentions), entities: mt.layer.entities }, { labelOf: (a) => a });
    expect(found.map((c) => [c.canonical, c.variants[1]!.value])).toEqual([['Petra Novak', 'Betra Nowag']]);
  });
});

describe('a title glued to a name by the recogniser', () => {
  test('is not part of the name, and its role words count', () => {
    const t = build([
      { id: 'g1', lang: 'en', published: '2026-05-01', text: '[[Yunshan Labs|org]] was founded by [[Oskar Lindholm|person]] in [[Tampere|place]], near [[Pirkkala|place]].' },
      { id: 'g2', lang: 'en', published: '2026-05-02', text: '[[Oskar Lindholm|person]], founder of [[Yunshan Labs|org]], lives in [[Tampere|place]] and [[Pirkkala|place]].' },
      { id: 'g3', lang: 'en', published: '2026-05-03', text: '[[Founder Oskar Lindhom|org]] said [[Yunshan Labs|org]] would stay in [[Tampere|place]] and [[Pirkkala|place]].' },
    ]);
    const found = findStoryNameVariants({ articles: t.articles, mentions: withEntities(t.layer, t.mentions), entities: t.layer.entities }, { labelOf: (a) => a });
    expect(found.map((c) => [c.canonical, c.variants[1]!.stated, c.variants[1]!.articles])).toEqual([['Oskar Lindholm', 'Founder Oskar Lindhom', ['g3']]]);
  });
});

/** A claim of an amount in US dollars about a subject named in `layer`, as the figure rules read it. */
const figureClaim = (layer: CanonicalLayer, articleId: string, subject: string, value: number, measure: string, dateValue: string | null, id = `${articleId}-${value}-${measure}`): FigureClaim => ({
  id, articleId, subjectEntityId: layer.entities.find((e) => e.name === subject)!.id, subject, predicate: measure, measure, value, unit: 'USD', dateValue, start: 0, end: 1, text: 'x',
});

describe('figures as link evidence', () => {
  const { articles, mentions, layer } = build([
    { id: 'f1', lang: 'zh', published: '2026-01-10', text: '[[明光科技|org]]宣布投资76亿美元建设新工厂。' },
    { id: 'f2', lang: 'en', published: '2026-01-10', text: '[[Brightway Labs|org]] will invest $7.6bn in a new plant.' },
    { id: 'f3', lang: 'en', published: '2026-01-10', text: '[[Corvid Metals|org]] reported revenue of $7.6bn.' },
  ]);
  const idOf = (name: string) => layer.entities.find((e) => e.name === name || e.aliases.includes(name))!.id;
  const claim = (id: string, articleId: string, subject: string, value: number, measure: string, text: string): FigureClaim => ({
    id, articleId, subjectEntityId: idOf(subject), subject, predicate: measure, measure, value, unit: 'USD', dateValue: '2026-01-10', start: 0, end: text.length, text,
  });
  const claims = [
    claim('c1', 'f1', '明光科技', 7.6e9, 'investment', '76亿美元'),
    claim('c2', 'f2', 'Brightway Labs', 7.6e9, 'investment', '$7.6bn'),
    claim('c3', 'f3', 'Corvid Metals', 7.6e9, 'revenue', '$7.6bn'),
  ];
  const before = idOf('Brightway Labs');
  const links = linkByFigures(layer, claims, articles);

  test('the same amount for the same measure on the same day joins the two subjects', () => {
    expect(links.map((l) => [l.alias, l.rule, l.via])).toEqual([['明光科技', 'figures.same-amount', 'Brightway Labs']]);
    expect(links[0]!.evidence.map((e) => e.claim)).toEqual(['c1', 'c2']);
    expect(idOf('明光科技')).toBe(before);
    expect(claims[0]!.subjectEntityId).toBe(before);
    expect(withEntities(layer, mentions).filter((m) => m.entityId === before)).toHaveLength(2);
  });

  test('another measure with the same number stays apart', () => {
    expect(idOf('Corvid Metals')).not.toBe(before);
  });

  test('the store keeps of the Latin side only the claims that state a Chinese-side figure (HanFigures)', () => {
    const fresh = build([
      { id: 'h1', lang: 'zh', published: '2026-01-10', text: '[[明光科技|org]]宣布投资76亿美元建设新工厂。' },
      { id: 'h2', lang: 'en', published: '2026-01-10', text: '[[Brightway Labs|org]] will invest $7.6bn.' },
      { id: 'h3', lang: 'en', published: '2026-01-25', text: '[[Brightway Labs|org]] will invest $7.6bn.' },
    ]);
    const mk = (articleId: string, subject: string, value: number, measure: string, dateValue: string | null) => figureClaim(fresh.layer, articleId, subject, value, measure, dateValue);
    const han = new HanFigures(new Map(fresh.layer.entities.map((e) => [e.id, e])), [mk('h1', '明光科技', 7.6e9, 'investment', '2026-01-10')], (id) => fresh.articles.find((a) => a.id === id));
    const meets = (c: FigureClaim) => han.meets(c, 'org');
    expect(meets(mk('h2', 'Brightway Labs', 7.6e9, 'investment', '2026-01-10'))).toBe(true);
    expect(meets(mk('h2', 'Brightway Labs', 7.61e9, 'investment', null))).toBe(true); // within rounding, published the same day
    expect(meets(mk('h2', 'Brightway Labs', 7.6e9, 'revenue', '2026-01-10'))).toBe(false);
    expect(meets(mk('h2', 'Brightway Labs', 7.7e9, 'investment', '2026-01-10'))).toBe(false);
    expect(meets(mk('h3', 'Brightway Labs', 7.6e9, 'investment', null))).toBe(false); // two weeks later, no date or story shared
    expect(han.meets(mk('h2', 'Brightway Labs', 7.6e9, 'investment', '2026-01-10'), 'person')).toBe(false);
  });

  test('HanFigures finds exactly the Chinese-side claims the rule accepts, pair by pair, over generated figures', () => {
    // Figures of few amounts, stories, stated days and publication days, so every way of agreeing (and of not) is met often.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}`;
    const docs = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`, lang: (i % 2 === 0 ? 'zh' : 'en') as 'zh' | 'en', published: day(1 + Math.floor(random() * 12)),
      text: i % 2 === 0 ? '[[明光科技|org]]投资。' : '[[Brightway Labs|org]] invests.',
    }));
    const gen = build(docs);
    const byId = new Map(gen.layer.entities.map((e) => [e.id, e]));
    const published = new Map(gen.articles.map((a) => [a.id, Date.parse(a.published!) / 86_400_000]));
    const figure = (i: number, lang: 'zh' | 'en'): FigureClaim => {
      const articleId = pick(docs.filter((d) => d.lang === lang)).id;
      const story = pick([undefined, articleId, 's1', 's2', 's3']);
      return { ...figureClaim(gen.layer, articleId, lang === 'zh' ? '明光科技' : 'Brightway Labs', pick([7.6e9, 7.62e9, 7.7e9, 7.6e8]) * (1 + (random() - 0.5) * 0.004),
        pick(['investment', 'revenue']), pick([null, '2026-01', day(1 + Math.floor(random() * 12))]), `${lang}${i}`), story };
    };
    const chinese = Array.from({ length: 300 }, (_, i) => figure(i, 'zh'));
    const han = new HanFigures(byId, chinese, (id) => gen.articles.find((a) => a.id === id));
    // The rule as linkByFigures states it: one kind, one amount within rounding, and one time — the Chinese claim's own
    // story (not its article alone), one stated day, or articles published two days apart at most.
    const accepts = (h: FigureClaim, b: FigureClaim) => h.measure === b.measure && Math.abs(h.value - b.value) <= 0.006 * Math.max(h.value, b.value) &&
      ((h.story !== undefined && h.story === b.story && h.story !== h.articleId) || (/^\d{4}-\d{2}-\d{2}$/.test(h.dateValue ?? '') && h.dateValue === b.dateValue) ||
        Math.abs(published.get(h.articleId)! - published.get(b.articleId)!) <= 2);
    let agreeing = 0;
    for (let i = 0; i < 300; i++) {
      const b = figure(i, 'en');
      const expected = chinese.filter((h) => accepts(h, b)).map((h) => h.id).sort();
      expect(han.agreeing(b, 'org').map((h) => h.claim.id).sort()).toEqual(expected);
      expect(han.meets(b, 'org')).toBe(expected.length > 0);
      agreeing += expected.length;
    }
    expect(agreeing).toBeGreaterThan(300); // the generator met the rule often, not only its refusals
  });

  test('two equally good candidates link to neither', () => {
    const tie = build([
      { id: 't1', lang: 'zh', published: '2026-01-10', text: '[[明光科技|org]]投资76亿美元。' },
      { id: 't2', lang: 'en', published: '2026-01-10', text: '[[Brightway Labs|org]] invests $7.6bn.' },
      { id: 't3', lang: 'en', published: '2026-01-10', text: '[[Corvid Metals|org]] invests $7.6bn.' },
    ]);
    const mk = (id: string, articleId: string, subject: string) => figureClaim(tie.layer, articleId, subject, 7.6e9, 'investment', '2026-01-10', id);
    expect(linkByFigures(tie.layer, [mk('a', 't1', '明光科技'), mk('b', 't2', 'Brightway Labs'), mk('c', 't3', 'Corvid Metals')], tie.articles)).toEqual([]);
  });

  test('a pair met by many claims keeps the four of lowest id as evidence, whatever order the Latin side streams in', () => {
    const many = build([
      { id: 'p1', lang: 'zh', published: '2026-01-10', text: '[[明光科技|org]]投资76亿美元。' },
      { id: 'p2', lang: 'en', published: '2026-01-10', text: '[[Brightway Labs|org]] invests $7.6bn.' },
    ]);
    const byId = new Map(many.layer.entities.map((e) => [e.id, e]));
    const mk = (id: string, articleId: string, subject: string) => figureClaim(many.layer, articleId, subject, 7.6e9, 'investment', '2026-01-10', id);
    const han = new HanFigures(byId, ['k7', 'k3', 'k9'].map((id) => mk(id, 'p1', '明光科技')), (id) => many.articles.find((a) => a.id === id));
    function* latin() { for (const id of ['k8', 'k2', 'k6', 'k4', 'k5']) yield mk(id, 'p2', 'Brightway Labs'); }
    const { links, joined } = joinByFigures(many.layer, han, latin());
    expect(links.map((l) => [l.alias, l.score])).toEqual([['明光科技', 1]]);
    expect(links[0]!.evidence.map((e) => [e.claim, e.article])).toEqual([['k2', 'p2'], ['k3', 'p1'], ['k4', 'p2'], ['k5', 'p2']]);
    expect([...joined.values()]).toEqual([byId.get(many.layer.entities.find((e) => e.name === 'Brightway Labs')!.id)!.id]);
  });
});
