// HTML pages: where the published date comes from (meta tag, then JSON-LD datePublished —
// one object, an array or an @graph — then <time datetime>), the site's name (og:site_name,
// JSON-LD publisher, or the suffix of a <title> that is the headline plus the site), and a
// JSON-LD block that is not JSON passed over.

import { describe, expect, test } from 'vitest';
import { extractHtmlArticle } from '../pipeline/ingest/html.ts';
import { readJsonLd } from '../pipeline/ingest/json-ld.ts';

const page = (head: string, body = '<article><h1>Dam opens</h1><p>The dam opened on Monday at a cost of $2 billion.</p></article>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('published date and its rule', () => {
  test('a meta tag wins over JSON-LD and <time>', () => {
    const html = page(`<meta name="pubdate" content="2025-03-01">${ld({ '@type': 'NewsArticle', datePublished: '2025-03-02' })}`,
      '<article><time datetime="2025-03-03">3 March</time><p>Text of the story.</p></article>');
    expect(extractHtmlArticle(html)).toMatchObject({ published: '2025-03-01', publishedRule: 'html.meta:pubdate' });
  });

  test('JSON-LD inside @graph, preferring the article node', () => {
    const html = page(ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebPage', datePublished: '2020-01-01' },
      { '@type': ['NewsArticle'], datePublished: '2025-07-04T22:10:00-07:00', publisher: { '@type': 'Organization', name: 'Canyon Gazette' } },
    ] }));
    expect(extractHtmlArticle(html)).toMatchObject({ published: '2025-07-04T22:10:00-07:00', publishedRule: 'html.json-ld:datePublished', source: 'Canyon Gazette' });
  });

  test('JSON-LD as a top-level array, and dateCreated when that is all there is', () => {
    expect(readJsonLd([JSON.stringify([{ '@type': 'BreadcrumbList' }, { '@type': 'BlogPosting', dateCreated: '2024-12-31', headline: 'Year end' }])]))
      .toEqual({ published: '2024-12-31', publishedKey: 'dateCreated', headline: 'Year end' });
  });

  test('a broken JSON-LD block is passed over, the next one read', () => {
    expect(readJsonLd(['{"@type": "NewsArticle", "datePublished": ', JSON.stringify({ '@type': 'Report', datePublished: '2025-05-05' })]))
      .toMatchObject({ published: '2025-05-05', publishedKey: 'datePublished' });
  });

  test('<time datetime> last, then nothing', () => {
    expect(extractHtmlArticle(page('', '<article><p><time datetime="2025-09-09T08:00:00Z">today</time> Text of the story.</p></article>')))
      .toMatchObject({ published: '2025-09-09T08:00:00Z', publishedRule: 'html.time' });
    expect(extractHtmlArticle(page('')).published).toBeUndefined();
  });
});

describe('site name and headline from the <title>', () => {
  test.each([
    ['Dam opens - River Courier', 'Dam opens', 'River Courier'],
    ['Dam opens | River Courier', 'Dam opens', 'River Courier'],
  ])('%s', (titleTag, title, source) => {
    expect(extractHtmlArticle(page(`<title>${titleTag}</title>`))).toMatchObject({ title, source });
  });

  test('a Chinese title with a full-width bar', () => {
    const html = page('<title>水庫啟用｜山城日報</title>', '<div class="article-body"><h1>水庫啟用</h1><p>水庫今日啟用，工程經費約12億元新台幣。</p></div>');
    expect(extractHtmlArticle(html)).toMatchObject({ title: '水庫啟用', source: '山城日報' });
  });

  test('a title that is not the headline plus a name gives no site', () => {
    const html = page('<title>Dam opens on the river</title>');
    expect(extractHtmlArticle(html)).toMatchObject({ title: 'Dam opens on the river' });
    expect(extractHtmlArticle(html).source).toBeUndefined();
  });

  test('og:site_name wins', () => {
    expect(extractHtmlArticle(page('<meta property="og:site_name" content="Valley Wire"><title>Dam opens - River Courier</title>')).source).toBe('Valley Wire');
  });
});
