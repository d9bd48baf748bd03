// The report as Markdown and as one self-contained HTML page. All article-derived text
// is escaped; the HTML loads nothing from the network and runs no script.

import type { Report } from './build.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Markdown table cells: pipes, backslashes, markup characters and line breaks neutralised. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

export function renderMarkdown(report: Report): string {
  const s = report.store;
  const lines = [
    '# newsfacts report',
    '',
    `Generated ${report.generated} · schema ${s.schema_version} · ${s.articles} articles (${s.not_extracted} not extracted), ${s.failed} failed inputs · ` +
      `${s.mentions.money} money, ${s.mentions.dates} date and ${s.mentions.entities} entity mentions`,
    '',
    '## Articles',
    '',
    '| id | path | lang | status | money | dates | entities | note |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const a of report.articles) {
    const note = [a.error, a.duplicates.length ? `duplicates: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
    lines.push(
      `| ${a.id} | ${escapeMarkdown(a.path)} | ${a.lang ?? ''} | ${a.status} | ${a.mentions.money} | ${a.mentions.dates} | ${a.mentions.entities} | ${escapeMarkdown(note)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;max-width:1200px;color:#222}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4}.failed{color:#a00}.not_extracted{color:#888}code{font-size:12px}`;

export function renderHtml(report: Report): string {
  const s = report.store;
  const rows = report.articles
    .map((a) => {
      const note = [a.error, a.duplicates.length ? `duplicates: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
      return `<tr class="${escapeHtml(a.status)}"><td><code>${escapeHtml(a.id)}</code></td><td>${escapeHtml(a.path)}</td><td>${escapeHtml(a.lang ?? '')}</td><td>${escapeHtml(a.status)}</td><td>${a.mentions.money}</td><td>${a.mentions.dates}</td><td>${a.mentions.entities}</td><td>${escapeHtml(note)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>newsfacts report</title><style>${STYLE}</style></head>
<body>
<h1>newsfacts report</h1>
<p>Generated ${escapeHtml(report.generated)} · schema ${s.schema_version} · ${s.articles} articles (${s.not_extracted} not extracted), ${s.failed} failed inputs · ${s.mentions.money} money, ${s.mentions.dates} date and ${s.mentions.entities} entity mentions</p>
<h2>Articles</h2>
<table><thead><tr><th>id</th><th>path</th><th>lang</th><th>status</th><th>money</th><th>dates</th><th>entities</th><th>note</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
