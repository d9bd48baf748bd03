// The report's renderers: Markdown and one self-contained HTML page, both with the charts
// drawn when the report is built (charts.ts, loaded only when a page is rendered: Vega takes
// about a second to load, which `report --format json` need not pay). All article-derived
// text is escaped in both.

import type { Report } from './build.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export { escapeMarkdown, renderMarkdown } from './render-markdown.ts';
export { CONTENT_SECURITY_POLICY, escapeHtml, renderHtml } from './render-html.ts';

/** The report as a page: its charts drawn first (Vega renders asynchronously), then the text. */
export async function renderReport(report: Report, format: 'html' | 'md'): Promise<string> {
  const { renderCharts } = await import('./charts.ts');
  const charts = await renderCharts(report);
  return format === 'md' ? renderMarkdown(report, charts) : renderHtml(report, charts);
}
