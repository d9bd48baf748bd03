// The report as one self-contained HTML page: no network, one hashed sorting script, a
// strict Content-Security-Policy, every piece of article text escaped, and each claim's
// span marked (<mark>) inside the sentence it came from.

import { formatAmount } from '../reconcile/values.ts';
import type { Report } from './build.ts';
import type { ReportClaim, ReportConflict, ReportFact } from './schema.ts';
import { SORT_SCRIPT, SORT_SCRIPT_HASH } from './sort-script.ts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${SORT_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

const STYLE = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;max-width:1300px;color:#222}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f4f4f4;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
.failed{color:#a00}.not_extracted{color:#888}code{font-size:12px}mark{background:#ffe27a;padding:0 2px}
.status{font-weight:600;border-radius:3px;padding:0 4px}.agreed{background:#d9f2d9}.resolved{background:#dbe9ff}.disputed{background:#ffd9d9}.single{background:#eee}
.verdict-scale_error,.verdict-outlier{color:#a00}.verdict-disputed{color:#a60}blockquote{margin:2px 0 6px 0;padding-left:8px;border-left:3px solid #ccc}
ul{margin:0;padding-left:1.2em}nav a{margin-right:1em}`;

const amountText = (v: number | string, unit?: string) => (typeof v === 'number' ? `${formatAmount(v)}${unit ? ` ${unit}` : ''}` : v);
const numberAttr = (v: number | string) => (typeof v === 'number' ? ` data-value="${v}"` : '');

function sentenceHtml(e: { sentence: string; highlight: { start: number; end: number } }): string {
  const { sentence: s, highlight: h } = e;
  return `${escapeHtml(s.slice(0, h.start))}<mark>${escapeHtml(s.slice(h.start, h.end))}</mark>${escapeHtml(s.slice(h.end))}`;
}

function conflictRow(c: ReportConflict, pathOf: (id: string) => string): string {
  const variants = c.variants.map((v) => {
    const quotes = v.evidence.map((e) => `<blockquote><code>${escapeHtml(e.path)} [${e.start}, ${e.end})</code><br>${sentenceHtml(e)}</blockquote>`).join('');
    return `<li><strong>${escapeHtml(v.stated)}</strong> — ${v.articles.map((a) => escapeHtml(pathOf(a))).join(', ')}${quotes}</li>`;
  }).join('');
  return `<tr class="conflict" data-kind="${escapeHtml(c.kind)}"><td>${escapeHtml(c.kind)}</td><td${numberAttr(c.canonical)}>${escapeHtml(amountText(c.canonical))}</td>` +
    `<td><ul>${variants}</ul></td><td>${escapeHtml(c.resolution)}<br><code>${escapeHtml(c.rule)}</code></td><td>${escapeHtml(c.explanation)}</td></tr>`;
}

function claimItem(c: ReportClaim): string {
  return `<li class="verdict-${escapeHtml(c.verdict)}"><strong>${escapeHtml(c.verdict)}</strong> · <code>${escapeHtml(c.path)} [${c.start}, ${c.end})</code> · ${escapeHtml(c.qualifier)} ${escapeHtml(amountText(c.value, c.unit))} · <code>${escapeHtml(c.rule)}</code><blockquote>${sentenceHtml(c)}</blockquote></li>`;
}

function factRow(f: ReportFact): string {
  return `<tr class="fact" data-status="${escapeHtml(f.status)}"><td>${escapeHtml(f.subject)}</td><td>${escapeHtml(f.predicate)}</td><td>${escapeHtml(f.topic ?? '')}</td>` +
    `<td${numberAttr(f.value)}>${escapeHtml(amountText(f.value, f.unit))}</td><td><span class="status ${escapeHtml(f.status)}">${escapeHtml(f.status)}</span></td>` +
    `<td data-value="${f.claims.length}"><details><summary>${f.claims.length} claims</summary><ul>${f.claims.map(claimItem).join('')}</ul></details></td><td>${escapeHtml(f.explanation)}</td></tr>`;
}

const table = (id: string, headers: string[], rows: string[]) =>
  `<table class="sortable" id="${id}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;

export function renderHtml(report: Report): string {
  const s = report.store;
  const pathOf = (id: string) => report.articles.find((a) => a.id === id)?.path ?? id;
  const tally = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${n} ${escapeHtml(k)}`).join(', ') || 'none';
  const articleRows = report.articles.map((a) => {
    const note = [a.error, a.duplicates.length ? `duplicates: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
    return `<tr class="${escapeHtml(a.status)}"><td><code>${escapeHtml(a.id)}</code></td><td>${escapeHtml(a.path)}</td><td>${escapeHtml(a.lang ?? '')}</td><td>${escapeHtml(a.status)}</td><td>${a.mentions.money}</td><td>${a.mentions.dates}</td><td>${a.mentions.entities}</td><td>${escapeHtml(note)}</td></tr>`;
  });
  const entityRows = report.entities.map((e) =>
    `<tr><td><code>${escapeHtml(e.id)}</code></td><td>${escapeHtml(e.name)}</td><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.source)}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td data-value="${e.articles.length}">${e.articles.map((a) => escapeHtml(pathOf(a))).join(', ')}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>newsfacts report</title><style>${STYLE}</style></head>
<body>
<h1>newsfacts report</h1>
<p>Generated ${escapeHtml(report.generated)} · schema ${s.schema_version} · ${s.articles} articles (${s.not_extracted} not extracted), ${s.failed} failed inputs · ${s.mentions.money} money, ${s.mentions.dates} date and ${s.mentions.entities} entity mentions · ${s.claims} claims · facts: ${tally(s.facts)} · conflicts: ${tally(s.conflicts)}</p>
<nav><a href="#conflicts">Conflicts (${report.conflicts.length})</a><a href="#facts">Facts (${report.facts.length})</a><a href="#entities">Entities (${report.entities.length})</a><a href="#articles">Articles (${report.articles.length})</a></nav>
<h2 id="conflicts">Conflicts</h2>
${table('conflict-table', ['kind', 'canonical', 'variants and their evidence', 'resolution', 'explanation'], report.conflicts.map((c) => conflictRow(c, pathOf)))}
<h2 id="facts">Facts</h2>
${table('fact-table', ['subject', 'predicate', 'topic', 'value', 'status', 'claims', 'explanation'], report.facts.map(factRow))}
<h2 id="entities">Entities</h2>
${table('entity-table', ['id', 'name', 'type', 'source', 'aliases', 'articles'], entityRows)}
<h2 id="articles">Articles</h2>
${table('article-table', ['id', 'path', 'lang', 'status', 'money', 'dates', 'entities', 'note'], articleRows)}
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
