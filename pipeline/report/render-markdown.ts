// The report as Markdown: conflicts first (what a data team checks), then facts with
// their claims, entities and articles. Article text is escaped; highlights are **bold**.

import { formatAmount } from '../reconcile/values.ts';
import type { Report } from './build.ts';
import type { ReportClaim } from './schema.ts';

/** Markdown table cells: pipes, backslashes, markup characters and line breaks neutralised. */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

const amount = (v: number | string, unit?: string) => (typeof v === 'number' ? `${formatAmount(v)}${unit ? ` ${unit}` : ''}` : v);
const highlighted = (e: { sentence: string; highlight: { start: number; end: number } }) =>
  `${escapeMarkdown(e.sentence.slice(0, e.highlight.start))}**${escapeMarkdown(e.sentence.slice(e.highlight.start, e.highlight.end))}**${escapeMarkdown(e.sentence.slice(e.highlight.end))}`;

function pathOf(report: Report, article: string): string {
  return report.articles.find((a) => a.id === article)?.path ?? article;
}

export function renderMarkdown(report: Report): string {
  const s = report.store;
  const count = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  const lines = [
    '# newsfacts report',
    '',
    `Generated ${report.generated} · schema ${s.schema_version} · ${s.articles} articles (${s.not_extracted} not extracted), ${s.failed} failed inputs · ` +
      `${s.mentions.money} money, ${s.mentions.dates} date and ${s.mentions.entities} entity mentions · ${s.claims} claims · facts: ${count(s.facts)} · conflicts: ${count(s.conflicts)}`,
    '',
    '## Conflicts',
    '',
  ];
  if (report.conflicts.length === 0) lines.push('None.', '');
  for (const c of report.conflicts) {
    lines.push(`### ${c.kind}: ${escapeMarkdown(String(typeof c.canonical === 'number' ? amount(c.canonical) : c.canonical))}`, '');
    lines.push(`${escapeMarkdown(c.explanation)}`, '', `Resolution: ${escapeMarkdown(c.resolution)} (rule \`${c.rule}\`)`, '');
    for (const v of c.variants) {
      lines.push(`- **${escapeMarkdown(v.stated)}** — ${v.articles.map((a) => escapeMarkdown(pathOf(report, a))).join(', ')}`);
      for (const e of v.evidence) lines.push(`  - ${escapeMarkdown(e.path)} [${e.start}, ${e.end}): ${highlighted(e)}`);
    }
    lines.push('');
  }
  lines.push('## Facts', '', '| subject | predicate | topic | value | status | claims | explanation |', '|---|---|---|---|---|---|---|');
  for (const f of report.facts) {
    lines.push(`| ${escapeMarkdown(f.subject)} | ${f.predicate} | ${escapeMarkdown(f.topic ?? '')} | ${escapeMarkdown(amount(f.value, f.unit))} | ${f.status} | ${f.claims.length} | ${escapeMarkdown(f.explanation)} |`);
  }
  lines.push('', '### Claims by fact', '');
  for (const f of report.facts) {
    lines.push(`- **${escapeMarkdown(f.subject)} · ${f.predicate}${f.topic ? ` · ${escapeMarkdown(f.topic)}` : ''}** (${f.status})`);
    for (const c of f.claims) lines.push(`  - ${claimLine(c)}`);
  }
  lines.push('', '## Entities', '', '| id | name | type | aliases | articles |', '|---|---|---|---|---|');
  for (const e of report.entities) {
    lines.push(`| ${escapeMarkdown(e.id)} | ${escapeMarkdown(e.name)} | ${e.type} | ${escapeMarkdown(e.aliases.join(', '))} | ${e.articles.length} |`);
  }
  lines.push('', '## Articles', '', '| id | path | lang | status | money | dates | entities | note |', '|---|---|---|---|---|---|---|---|');
  for (const a of report.articles) {
    const note = [a.error, a.duplicates.length ? `duplicates: ${a.duplicates.join(', ')}` : undefined].filter(Boolean).join('; ');
    lines.push(
      `| ${a.id} | ${escapeMarkdown(a.path)} | ${a.lang ?? ''} | ${a.status} | ${a.mentions.money} | ${a.mentions.dates} | ${a.mentions.entities} | ${escapeMarkdown(note)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function claimLine(c: ReportClaim): string {
  return `${c.verdict} · ${escapeMarkdown(c.path)} [${c.start}, ${c.end}) · ${escapeMarkdown(c.qualifier)} ${escapeMarkdown(amount(c.value, c.unit))}: ${highlighted(c)}`;
}
