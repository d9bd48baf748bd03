// Charts drawn when the report is built: Vega-Lite specs rendered to static SVG by Vega in
// Node (no script in the page). One dot per claim on a logarithmic value axis, coloured by
// verdict, the canonical value marked by a dashed rule, "up to"/"over" drawn as open-ended
// bars and stated ranges as bars; time on the other axis for a revised (`updated`) series,
// the claim's article otherwise. Each chart carries its text alternative.

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Report } from './build.ts';
import type { ReportConflict, ReportFact } from './schema.ts';
import { articleName, figureText, plural, words } from './value-text.ts';

/** Verdict colours (colour-blind-safe pairs: blue/orange/vermillion/grey); others take the fallbacks in turn. */
const VERDICT_COLOURS: Record<string, string> = {
  supports: '#0072b2', latest: '#0072b2', scale_error: '#d55e00', outlier: '#d55e00',
  disputed: '#e69f00', superseded: '#8a8a8a', unit_mismatch: '#cc79a7',
};
const FALLBACK_COLOURS = ['#009e73', '#56b4e9', '#cc79a7', '#4d4d4d'];

export interface ChartRow {
  value: number;
  /** Bar from `lo` to `hi` for an open-ended or ranged figure. */
  lo?: number;
  hi?: number;
  verdict: string;
  article: string;
  /** YYYY-MM-DD for a revised series. */
  date?: string;
  stated: string;
}

export interface Chart {
  spec: TopLevelSpec;
  /** The text alternative: what the chart shows, in one or two sentences. */
  description: string;
}

export interface RenderedChart {
  svg: string;
  description: string;
}

/** Charts by the conflict or fact id they belong to. */
export type ReportCharts = Map<string, RenderedChart>;

type LooseClaim = ReportFact['claims'][number] & { min?: number; max?: number; as_of?: string; converted?: { value?: number } };

const fullDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : d && /^\d{4}-\d{2}$/.test(d) ? `${d}-01` : undefined);

function rowsOf(fact: ReportFact, report: Report, series: boolean): ChartRow[] {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const rows: ChartRow[] = [];
  for (const claim of fact.claims as LooseClaim[]) {
    const value = typeof claim.converted?.value === 'number' ? claim.converted.value : claim.value;
    if (!(value > 0)) continue;
    const article = articles.get(claim.article);
    const row: ChartRow = { value, verdict: claim.verdict, article: articleName(article, claim.path), stated: figureText(claim) };
    if (series) {
      const date = fullDate(claim.as_of) ?? fullDate(claim.date) ?? fullDate(article?.published);
      if (date) row.date = date;
    }
    if (claim.qualifier === 'up_to' || claim.qualifier === 'under') row.hi = value;
    if (claim.qualifier === 'over' || claim.qualifier === 'at_least') row.lo = value;
    if (claim.qualifier === 'range' && typeof claim.min === 'number' && typeof claim.max === 'number') Object.assign(row, { lo: claim.min, hi: claim.max });
    rows.push(row);
  }
  return rows;
}

