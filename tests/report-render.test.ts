// The report's renderers on a report object made by hand (no store): figures with their
// qualifiers and bounds, plural counts, articles named by title and linked from every
// claim, offsets kept out of the visible text, repeated sentences counted, the summary band,
// the removed-text counts, and the charts (Vega-Lite specs and their SVG) in both pages.

import { describe, expect, test } from 'vitest';
import type { Report } from '../pipeline/report/build.ts';
import { claimChart, logTicks, renderCharts, renderChartSvg } from '../pipeline/report/charts.ts';
import { countRemoved } from '../pipeline/report/removed-text.ts';
import { renderHtml, renderMarkdown } from '../pipeline/report/render.ts';
import { summariseReport } from '../pipeline/report/summary.ts';
import { factFigureText, figureText, plural } from '../pipeline/report/value-text.ts';

const sentence = 'The ministry put the total at $55 billion, a figure repeated below.';
const claim = (id: string, article: string, value: number, verdict: string, extra: object = {}) => ({
  id, article, path: `${article}.txt`, text: '$55 billion', start: 100 + id.length, end: 111 + id.length, sentence,
  highlight: { start: 30, end: 41 }, value, unit: 'USD', qualifier: 'exact', verdict, rule: 'subject.owner-cue', ...extra,
});

function sampleReport(): Report {
  const repeated = [1, 2, 3, 4].map((i) => claim(`c${i}`, 'slip', 55e9, 'scale_error'));
  return {
    generated: '2026-01-01T00:00:00.000Z',
    store: { schema_version: 6, articles: 3, failed: 1, not_extracted: 0, runs: 1, mentions: { money: 9, dates: 1, entities: 4 }, claims: 7, facts: { resolved: 1, single: 1, updated: 1 }, conflicts: { scale_error: 1 } },
    articles: [
      { id: 'good', path: 'good.txt', drop: 'd', lang: 'en', status: 'ok', title: 'Tokyo Pledge Confirmed', source: 'Harbour Times', published: '2025-10-28', duplicates: [], mentions: { money: 2, dates: 1, entities: 2 }, characters: 1000, removed: [] },
      { id: 'slip', path: 'slip.txt', drop: 'd', lang: 'zh', status: 'ok', duplicates: [], mentions: { money: 4, dates: 0, entities: 1 }, characters: 400,
        removed: countRemoved([{ start: 300, end: 400, rule: 'zh.boilerplate.related-block' }, { start: 10, end: 12, rule: 'any.boilerplate.separator' }]) },
      { id: 'wire', path: 'wire.txt', drop: 'd', lang: 'en', status: 'ok', title: 'Wire Brief', duplicates: [], mentions: { money: 3, dates: 0, entities: 1 } },
      { id: 'bad', path: 'bad.txt', drop: 'd', lang: null, status: 'failed', error: 'not UTF-8 or GB18030', duplicates: [], mentions: { money: 0, dates: 0, entities: 0 } },
    ],
    entities: [{ id: 'place:jp', name: 'Japan', type: 'place', source: 'gazetteer', aliases: ['日本'], articles: ['good', 'slip'] }],
    facts: [
      { id: 'f1', subject: 'Japan', predicate: 'commitment', value: 550e9, unit: 'USD', status: 'resolved', rule: 'value.scale-error.power-of-ten', explanation: 'slip.txt gives 55 billion USD.',
        claims: [claim('k', 'good', 550e9, 'supports'), ...repeated] },
      { id: 'f2', subject: 'Bechtel', predicate: 'project_value', value: 25e9, unit: 'USD', status: 'single', rule: 'fact.single', explanation: 'One claim.',
        claims: [claim('b', 'wire', 25e9, 'supports', { qualifier: 'up_to', source: 'the ministry', as_of: '2025-10', converted: { value: 25e9, unit: 'USD', rate: 1, period: '2025-10', source: 'H.10' } })] },
      { id: 'f3', subject: 'Alaska LNG', predicate: 'cost_estimate', value: 44e9, unit: 'USD', status: 'updated', rule: 'fact.updated', explanation: 'Revised twice.',
        claims: [claim('u1', 'wire', 38e9, 'superseded', { as_of: '2024-03-01' }), claim('u2', 'good', 44e9, 'latest', { as_of: '2025-06-01' }), claim('u3', 'slip', 60e9, 'supports', { as_of: '2025-09-01', qualifier: 'over' })] },
    ],
    conflicts: [{
      id: 'x1', kind: 'scale_error', fact: 'f1', canonical: 550e9, resolution: '550 billion USD kept', rule: 'value.scale-error.power-of-ten',
      explanation: 'slip.txt gives the Japan commitment as 55 billion USD, against good.txt.',
      variants: [
        { value: 550e9, stated: '550 billion USD', articles: ['good'], evidence: [{ article: 'good', path: 'good.txt', text: '$55 billion', start: 101, end: 112, sentence, highlight: { start: 30, end: 41 } }] },
        { value: 55e9, stated: '55 billion USD', articles: ['slip'], evidence: repeated.map(({ article, path, text, start, end, highlight }) => ({ article, path, text, start, end, sentence, highlight })) },
      ],
    }],
  } as unknown as Report;
}

