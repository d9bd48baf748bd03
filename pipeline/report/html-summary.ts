// The summary band at the top of the HTML report: articles by language and outlet, facts by
// status, conflicts by kind, failed inputs, and the articles that lost more than a fifth of
// their text to normalisation. Every number carries a data- attribute the browser test reads.

import type { Report } from './build.ts';
import { articleIndex, articleLink, escapeHtml } from './html-text.ts';
import type { ReportSummary } from './summary.ts';
import { plural, words } from './value-text.ts';

function tallyList(name: string, tally: [string, number][], label: (k: string) => string = words): string {
  if (tally.length === 0) return '<p class="quiet">none</p>';
  return `<ul class="tally" data-tally="${name}">${tally.map(([k, n]) => `<li data-key="${escapeHtml(k)}" data-n="${n}"><span class="n">${n}</span> ${escapeHtml(label(k))}</li>`).join('')}</ul>`;
}

/** "en.boilerplate.related-block" → "related-block": the full id stays in the title attribute. */
const shortRule = (rule: string) => rule.replace(/^[a-z]+\.boilerplate\./, '');

const total = (tally: [string, number][]) => tally.reduce((sum, [, n]) => sum + n, 0);

function box(name: string, heading: string, count: number, body: string): string {
  return `<div class="box" id="summary-${name}"><h3>${heading}</h3><p class="big" data-summary="${name}">${count}</p>${body}</div>`;
}

export function summarySection(report: Report, summary: ReportSummary): string {
  const lookup = articleIndex(report);
  const failed = summary.failed.length
    ? `<ul>${summary.failed.map((f) => `<li>${articleLink(lookup(f.id), f.id)}: <span class="error">${escapeHtml(f.error)}</span></li>`).join('')}</ul>`
    : '<p class="quiet">none</p>';
  const removed = summary.mostlyRemoved.length
    ? `<p class="quiet">articles that lost more than a fifth of their text:</p><ul data-tally="mostly-removed">${summary.mostlyRemoved.map((m) =>
      `<li data-key="${escapeHtml(m.id)}" title="${escapeHtml(m.removed.map((r) => `${r.rule}: ${r.characters} characters`).join('; '))}">${articleLink(lookup(m.id), m.id)}: ${Math.round(m.share * 100)}% <span class="quiet">(${m.removed.map((r) => `${escapeHtml(shortRule(r.rule))} ${r.characters.toLocaleString('en-US')}`).join(', ')})</span></li>`).join('')}</ul>`
    : '<p class="quiet">no article lost more than a fifth of its text</p>';
  return `<section id="summary" class="band" aria-labelledby="summary-heading"><h2 id="summary-heading" class="visually-hidden">At a glance</h2>
${box('articles', 'Articles', summary.articles, `${tallyList('languages', summary.byLanguage, (k) => k)}${tallyList('outlets', summary.byOutlet, (k) => k)}`)}
${box('facts', 'Facts', total(summary.facts), tallyList('facts', summary.facts))}
${box('conflicts', 'Conflicts', total(summary.conflicts), tallyList('conflicts', summary.conflicts))}
${box('failed', 'Failed inputs', summary.failed.length, failed)}
${box('removed', 'Text removed', summary.mostlyRemoved.length, removed)}
</section>`;
}

/** The one-line provenance under the title: when, which schema, how much was read. */
export function provenanceLine(report: Report): string {
  const s = report.store;
  const filters = s.filters ? ` · filtered: ${Object.entries(s.filters).map(([k, v]) => `${k} ${escapeHtml(String(v))}`).join(', ')}` : '';
  return `<p class="quiet">Generated ${escapeHtml(report.generated)} · schema ${s.schema_version} · ${plural(s.runs, 'run')} · ` +
    `${s.mentions.money} money, ${plural(s.mentions.dates, 'date')} and ${plural(s.mentions.entities, 'entity mention', 'entity mentions')} · ${plural(s.claims, 'claim')}${filters}</p>`;
}
