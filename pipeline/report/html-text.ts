// Pieces of HTML every report section uses: escaping, a sentence with its claim span
// marked, a link to an article by its title (offsets kept in a title attribute, never in
// the visible text), a quiet rule id, and evidence grouped by article so that repeated
// sentences are counted rather than printed.

import type { Report } from './build.ts';
import { articleName, plural, type NamedArticle } from './value-text.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export interface Quoted {
  article: string;
  path: string;
  start: number;
  end: number;
  sentence: string;
  highlight: { start: number; end: number };
}

/** The sentence, escaped, with the claim's span in <mark>. */
export function sentenceHtml(e: Pick<Quoted, 'sentence' | 'highlight'>): string {
  const { sentence: s, highlight: h } = e;
  return `${escapeHtml(s.slice(0, h.start))}<mark>${escapeHtml(s.slice(h.start, h.end))}</mark>${escapeHtml(s.slice(h.end))}`;
}

export const articleAnchor = (id: string) => `article-${id}`;

/** Looks articles up by id for links and names. */
export function articleIndex(report: Report): (id: string) => NamedArticle | undefined {
  const byId = new Map(report.articles.map((a) => [a.id, a as NamedArticle]));
  return (id) => byId.get(id);
}

/** A link to the article's row in the articles table, named by its title (else its path). */
export function articleLink(article: NamedArticle | undefined, id: string, span?: { start: number; end: number }): string {
  const where = span ? ` title="${escapeHtml(`${article?.path ?? id}, characters ${span.start}–${span.end}`)}"` : '';
  return `<a href="#${escapeHtml(articleAnchor(id))}"${where}>${escapeHtml(articleName(article, id))}</a>`;
}

/** A rule id, kept for whoever traces a result, but small and grey. */
export const quietRule = (rule: string) => `<code class="rule">${escapeHtml(rule)}</code>`;

/**
 * One quoted sentence per article, the rest counted: "6 more in this article".
 * Evidence keeps its order; the first piece of each article stands for it.
 */
export function groupedEvidenceHtml(evidence: readonly Quoted[], lookup: (id: string) => NamedArticle | undefined): string {
  const byArticle = new Map<string, Quoted[]>();
  for (const e of evidence) addToGroup(byArticle, e.article, e);
  return [...byArticle].map(([id, pieces]) => {
    const first = pieces[0]!;
    const more = pieces.length > 1 ? ` <span class="more">${plural(pieces.length - 1, 'more sentence', 'more sentences')} in this article</span>` : '';
    return `<blockquote title="${escapeHtml(`${first.path}, characters ${first.start}–${first.end}`)}">${sentenceHtml(first)}<footer>— ${articleLink(lookup(id), id, first)}${more}</footer></blockquote>`;
  }).join('');
}

/**
 * An explanation written with article paths, escaped, each path turned into a link to its
 * article named by title: the reconciler names articles by path, a reader by title.
 */
export function explanationHtml(text: string, report: Report): string {
  let html = escapeHtml(text);
  const articles = [...report.articles].filter((a) => a.path.length >= 4).sort((a, b) => b.path.length - a.path.length || Number(a.status === 'failed') - Number(b.status === 'failed'));
  const placeholders: string[] = [];
  for (const a of articles) {
    const path = escapeHtml(a.path);
    if (!html.includes(path)) continue;
    placeholders.push(articleLink(a as NamedArticle, a.id));
    html = html.split(path).join(`\u0000${placeholders.length - 1}\u0000`);
  }
  return html.replace(/\u0000(\d+)\u0000/g, (_, i: string) => placeholders[Number(i)]!);
}
