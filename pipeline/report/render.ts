// The report's renderers: Markdown and one self-contained HTML page, both with the charts
// drawn when the report is built (renderCharts). All article-derived text is escaped in both.

import type { Report } from './build.ts';
import { renderCharts } from './charts.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export { escapeMarkdown, renderMarkdown } from './render-markdown.ts';
export { CONTENT_SECURITY_POLICY, escapeHtml, renderHtml } from './render-html.ts';
export { renderCharts } from './charts.ts';

/** The report as a page: its charts drawn first (Vega renders asynchronously), then the text. */
export async function renderReport(report: Report, format: 'html' | 'md'): Promise<string> {
  const charts = await renderCharts(report);
  return format === 'md' ? renderMarkdown(report, charts) : renderHtml(report, charts);
}
