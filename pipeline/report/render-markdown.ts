// The report as Markdown: the summary first, then each conflict with what was kept and
// flagged, its chart (the same SVG as the HTML page, embedded as a data: URI image so the
// .md stays one self-contained file), the evidence with repeats counted, then facts,
// articles (by title, with the text normalisation removed) and entities. Article text is
// escaped; highlights are **bold**.

import type { Report } from './build.ts';
import type { ReportCharts } from './charts.ts';
import { conflictTitle, isKept, orderConflicts } from './html-conflicts.ts';
import { removedCharacters, removedShare } from './removed-text.ts';
import type { ReportConflict } from './schema.ts';
import { removedTextOf, summariseReport } from './summary.ts';
import { articleName, factFigureText, figureText, plural, words } from './value-text.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

/** Markdown table cells: pipes, backslashes, markup characters and line breaks neutralised. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

interface Quoted { article: string; sentence: string; highlight: { start: number; end: number } }

const highlighted = (e: Quoted) =>
  `${escapeMarkdown(e.sentence.slice(0, e.highlight.start))}**${escapeMarkdown(e.sentence.slice(e.highlight.start, e.highlight.end))}**${escapeMarkdown(e.sentence.slice(e.highlight.end))}`;

const tally = (t: [string, number][]) => t.map(([k, n]) => `${n} ${words(k)}`).join(', ') || 'none';

/** A chart as a Markdown image whose source is the SVG itself. */
export const chartImage = (svg: string, description: string) =>
  `![${escapeMarkdown(description)}](data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')})`;

function conflictLines(c: ReportConflict, report: Report, charts: ReportCharts, name: (id: string) => string): string[] {
  const fact = c.fact ? report.facts.find((f) => f.id === c.fact) : undefined;
  const textOf = (v: ReportConflict['variants'][number]) => {
    const claim = v.evidence[0] && fact?.claims.find((cl) => cl.article === v.evidence[0]!.article && cl.start === v.evidence[0]!.start);
    return claim ? figureText(claim) : v.stated;
  };
  const anyKept = c.variants.some((v) => isKept(v, c.canonical));
  const lines = [`### ${words(c.kind)}: ${escapeMarkdown(conflictTitle(c, report, fact))}`, ''];
  for (const v of c.variants) {
    const label = !anyKept ? 'Reading' : isKept(v, c.canonical) ? 'Kept' : 'Flagged';
    lines.push(`- ${label}: **${escapeMarkdown(textOf(v))}** in ${plural(v.articles.length, 'article')}: ${v.articles.map((a) => escapeMarkdown(name(a))).join(', ')}`);
  }
  lines.push('', escapeMarkdown(c.explanation), '');
  const chart = charts.get(c.id);
  if (chart) lines.push(chartImage(chart.svg, chart.description), '');
  lines.push('Evidence:', '');
  for (const v of c.variants) {
    const byArticle = new Map<string, Quoted[]>();
    for (const e of v.evidence) addToGroup(byArticle, e.article, e);
    for (const [id, pieces] of byArticle) {
      const more = pieces.length > 1 ? ` (${plural(pieces.length - 1, 'more sentence', 'more sentences')} in this article)` : '';
      lines.push(`- ${escapeMarkdown(textOf(v))} — ${escapeMarkdown(name(id))}${more}: ${highlighted(pieces[0]!)}`);
    }
  }
  lines.push('', `<sub>${escapeMarkdown(c.resolution)} · rule \`${c.rule}\`</sub>`, '');
  return lines;
}

