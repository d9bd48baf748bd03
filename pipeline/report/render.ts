// The report's renderers: Markdown and one self-contained HTML page. All article-derived
// text is escaped in both.

export { escapeMarkdown, renderMarkdown } from './render-markdown.ts';
export { CONTENT_SECURITY_POLICY, escapeHtml, renderHtml } from './render-html.ts';
