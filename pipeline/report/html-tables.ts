// The report's tables: facts (value with its qualifier, verdicts counted in view, claims
// collapsed and linked to their articles), articles (by title, outlet, date, language, with
// the text normalisation removed per rule), and entities (collapsed).

import type { Report, ReportArticle } from './build.ts';
import { articleAnchor, articleIndex, articleLink, escapeHtml, explanationHtml, quietRule, sentenceHtml } from './html-text.ts';
import { removedCharacters, removedShare } from './removed-text.ts';
import type { ReportClaim, ReportFact } from './schema.ts';
import { removedTextOf } from './summary.ts';
import { articleName, factFigureText, figureText, plural, words } from './value-text.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

const numberAttr = (v: number | string) => (typeof v === 'number' ? ` data-value="${v}"` : '');

export const sortableTable = (id: string, caption: string, headers: string[], rows: string[]) =>
  `<table class="sortable" id="${id}"><caption>${caption}</caption><thead><tr>${headers.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;

/** "8 supports, 7 scale error": the verdicts of a fact's claims, most frequent first. */
function verdictCounts(claims: readonly ReportClaim[]): string {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v, n]) => `<span class="verdict-${escapeHtml(v)}">${n} ${escapeHtml(words(v))}</span>`).join(', ');
}

/** "according to Nikkei Asia · as of 2025-10 · ≈ $3.9bn at 0.0067 (2025-10)": who states a claim, when it holds, its value converted. */
function claimContext(c: ReportClaim): string {
  const converted = c.converted && 'value' in c.converted
    ? `≈ ${figureText({ value: c.converted.value, unit: c.converted.unit })} at ${c.converted.rate} (${c.converted.period})` : undefined;
  const parts = [c.source && c.source !== 'unknown' ? `according to ${c.source}` : undefined, c.as_of ? `as of ${c.as_of}` : undefined, converted];
  const text = parts.filter(Boolean).join(' · ');
  return text ? ` <span class="from">(${escapeHtml(text)})</span>` : '';
}

function claimItem(c: ReportClaim, lookup: ReturnType<typeof articleIndex>, repeats: number): string {
  const more = repeats > 0 ? ` <span class="more">${plural(repeats, 'more claim')} like it in this article</span>` : '';
  return `<li class="verdict-${escapeHtml(c.verdict)}"><strong>${escapeHtml(figureText(c))}</strong>${claimContext(c)} ${escapeHtml(words(c.verdict))} · ${articleLink(lookup(c.article), c.article, c)}${more} ${quietRule(c.rule)}<blockquote>${sentenceHtml(c)}</blockquote></li>`;
}

/** One item per article, verdict and figure; the repeats counted. */
function claimItems(claims: readonly ReportClaim[], lookup: ReturnType<typeof articleIndex>): string {
  const groups = new Map<string, ReportClaim[]>();
  for (const c of claims) {
    const key = `${c.article}\u0000${c.verdict}\u0000${figureText(c)}`;
    addToGroup(groups, key, c);
  }
  return [...groups.values()].map((g) => claimItem(g[0]!, lookup, g.length - 1)).join('');
}

function factRow(f: ReportFact, report: Report, lookup: ReturnType<typeof articleIndex>): string {
  const conflict = report.conflicts.find((c) => c.fact === f.id);
  const seeAlso = conflict ? ` <a href="#conflict-${escapeHtml(conflict.id)}">see conflict</a>` : f.status === 'updated' ? ` <a href="#series-${escapeHtml(f.id)}">see series</a>` : '';
  const measure = [words(f.predicate), f.topic && words(f.topic)].filter(Boolean).join(' · ');
  return `<tr class="fact" data-status="${escapeHtml(f.status)}"><td>${escapeHtml(f.subject)}</td><td>${escapeHtml(measure)}</td>` +
    `<td${numberAttr(f.value)}>${escapeHtml(factFigureText(f))}</td><td><span class="status ${escapeHtml(f.status)}">${escapeHtml(f.status)}</span>${seeAlso}</td>` +
    `<td data-value="${f.claims.length}"><details><summary>${plural(f.claims.length, 'claim')}: ${verdictCounts(f.claims)}</summary><p class="why">${explanationHtml(f.explanation, report)} ${quietRule(f.rule)}</p><ul>${claimItems(f.claims, lookup)}</ul></details></td></tr>`;
}

export function factsSection(report: Report): string {
  const lookup = articleIndex(report);
  return `<section id="facts" aria-labelledby="facts-heading"><h2 id="facts-heading">Facts (${report.facts.length})</h2>
