// extractHtmlArticle: the main text of an HTML page, with cheerio. Scripts, styles,
// navigation, headers, footers, comment and teaser blocks go; block elements become
// line breaks; the title and metadata (published date and the tag it came from, canonical
// URL, language, site name) are kept. JSON-LD blocks are read before scripts go.

import { createRequire } from 'node:module';
import type * as Cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { readJsonLd } from './json-ld.ts';

// Loaded on the first HTML page: cheerio costs about 25 MB in every thread that loads it,
// and most drops are plain text (the main thread and the workers all import this file).
let loaded: typeof Cheerio | undefined;
const cheerio = (): typeof Cheerio => (loaded ??= createRequire(import.meta.url)('cheerio') as typeof Cheerio);

export interface HtmlArticle {
  title?: string;
  body: string;
  published?: string;
  /** Where `published` came from: `html.meta:<name>`, `html.json-ld:datePublished`, `html.time`. */
  publishedRule?: string;
  url?: string;
  lang?: string;
  /** The site's name (og:site_name, JSON-LD publisher). */
  source?: string;
}

const NEVER_CONTENT = 'script, style, noscript, template, svg, canvas, iframe, object, nav, header, footer, aside, form, button, select, figure, dialog';

/** class or id words that mark page furniture rather than article text */
const FURNITURE = /(^|[-_\s])(comments?|related|teasers?|share|sharing|social|newsletter|promo|advert|ads?|cookie|subscribe|breadcrumbs?|sidebar|recommend(ed|ations)?|popular|most-read|tags|author-bio|byline-share|menu|nav|navbar|footer|header|masthead|paywall|outbrain|taboola)($|[-_\s])/i;

const MAIN_CANDIDATES = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]', '.article-body', '.article-content', '.post-content', '.entry-content', 'body'];

const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'tr', 'table', 'dd', 'dt', 'dl', 'br', 'hr', 'figcaption', 'address']);

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];

function textOf(nodes: AnyNode[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(node.data.replace(/\s+/g, ' '));
    } else if (node.type === 'tag') {
      const block = BLOCK.has(node.name);
      if (block) out.push('\n');
      textOf(node.children, out);
      if (block) out.push('\n');
    }
  }
}

function tidyLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

/** What may stand between a page's headline and the site's name in its <title>. */
const TITLE_SITE_SEPARATOR = /^\s*(?:[-|–—·•:]|｜|\s[-–—]\s)\s*(?<site>\S.{0,59})$/u;

/**
 * "Headline - Site" / "標題｜網站": a <title> that is the page's headline (og:title, JSON-LD
 * headline or <h1>) plus a separator and a short name gives the site's name and the bare headline.
 */
function siteAfterHeadline(titleTag: string, headlines: (string | undefined)[]): { headline: string; site: string } | undefined {
  for (const headline of headlines) {
    if (!headline || headline.length >= titleTag.length || !titleTag.startsWith(headline)) continue;
    const site = TITLE_SITE_SEPARATOR.exec(titleTag.slice(headline.length))?.groups?.site?.trim();
    if (site) return { headline, site };
  }
  return undefined;
}

export function extractHtmlArticle(html: string): HtmlArticle {
  const $ = cheerio().load(html);
  const meta = (selector: string) => $(selector).first().attr('content')?.trim() || undefined;
  const ld = readJsonLd($('script[type="application/ld+json"]').toArray().map((el) => $(el).text()));
  const titleTag = $('title').first().text().trim();
  const h1 = $('h1').first().text().trim();
  const ogTitle = meta('meta[property="og:title"]');
  const titled = siteAfterHeadline(titleTag, [ogTitle, ld.headline, h1]);
  const title = ogTitle ?? (titled?.headline || titleTag || h1 || ld.headline || undefined);
  const fromMeta = PUBLISHED_SELECTORS.map((selector) => [selector, meta(selector)] as const).find(([, value]) => value);
  const time = $('time[datetime]').first().attr('datetime') || undefined;
  const [published, publishedRule] = fromMeta
    ? [fromMeta[1], `html.meta:${/\[(?:property|name|itemprop)="([^"]+)"\]/.exec(fromMeta[0])![1]}`]
    : ld.published
      ? [ld.published, `html.json-ld:${ld.publishedKey}`]
      : time ? [time, 'html.time'] : [undefined, undefined];
  const url = $('link[rel="canonical"]').attr('href') ?? meta('meta[property="og:url"]');
  const lang = $('html').attr('lang') || undefined;
  const source = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? ld.publisher ?? titled?.site;

  $(NEVER_CONTENT).remove();
  $('body *')
    .filter((_, el) => FURNITURE.test(`${$(el).attr('class') ?? ''} ${$(el).attr('id') ?? ''}`))
    .remove();

  const root = MAIN_CANDIDATES.map((selector) => $(selector).first()).find((el) => el.length > 0 && el.text().trim() !== '');
  const out: string[] = [];
  if (root) textOf(root.contents().toArray(), out);
  return { title, body: tidyLines(out.join('')), published, publishedRule, url, lang, source };
}
