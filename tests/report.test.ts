// `newsfacts report` over a reconciled store: the CONTRACTS.md §3 JSON shape, the
// --status and --kind filters, Markdown and HTML with the claim span highlighted and all
// article text escaped (the store holds an article whose text is markup meant to break out),
// the text normalisation removed counted per article and rule, charts in both pages.

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { newsfacts } from './cli-helpers.ts';
import { MOSTLY_BOILERPLATE, reportStore } from './report-store.ts';

let db: string;
beforeAll(() => { db = reportStore(); }, 120_000);

const report = (...args: string[]) => {
  const r = newsfacts(['report', '--db', db, ...args]);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

describe('report --format json', () => {
  test('has the CONTRACTS §3 sections: entities, facts with claims and verdicts, conflicts with variants', () => {
    const json = JSON.parse(report('--format', 'json'));
    expect(Object.keys(json)).toEqual(['generated', 'store', 'articles', 'entities', 'facts', 'conflicts']);
    const fact = json.facts.find((f: { predicate: string }) => f.predicate === 'commitment');
    expect(fact).toMatchObject({ subject: 'Japan', value: 300e9, unit: 'USD', status: 'resolved' });
    expect(fact.claims.map((c: { verdict: string }) => c.verdict).sort()).toEqual(['scale_error', 'supports', 'supports', 'supports']);
    for (const c of fact.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['article', 'text', 'value', 'start', 'end', 'verdict', 'sentence', 'highlight']));
      expect(c.sentence.slice(c.highlight.start, c.highlight.end)).toBe(c.text);
    }
    const conflict = json.conflicts.find((c: { kind: string }) => c.kind === 'scale_error');
    expect(conflict).toMatchObject({ kind: 'scale_error', fact: fact.id, canonical: 300e9 });
    expect(conflict.variants.map((v: { value: number; articles: string[] }) => [v.value, v.articles.length])).toEqual([[300e9, 3], [30e9, 1]]);
    expect(conflict.explanation).toMatch(/ as 30 billion USD, a tenth of the 300 billion USD stated by .+: a ×10 slip, so the better-supported figure stands\.$/);
    const japan = json.entities.find((e: { id: string }) => e.id === 'place:jp');
    expect(japan).toMatchObject({ name: 'Japan', type: 'place' });
    expect(japan.articles.length).toBe(4); // the three scale-error articles and the hostile one
  });

  test('each article gives the characters each boilerplate rule removed, and where', () => {
    const json = JSON.parse(report('--format', 'json'));
    const harbour = json.articles.find((a: { path: string }) => a.path === 'harbour.txt');
    const start = MOSTLY_BOILERPLATE.indexOf('Related Stories');
    expect(harbour.characters).toBe(MOSTLY_BOILERPLATE.length);
    expect(harbour.removed).toEqual([
      { rule: 'en.boilerplate.related-block', characters: MOSTLY_BOILERPLATE.length - start, spans: [[start, MOSTLY_BOILERPLATE.length]] },
    ]);
    const hostile = json.articles.find((a: { path: string }) => a.path === 'hostile.txt');
    expect(hostile.removed).toEqual([]);
  });

  test('--status and --kind filter facts and conflicts', () => {
    const disputed = JSON.parse(report('--format', 'json', '--status', 'disputed'));
    expect(disputed.facts.map((f: { predicate: string; status: string }) => [f.predicate, f.status])).toEqual([['cost_estimate', 'disputed']]);
    expect(disputed.conflicts.map((c: { kind: string }) => c.kind)).toEqual(['value_mismatch']);
    const resolved = JSON.parse(report('--format', 'json', '--status', 'resolved'));
    expect(resolved.facts.map((f: { status: string }) => f.status)).toEqual(['resolved']);
    const names = JSON.parse(report('--format', 'json', '--kind', 'name_variant'));
    expect(names.conflicts).toEqual([]);
    expect(names.facts.length).toBeGreaterThan(0);
    const bad = newsfacts(['report', '--db', db, '--status', 'maybe']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--status must be');
  });
});

describe('report --format md and html', () => {
  test('Markdown shows each conflict with its variants and the highlighted span, escaped', () => {
    const md = report('--format', 'md');
    expect(md).toContain('### scale error: Japan · commitment');
    expect(md).toContain('- Kept: **$300bn** in 3 articles');
    expect(md).toContain('- Flagged: **$30bn** in 1 article: Translated Brief');
    expect(md).toContain('**$30 billion**');
    expect(md).not.toContain('<script>');
    expect(md).toMatch(/- \*\*More than a fifth of the text removed\*\*: Harbour Notes \(24%\)/);
    const images = [...md.matchAll(/!\[([^\]]*)\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(images.length).toBe(2); // the scale error and the disputed estimate
    const svg = Buffer.from(images[0]![2]!, 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg role="img" aria-label="Chart of Japan commitment/);
    expect(images[0]![1]).toContain('$300bn \\(supports\\): 3 claims');
    expect(images[0]![1]).toContain('$30bn \\(scale error\\): 1 claim;');
  });

  test('HTML escapes article text, marks spans and allows only its own hashed script', () => {
    const html = report('--format', 'html');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<mark>$30 billion</mark>');
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256').update(scripts[0]!).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+\s*=/i); // no inline event handlers anywhere
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/i);
    expect(html).not.toMatch(/\[\d+, \d+\)/); // offsets only in title attributes and the JSON
    expect(html).toContain('title="c.txt, characters');
  });

  test('HTML draws each value conflict as a static SVG chart and lists the article that lost a fifth of its text', () => {
    const html = report('--format', 'html');
    const charts = [...html.matchAll(/<figure class="chart"><svg role="img" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toMatch(/^Chart of Japan commitment: one dot per claim on a logarithmic value axis/);
    const removed = html.slice(html.indexOf('id="summary-removed"'), html.indexOf('</div>', html.indexOf('id="summary-removed"')));
    expect(removed).toContain('data-summary="removed">1<');
    expect(removed).toMatch(/title="en\.boilerplate\.related-block: 110 characters"><a [^>]+>Harbour Notes<\/a>: 24% <span class="quiet">\(related-block 110\)/);
  });
});