/** "×7" beside a dot that stands for several claims of one article (or date) at one figure. */
function repeatedDots(rows: ChartRow[], useTime: boolean): { article: string; date?: string; value: number; label: string }[] {
  const groups = new Map<string, { row: ChartRow; n: number }>();
  for (const r of rows) {
    const key = `${useTime ? r.date : r.article}\u0000${r.value}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { row: r, n: 1 });
  }
  return [...groups.values()].filter((g) => g.n > 1).map(({ row, n }) => ({ article: row.article, ...(row.date && { date: row.date }), value: row.value, label: `×${n}` }));
}

/** Powers of ten around every figure, so open-ended bars run to the edge of the axis. */
function logDomain(values: number[]): [number, number] {
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values) / 2));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values) * 2));
  return [lo, hi];
}

/** Tick values on a log axis: the powers of ten in the domain, with 2× and 5× when it spans few decades. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const decades: number[] = [];
  for (let p = Math.round(Math.log10(lo)); 10 ** p <= hi * 1.0001; p++) decades.push(10 ** p);
  return decades.length > 3 ? decades : decades.flatMap((d) => [d, 2 * d, 5 * d]).filter((t) => t <= hi * 1.0001);
}

const AXIS_LABEL = "datum.value >= 1e12 ? format(datum.value / 1e12, '~g') + 'tn' : datum.value >= 1e9 ? format(datum.value / 1e9, '~g') + 'bn' : datum.value >= 1e6 ? format(datum.value / 1e6, '~g') + 'm' : format(datum.value, '~g')";

/** The chart of a fact's claims; undefined when no claim has a positive figure. */
export function claimChart(fact: ReportFact, report: Report, canonical?: number): Chart | undefined {
  const series = fact.status === 'updated';
  const rows = rowsOf(fact, report, series);
  if (rows.length === 0) return undefined;
  const useTime = series && rows.every((r) => r.date);
  const domain = logDomain([...rows.flatMap((r) => [r.value, r.lo ?? r.value, r.hi ?? r.value]), ...(canonical ? [canonical] : [])]);
  for (const r of rows) {
    if (r.hi !== undefined && r.lo === undefined) r.lo = domain[0];
    if (r.lo !== undefined && r.hi === undefined) r.hi = domain[1];
  }
  const verdicts = [...new Set(rows.map((r) => r.verdict))];
  const colour = {
    field: 'verdict', type: 'nominal', title: null, legend: { labelExpr: "replace(datum.label, /_/g, ' ')" },
    scale: { domain: verdicts, range: verdicts.map((v, i) => VERDICT_COLOURS[v] ?? FALLBACK_COLOURS[i % FALLBACK_COLOURS.length]!) },
  } as const;
  const unit = fact.unit ?? rows[0]?.stated.replace(/^[^A-Z]*/, '') ?? '';
  const x = { type: 'quantitative', scale: { type: 'log', domain }, axis: { title: `${unit ? `${unit}, ` : ''}logarithmic scale`, labelExpr: AXIS_LABEL, values: logTicks(domain), grid: true, gridColor: '#e4e4e4' } } as const;
  const y = useTime
    ? { field: 'date', type: 'temporal', title: 'as of', scale: { padding: 14 }, axis: { format: '%Y-%m', tickCount: 5 } } as const
    : { field: 'article', type: 'nominal', title: null, axis: { labelLimit: 200 } } as const;
  const rowCount = useTime ? 5 : new Set(rows.map((r) => r.article)).size;
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 380,
    height: useTime ? 140 : { step: 24 },
    background: 'white',
    config: { aria: false, font: 'sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 11, titleColor: '#555' }, legend: { orient: 'top', direction: 'horizontal', title: null, labelFontSize: 11, symbolOpacity: 1 } },
    layer: [
      { data: { values: rows.filter((r) => r.lo !== undefined) }, mark: { type: 'rule', strokeWidth: 8, opacity: 0.35, strokeCap: 'butt' }, encoding: { x: { ...x, field: 'lo' }, x2: { field: 'hi' }, y, color: colour } },
      ...(useTime ? [{ data: { values: rows }, mark: { type: 'line', color: '#999', strokeWidth: 1 }, encoding: { x: { ...x, field: 'value' }, y, order: { field: 'date' } } } as const] : []),
      { data: { values: rows }, mark: { type: 'point', filled: true, size: 70, opacity: 0.9, stroke: 'white', strokeWidth: 1 }, encoding: { x: { ...x, field: 'value' }, y, color: colour } },
      { data: { values: repeatedDots(rows, useTime) }, mark: { type: 'text', align: 'left', dx: 8, fontSize: 11, color: '#333' }, encoding: { x: { ...x, field: 'value' }, y, text: { field: 'label' } } },
      ...(canonical ? [
        { data: { values: [{ canonical }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#222', strokeWidth: 1.5 }, encoding: { x: { ...x, field: 'canonical' } } } as const,
        { data: { values: [{ canonical, label: 'canonical' }] }, mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10, color: '#222' }, encoding: { x: { ...x, field: 'canonical' }, y: { value: 0 }, text: { field: 'label' } } } as const,
      ] : []),
    ],
  } as TopLevelSpec;
  return { spec, description: describeChart(fact, rows, canonical, useTime) };
}

function describeChart(fact: ReportFact, rows: ChartRow[], canonical: number | undefined, useTime: boolean): string {
  const groups = new Map<string, number>();
  for (const r of rows) groups.set(`${r.stated} (${words(r.verdict)})`, (groups.get(`${r.stated} (${words(r.verdict)})`) ?? 0) + 1);
  const what = `${fact.subject} ${words(fact.predicate)}${fact.topic ? `, ${words(fact.topic)}` : ''}`;
  const dots = [...groups].map(([label, n]) => `${label}: ${plural(n, 'claim')}`).join('; ');
  const marked = canonical ? ` The canonical value, ${figureText({ value: canonical, unit: fact.unit })}, is marked by a dashed line.` : '';
  return `Chart of ${what}: one dot per claim on a logarithmic value axis${useTime ? ' against the date each holds for' : ''}, coloured by verdict. ${dots}.${marked}`;
}

/** The SVG of a chart, with its text alternative as the image's label and title. */
export async function renderChartSvg(chart: Chart): Promise<RenderedChart> {
  const view = new vega.View(vega.parse(compile(chart.spec).spec), { renderer: 'none' });
  // The chart is one image to assistive technology: Vega's own roles on mark groups go.
  const svg = (await view.toSVG()).replace(/ (?:role|aria-[a-z]+)="[^"]*"/g, '');
  view.finalize();
  const label = chart.description.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return { svg: svg.replace(/^<svg /, `<svg role="img" aria-label="${label}" `).replace(/^(<svg[^>]*>)/, `$1<title>${label}</title>`), description: chart.description };
}

/** The chart each conflict about a fact, and each revised series, is drawn with. */
export async function renderCharts(report: Report): Promise<ReportCharts> {
  const facts = new Map(report.facts.map((f) => [f.id, f]));
  const charts: ReportCharts = new Map();
  const wanted: [string, Chart | undefined][] = [];
  for (const c of report.conflicts as ReportConflict[]) {
    const fact = c.fact ? facts.get(c.fact) : undefined;
    if (fact) wanted.push([c.id, claimChart(fact, report, typeof c.canonical === 'number' ? c.canonical : typeof fact.value === 'number' ? fact.value : undefined)]);
  }
  for (const f of report.facts) {
    if (f.status === 'updated') wanted.push([f.id, claimChart(f, report, typeof f.value === 'number' ? f.value : undefined)]);
  }
  for (const [id, chart] of wanted) if (chart) charts.set(id, await renderChartSvg(chart));
  return charts;
}
