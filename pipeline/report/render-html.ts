// The report as one self-contained HTML page: no network, one hashed sorting script, a
// strict Content-Security-Policy, every piece of article text escaped. A summary band
// first, then conflicts as cards with their charts (static SVG drawn when the report is
// built), facts, articles and entities (collapsed).

import type { Report } from './build.ts';
import type { ReportCharts } from './charts.ts';
import { conflictsSection } from './html-conflicts.ts';
import { REPORT_STYLE } from './html-style.ts';
import { provenanceLine, summarySection } from './html-summary.ts';
import { articlesSection, entitiesSection, factsSection } from './html-tables.ts';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from './sort-script.ts';
import { summariseReport } from './summary.ts';

export { escapeHtml } from './html-text.ts';

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${SORT_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

/** The page; `charts` (from renderCharts) are inlined where their conflict's card is. */
export function renderHtml(report: Report, charts: ReportCharts = new Map()): string {
  const series = report.facts.filter((f) => f.status === 'updated').length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsfacts report</title><style>${REPORT_STYLE}</style></head>
<body>
<header><h1>newsfacts report</h1>
${provenanceLine(report)}
<nav aria-label="Sections"><a href="#conflicts">Conflicts (${report.conflicts.length}${series ? ` + ${series} revised` : ''})</a><a href="#facts">Facts (${report.facts.length})</a><a href="#articles">Articles (${report.articles.length})</a><a href="#entities">Entities (${report.entities.length})</a></nav></header>
<main>
${summarySection(report, summariseReport(report))}
${conflictsSection(report, charts)}
${factsSection(report)}
${articlesSection(report)}
${entitiesSection(report)}
</main>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