${sortableTable('fact-table', 'Canonical facts; click a column header to sort', ['subject', 'measure', 'value', 'status', 'claims and verdicts'], report.facts.map((f) => factRow(f, report, lookup)))}
</section>`;
}

const thousands = (n: number) => n.toLocaleString('en-US');

/** "815 characters (21%): related block 815, …" with the spans in the title attribute. */
export function removedTextHtml(a: ReportArticle): string {
  const removed = removedTextOf(a);
  if (!removed) return '';
  if (removed.removed.length === 0) return '<span class="quiet">none</span>';
  const spans = removed.removed.map((r) => `${r.rule}: ${r.spans.map(([s, e]) => `${s}–${e}`).join(', ')}`).join('; ');
  const perRule = removed.removed.map((r) => `${escapeHtml(r.rule.replace(/^[a-z]+\.boilerplate\./, ''))} ${thousands(r.characters)}`).join(', ');
  return `<span title="${escapeHtml(`characters removed, by rule: ${spans}`)}">${thousands(removedCharacters(removed))} of ${thousands(removed.characters)} (${Math.round(removedShare(removed) * 100)}%)</span><br><span class="quiet">${perRule}</span>`;
}

function articleRow(a: ReportArticle): string {
  const source = (a as { source?: string }).source;
  const mentions = `${a.mentions.money} money, ${a.mentions.dates} ${a.mentions.dates === 1 ? 'date' : 'dates'}, ${plural(a.mentions.entities, 'entity', 'entities')}`;
  const note = [a.error, a.duplicates.length ? `${plural(a.duplicates.length, 'duplicate')}: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
  const title = a.title?.trim() ? `<strong>${escapeHtml(a.title)}</strong><br><span class="quiet">${escapeHtml(a.path)}</span>` : `<strong>${escapeHtml(articleName(a))}</strong>`;
  return `<tr id="${escapeHtml(articleAnchor(a.id))}" class="${escapeHtml(a.status)}"><td>${title}</td><td>${escapeHtml(source ?? '')}</td><td>${escapeHtml(a.published ?? '')}</td>` +
    `<td>${escapeHtml(a.lang ?? '')}</td><td>${escapeHtml(a.status)}</td><td>${mentions}</td><td>${removedTextHtml(a)}</td><td>${escapeHtml(note)}</td></tr>`;
}

export function articlesSection(report: Report): string {
  return `<section id="articles" aria-labelledby="articles-heading"><h2 id="articles-heading">Articles (${report.articles.length})</h2>
${sortableTable('article-table', 'Articles by title (file name when there is none), outlet, published date and language', ['article', 'outlet', 'published', 'language', 'status', 'mentions', 'text removed by normalisation', 'note'], report.articles.map(articleRow))}
</section>`;
}

export function entitiesSection(report: Report): string {
  const lookup = articleIndex(report);
  const rows = report.entities.map((e) =>
    `<tr><td>${escapeHtml(e.name)}<br>${quietRule(e.id)}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.source)}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td data-value="${e.articles.length}">${e.articles.map((id) => articleLink(lookup(id), id)).join(', ')}</td></tr>`);
  return `<section id="entities" aria-labelledby="entities-heading"><h2 id="entities-heading">Entities (${report.entities.length})</h2>
<details><summary>Show ${plural(report.entities.length, 'entity', 'entities')} with their aliases and articles</summary>
${sortableTable('entity-table', 'Canonical entities', ['name', 'type', 'source', 'aliases', 'articles'], rows)}
</details></section>`;
}
