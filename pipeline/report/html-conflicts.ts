// The conflicts section: each conflict (and each revised series) as a short card — what
// was kept, what was flagged, the explanation, one chart, the evidence collapsed with
// repeated sentences counted, and the rule id kept but quiet.

import type { Report } from './build.ts';
import type { ReportCharts } from './charts.ts';
import { articleIndex, articleLink, escapeHtml, explanationHtml, groupedEvidenceHtml, quietRule } from './html-text.ts';
import type { ReportConflict, ReportFact } from './schema.ts';
import { factFigureText, figureText, plural, words } from './value-text.ts';

type Variant = ReportConflict['variants'][number];

/** True when a variant is the reading the conflict kept. */
export function isKept(v: Variant, canonical: number | string): boolean {
  if (typeof canonical === 'number') return v.value === canonical;
  return v.value === canonical || v.stated === canonical;
}

/** A variant's figure with its qualifier, taken from the claim its first evidence is. */
function variantText(v: Variant, fact: ReportFact | undefined): string {
  const first = v.evidence[0];
  const claim = first && fact?.claims.find((c) => c.article === first.article && c.start === first.start);
  return claim ? figureText(claim) : v.stated;
}

export function conflictTitle(c: ReportConflict, report: Report, fact: ReportFact | undefined): string {
  if (fact) return [fact.subject, words(fact.predicate), fact.topic && words(fact.topic)].filter(Boolean).join(' · ');
  const entity = c.entity ? report.entities.find((e) => e.id === c.entity) : undefined;
  return entity ? `${entity.name} (${words(entity.type)})` : String(c.canonical);
}

function readingHtml(label: string, v: Variant, fact: ReportFact | undefined, lookup: ReturnType<typeof articleIndex>): string {
  const links = v.articles.map((id) => articleLink(lookup(id), id)).join(', ');
  return `<dt>${label}</dt><dd><strong>${escapeHtml(variantText(v, fact))}</strong> <span class="from">in ${plural(v.articles.length, 'article')}: ${links}</span></dd>`;
}

function chartHtml(id: string, charts: ReportCharts): string {
  const chart = charts.get(id);
  return chart ? `<figure class="chart">${chart.svg}</figure>` : '';
}

export function conflictCard(c: ReportConflict, report: Report, charts: ReportCharts): string {
  const lookup = articleIndex(report);
  const fact = c.fact ? report.facts.find((f) => f.id === c.fact) : undefined;
  const kept = c.variants.filter((v) => isKept(v, c.canonical));
  const others = c.variants.filter((v) => !kept.includes(v));
  const readings = kept.length === 0
    ? c.variants.map((v) => readingHtml('Reading', v, fact, lookup))
    : [...kept.map((v) => readingHtml('Kept', v, fact, lookup)), ...others.map((v) => readingHtml('Flagged', v, fact, lookup))];
  const evidence = c.variants.flatMap((v) => v.evidence);
  const articles = new Set(evidence.map((e) => e.article)).size;
  const evidenceHtml = c.variants.map((v) => `<h4>${escapeHtml(variantText(v, fact))}</h4>${groupedEvidenceHtml(v.evidence, lookup)}`).join('');
  return `<article class="card" id="conflict-${escapeHtml(c.id)}" data-kind="${escapeHtml(c.kind)}">
<h3><span class="kind kind-${escapeHtml(c.kind)}">${escapeHtml(words(c.kind))}</span> ${escapeHtml(conflictTitle(c, report, fact))}</h3>
<dl class="readings">${readings.join('')}</dl>
<p class="why">${explanationHtml(c.explanation, report)}</p>
${chartHtml(c.id, charts)}
<details><summary>Evidence: ${plural(evidence.length, 'sentence')} in ${plural(articles, 'article')}</summary>${evidenceHtml}</details>
<p class="quiet">${escapeHtml(c.resolution)} ${quietRule(c.rule)}</p>
</article>`;
}

/** A revised series (`updated` fact): its latest value, each revision and the chart. */
export function seriesCard(f: ReportFact, report: Report, charts: ReportCharts): string {
  const lookup = articleIndex(report);
  return `<article class="card" id="series-${escapeHtml(f.id)}" data-kind="updated">
<h3><span class="kind kind-updated">revised</span> ${escapeHtml([f.subject, words(f.predicate), f.topic && words(f.topic)].filter(Boolean).join(' · '))}</h3>
<dl class="readings"><dt>Latest</dt><dd><strong>${escapeHtml(factFigureText(f))}</strong></dd></dl>
<p class="why">${explanationHtml(f.explanation, report)}</p>
${chartHtml(f.id, charts)}
<details><summary>Evidence: ${plural(f.claims.length, 'claim')}</summary>${groupedEvidenceHtml(f.claims, lookup)}</details>
<p class="quiet">${quietRule(f.rule)}</p>
</article>`;
}

/** Figures first (a scale slip, then a dispute), names after; any other kind between. */
const KIND_ORDER = ['scale_error', 'value_mismatch', 'name_variant'];
const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length - 1.5);

/** Conflicts in reading order: worst first, the report's order within a kind. */
export const orderConflicts = (conflicts: readonly ReportConflict[]) =>
  conflicts.map((c, i) => ({ c, i })).sort((a, b) => kindRank(a.c.kind) - kindRank(b.c.kind) || a.i - b.i).map(({ c }) => c);

export function conflictsSection(report: Report, charts: ReportCharts): string {
  const series = report.facts.filter((f) => f.status === 'updated');
  const cards = [...orderConflicts(report.conflicts).map((c) => conflictCard(c, report, charts)), ...series.map((f) => seriesCard(f, report, charts))];
  const heading = `Conflicts (${report.conflicts.length})${series.length ? ` and revised series (${series.length})` : ''}`;
  return `<section id="conflicts" aria-labelledby="conflicts-heading"><h2 id="conflicts-heading">${heading}</h2>
${cards.length ? `<div class="cards">\n${cards.join('\n')}\n</div>` : '<p>None.</p>'}
</section>`;
}
