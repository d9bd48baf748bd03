// Figures, counts and article names as a reader says them: "up to $25bn", "over $60bn",
// "$150–250m", "1 claim", "7 claims"; an article by its title (its file name only when it
// has none). Shared by the HTML and Markdown reports and the charts.

/** Currencies written with a symbol; any other unit follows the figure ("550bn JPY"). */
const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** Qualifier words before a figure; `exact` and `range` have none. */
const QUALIFIER_WORDS: Record<string, string> = {
  about: 'about ', up_to: 'up to ', at_least: 'at least ', over: 'over ', under: 'under ',
};

const SCALES: [number, string][] = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm']];

export interface FigureParts {
  value: number | string;
  unit?: string | undefined;
  qualifier?: string | undefined;
  min?: number | null | undefined;
  max?: number | null | undefined;
}

function scaleFor(n: number): [number, string] {
  return SCALES.find(([size]) => Math.abs(n) >= size) ?? [1, ''];
}

const plainNumber = (n: number) => (Math.abs(n) >= 1000 ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : String(+n.toFixed(3)));
const scaled = (n: number, size: number) => (size === 1 ? plainNumber(n) : String(+(n / size).toFixed(3)));

function withUnit(figure: string, unit: string | undefined): string {
  if (!unit) return figure;
  const symbol = CURRENCY_SYMBOLS[unit];
  return symbol ? `${symbol}${figure}` : `${figure} ${unit}`;
}

/** "$550bn", "up to $25bn", "over $60bn", "$150–250m", "about 3bn JPY"; text values as they are. */
export function figureText(f: FigureParts): string {
  if (typeof f.value === 'string') return f.value;
  if (typeof f.min === 'number' && typeof f.max === 'number' && f.min !== f.max && (f.qualifier === 'range' || f.qualifier === undefined)) {
    const [size, suffix] = scaleFor(f.max);
    return withUnit(`${scaled(f.min, size)}–${scaled(f.max, size)}${suffix}`, f.unit);
  }
  const [size, suffix] = scaleFor(f.value);
  return `${QUALIFIER_WORDS[f.qualifier ?? ''] ?? ''}${withUnit(`${scaled(f.value, size)}${suffix}`, f.unit)}`;
}

/** "1 claim", "7 claims", "2 entities" (pass the plural when it is not the noun plus "s"). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "scale_error" → "scale error". */
export const words = (id: string) => id.replace(/_/g, ' ');

export interface NamedArticle {
  id: string;
  path: string;
  title?: string | undefined;
  published?: string | undefined;
  lang?: string | null | undefined;
  source?: string | undefined;
}

/** An article's name for a reader: its title, else its file path. */
export const articleName = (a: NamedArticle | undefined, fallback = '') => a?.title?.trim() || a?.path || fallback;

/** "Observer Net · 2025-10-28 · en": what is known of an article besides its title. */
export function articleByline(a: NamedArticle): string {
  return [a.source, a.published, a.lang].filter((part): part is string => typeof part === 'string' && part !== '').join(' · ');
}

/**
 * A fact's figure: its own qualifier and bounds when the report has them, else the
 * qualifier every claim stating that value shares ("up to $25bn" stays "up to"); for a
 * disputed fact, each reading.
 */
export function factFigureText(f: FigureParts & { status?: string; claims?: readonly FigureParts[] }): string {
  // A dispute's value is its readings: "up to $44bn or over $60bn".
  if (f.status === 'disputed' && f.claims?.length) return [...new Set(f.claims.map(figureText))].join(' or ');
  if (f.qualifier !== undefined || typeof f.value !== 'number') return figureText(f);
  const stating = (f.claims ?? []).filter((c) => c.value === f.value && c.unit === f.unit);
  const qualifiers = new Set(stating.map((c) => c.qualifier ?? 'exact'));
  const only = stating[0];
  if (qualifiers.size !== 1 || !only) return figureText(f);
  return figureText({ value: f.value, unit: f.unit, qualifier: only.qualifier, min: only.min, max: only.max });
}