describe('figures and counts as a reader says them', () => {
  test.each([
    [{ value: 25e9, unit: 'USD', qualifier: 'up_to' }, 'up to $25bn'],
    [{ value: 60e9, unit: 'USD', qualifier: 'over' }, 'over $60bn'],
    [{ value: 150e6, unit: 'USD', qualifier: 'range', min: 150e6, max: 250e6 }, '$150–250m'],
    [{ value: 550e9, unit: 'JPY', qualifier: 'exact' }, '550bn JPY'],
    [{ value: 2.1e9, unit: 'EUR', qualifier: 'about' }, 'about €2.1bn'],
    [{ value: 600e6, unit: 'USD' }, '$600m'],
    [{ value: 'up to 44 billion USD | over 60 billion USD' }, 'up to 44 billion USD | over 60 billion USD'],
  ])('%o → %s', (parts, text) => expect(figureText(parts)).toBe(text));

  test('a fact takes its claims\' qualifier when it has none of its own; a disputed fact shows each reading', () => {
    const claims = [{ value: 44e9, unit: 'USD', qualifier: 'up_to' }, { value: 60e9, unit: 'USD', qualifier: 'over' }];
    expect(factFigureText({ value: 44e9, unit: 'USD', claims: [claims[0]!] })).toBe('up to $44bn');
    expect(factFigureText({ value: 44e9, unit: 'USD', qualifier: 'exact', claims: [claims[0]!] })).toBe('$44bn');
    expect(factFigureText({ value: 'up to 44 billion USD | over 60 billion USD', status: 'disputed', claims })).toBe('up to $44bn or over $60bn');
  });

  test('plural counts', () => {
    expect([plural(1, 'claim'), plural(7, 'claim'), plural(2, 'entity', 'entities'), plural(0, 'article')]).toEqual(['1 claim', '7 claims', '2 entities', '0 articles']);
  });
});