export function renderMarkdown(report: Report, charts: ReportCharts = new Map()): string {
  const s = report.store;
  const summary = summariseReport(report);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const name = (id: string) => articleName(byId.get(id), id);
  const lines = [
    '# newsfacts report', '',
    `Generated ${report.generated} · schema ${s.schema_version} · ${plural(s.claims, 'claim')}`, '',
    '## At a glance', '',
    `- **Articles**: ${summary.articles} (${tally(summary.byLanguage)}; outlets: ${summary.byOutlet.map(([k, n]) => `${n} ${escapeMarkdown(k)}`).join(', ') || 'none'})`,
    `- **Facts**: ${tally(summary.facts)}`,
    `- **Conflicts**: ${tally(summary.conflicts)}`,
    `- **Failed inputs**: ${summary.failed.length}${summary.failed.map((f) => `\n  - ${escapeMarkdown(f.path)}: ${escapeMarkdown(f.error)}`).join('')}`,
    `- **More than a fifth of the text removed**: ${summary.mostlyRemoved.length ? summary.mostlyRemoved.map((m) => `${escapeMarkdown(name(m.id))} (${Math.round(m.share * 100)}%)`).join(', ') : 'none'}`,
    '', '## Conflicts', '',
  ];
  if (report.conflicts.length === 0) lines.push('None.', '');
  for (const c of orderConflicts(report.conflicts)) lines.push(...conflictLines(c, report, charts, name));
  for (const f of report.facts.filter((f) => f.status === 'updated')) {
    lines.push(`### revised: ${escapeMarkdown(`${f.subject} · ${words(f.predicate)}`)}`, '', `Latest: **${escapeMarkdown(factFigureText(f))}**. ${escapeMarkdown(f.explanation)}`, '');
    const chart = charts.get(f.id);
    if (chart) lines.push(chartImage(chart.svg, chart.description), '');
  }
  lines.push('## Facts', '', '| subject | measure | value | status | claims |', '|---|---|---|---|---|');
  for (const f of report.facts) {
    const verdicts = new Map<string, number>();
    for (const c of f.claims) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
    const measure = [words(f.predicate), f.topic && words(f.topic)].filter(Boolean).join(' · ');
    lines.push(`| ${escapeMarkdown(f.subject)} | ${escapeMarkdown(measure)} | ${escapeMarkdown(factFigureText(f))} | ${f.status} | ${plural(f.claims.length, 'claim')}: ${[...verdicts].map(([v, n]) => `${n} ${words(v)}`).join(', ')} |`);
  }
  lines.push('', '### Claims by fact', '');
  for (const f of report.facts) {
    lines.push(`- **${escapeMarkdown(f.subject)} · ${words(f.predicate)}${f.topic ? ` · ${escapeMarkdown(words(f.topic))}` : ''}** (${f.status}): ${escapeMarkdown(f.explanation)}`);
    for (const c of f.claims) lines.push(`  - ${escapeMarkdown(figureText(c))}, ${words(c.verdict)} — ${escapeMarkdown(name(c.article))}: ${highlighted(c)}`);
  }
  lines.push('', '## Articles', '', '| article | outlet | published | language | status | mentions | text removed | note |', '|---|---|---|---|---|---|---|---|');
  for (const a of report.articles) {
    const removed = removedTextOf(a);
    const removedCell = !removed ? '' : removed.removed.length === 0 ? 'none'
      : `${removedCharacters(removed)} of ${removed.characters} (${Math.round(removedShare(removed) * 100)}%): ${removed.removed.map((r) => `${escapeMarkdown(r.rule)} ${r.characters}`).join(', ')}`;
    const note = [a.error, a.duplicates.length ? `${plural(a.duplicates.length, 'duplicate')}: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
    const title = a.title?.trim() ? `${escapeMarkdown(a.title)} (${escapeMarkdown(a.path)})` : escapeMarkdown(a.path);
    lines.push(`| ${title} | ${escapeMarkdown((a as { source?: string }).source ?? '')} | ${a.published ?? ''} | ${a.lang ?? ''} | ${a.status} | ${a.mentions.money} money, ${a.mentions.dates} dates, ${a.mentions.entities} entities | ${removedCell} | ${escapeMarkdown(note)} |`);
  }
  lines.push('', '## Entities', '', '| name | id | type | aliases | articles |', '|---|---|---|---|---|');
  for (const e of report.entities) {
    lines.push(`| ${escapeMarkdown(e.name)} | ${escapeMarkdown(e.id)} | ${e.type} | ${escapeMarkdown(e.aliases.join(', '))} | ${e.articles.length} |`);
  }
  return `${lines.join('\n')}\n`;
}