describe('the HTML page', () => {
  const html = renderHtml(sampleReport());
  const visible = html.replace(/<[^>]+>/g, ' '); // text outside tags and attributes

  test('opens with the summary band: articles by language and outlet, facts, conflicts, failed inputs, removed text', () => {
    const band = html.slice(html.indexOf('<section id="summary"'), html.indexOf('</section>', html.indexOf('<section id="summary"')));
    expect(html.indexOf('<section id="summary"')).toBeLessThan(html.indexOf('<section id="conflicts"'));
    expect(band).toContain('data-summary="articles">3<');
    expect(band).toContain('<li data-key="en" data-n="2">');
    expect(band).toContain('<li data-key="Harbour Times" data-n="1">');
    expect(band).toContain('data-summary="facts">3<');
    expect(band).toContain('data-summary="failed">1<');
    expect(band).toContain('not UTF-8 or GB18030');
    expect(band).toMatch(/data-summary="removed">1<.*>slip\.txt<\/a>: 26% <span class="quiet">\(related-block 100, separator 2\)/s);
  });

  test('names articles by title, outlet, date and language, falling back to the file name; every claim links to its article', () => {
    expect(html).toMatch(/<tr id="article-good" class="ok"><td><strong>Tokyo Pledge Confirmed<\/strong>.*<td>Harbour Times<\/td><td>2025-10-28<\/td><td>en<\/td>/);
    expect(html).toContain('<tr id="article-slip" class="ok"><td><strong>slip.txt</strong>');
    const links = [...html.matchAll(/href="#(article-[a-z]+)"/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(['article-good', 'article-slip', 'article-wire', 'article-bad']));
    expect(html).toContain('against <a href="#article-good">Tokyo Pledge Confirmed</a>.'); // article paths in explanations become title links
  });

  test('keeps offsets out of the visible text and counts repeated sentences instead of printing them', () => {
    expect(visible).not.toMatch(/\[\d+, \d+\)/);
    expect(html).toContain('title="slip.txt, characters 102–113"');
    const card = html.slice(html.indexOf('<article class="card" id="conflict-x1"'), html.indexOf('</article>'));
    expect(card.split(sentence.slice(0, 20)).length - 1).toBe(2); // one sentence for each article, not five
    expect(card).toContain('3 more sentences in this article');
    expect(card).toMatch(/<dt>Kept<\/dt><dd><strong>\$550bn<\/strong> <span class="from">in 1 article:/);
    expect(card).toMatch(/<dt>Flagged<\/dt><dd><strong>\$55bn<\/strong>/);
    expect(card).toContain('<code class="rule">value.scale-error.power-of-ten</code>');
  });

  test('puts figure conflicts before name variants', () => {
    const report = sampleReport();
    const names = { ...report.conflicts[0]!, id: 'n1', kind: 'name_variant', fact: undefined, canonical: 'Sanae Takaichi', variants: [] };
    report.conflicts.unshift(names);
    const page = renderHtml(report);
    expect([...page.matchAll(/<article class="card" id="([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual(['conflict-x1', 'conflict-n1', 'series-f3']);
  });

  test('shows qualifiers on values, plural-correct claim counts and the verdicts without expanding', () => {
    expect(html).toContain('<td data-value="25000000000">up to $25bn</td>');
    expect(html).toMatch(/<summary>1 claim: <span class="verdict-supports">1 supports<\/span><\/summary>/);
    expect(html).toMatch(/<summary>5 claims: <span class="verdict-scale_error">4 scale error<\/span>, <span class="verdict-supports">1 supports<\/span><\/summary>/);
    expect(html).toContain('3 more claims like it in this article');
    expect(html).toContain('<strong>up to $25bn</strong> <span class="from">(according to the ministry · as of 2025-10 · ≈ $25bn at 1 (2025-10))</span> supports');
    expect(html).not.toMatch(/\b1 claims\b|\b1 articles\b/);
  });
});

describe('charts drawn when the report is built', () => {
  test('a dot per claim on a log axis coloured by verdict, the canonical value marked', () => {
    const report = sampleReport();
    const chart = claimChart(report.facts[0]!, report, 550e9)!;
    const layers = (chart.spec as { layer: { mark: { type: string }; data: { values: object[] }; encoding: { x: { scale?: { type: string } } } }[] }).layer;
    const dots = layers.find((l) => l.mark.type === 'point')!;
    expect(dots.data.values).toHaveLength(5);
    expect(dots.encoding.x.scale?.type).toBe('log');
    expect(layers.find((l) => l.mark.type === 'rule' && (l.data.values[0] as { canonical?: number } | undefined)?.canonical === 550e9)).toBeDefined();
    expect(layers.find((l) => l.mark.type === 'text')!.data.values).toEqual([{ article: 'slip.txt', value: 55e9, label: '×4' }]);
    expect(chart.description).toContain('$55bn (scale error): 4 claims');
  });

  test('"up to" and "over" are open-ended bars to the edge of the axis; a revised series has time on the other axis', () => {
    const report = sampleReport();
    const upTo = claimChart(report.facts[1]!, report)!;
    const bars = (spec: unknown) => (spec as { layer: { mark: { type: string; strokeWidth?: number }; data: { values: { lo?: number; hi?: number; value: number }[] } }[] }).layer[0]!.data.values;
    expect(bars(upTo.spec)).toEqual([expect.objectContaining({ lo: 1e10, hi: 25e9, value: 25e9 })]);
    const series = claimChart(report.facts[2]!, report, 44e9)!;
    expect(bars(series.spec)).toEqual([expect.objectContaining({ lo: 60e9, hi: 1e12 })]);
    const y = (series.spec as { layer: { encoding: { y?: { field: string; type: string } } }[] }).layer[0]!.encoding.y;
    expect(y).toEqual(expect.objectContaining({ field: 'date', type: 'temporal' }));
    expect(logTicks([1e10, 1e12])).toEqual([1e10, 2e10, 5e10, 1e11, 2e11, 5e11, 1e12]);
  });

  test('the SVG has marks and a text alternative, and both pages carry the same one', async () => {
    const report = sampleReport();
    const charts = await renderCharts(report);
    expect([...charts.keys()]).toEqual(['x1', 'f3']);
    const svg = charts.get('x1')!.svg;
    expect(svg).toMatch(/^<svg role="img" aria-label="Chart of Japan commitment[^"]*"[^>]*><title>Chart of Japan commitment/);
    expect(svg.match(/class="mark-symbol role-mark/g)?.length).toBeGreaterThan(0);
    expect(svg).not.toMatch(/<script|<foreignObject|href="http/);
    const html = renderHtml(report, charts);
    expect(html).toContain(`<figure class="chart">${svg}</figure>`);
    expect(html).toContain('<article class="card" id="series-f3" data-kind="updated">');
    const md = renderMarkdown(report, charts);
    expect(md).toContain(`(data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')})`);
    const single = await renderChartSvg(claimChart(report.facts[1]!, report)!);
    expect(single.description).toBe('Chart of Bechtel project value: one dot per claim on a logarithmic value axis, coloured by verdict. up to $25bn (supports): 1 claim.');
  });
});

describe('text removed by normalisation', () => {
  test('characters per rule with their spans, largest first; the summary lists articles over a fifth', () => {
    expect(countRemoved([{ start: 0, end: 2, rule: 'a' }, { start: 10, end: 50, rule: 'b' }, { start: 60, end: 63, rule: 'a' }])).toEqual([
      { rule: 'b', characters: 40, spans: [[10, 50]] },
      { rule: 'a', characters: 5, spans: [[0, 2], [60, 63]] },
    ]);
    const summary = summariseReport(sampleReport());
    expect(summary.mostlyRemoved.map((m) => [m.id, m.characters, +m.share.toFixed(3)])).toEqual([['slip', 102, 0.255]]);
    expect(summary.failed).toEqual([{ id: 'bad', path: 'bad.txt', error: 'not UTF-8 or GB18030' }]);
    expect(summary.byLanguage).toEqual([['en', 2], ['zh', 1]]);
    const md = renderMarkdown(sampleReport());
    expect(md).toContain('- **More than a fifth of the text removed**: slip.txt (26%)');
    expect(md).toContain('| 102 of 400 (26%): zh.boilerplate.related-block 100, any.boilerplate.separator 2 |');
  });
});
