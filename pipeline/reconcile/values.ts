// Comparing two amounts as their articles stated them. A qualifier turns a figure into
// the interval it asserts: "up to $44bn" is [0, 44bn], "over $60bn" is (60bn, ∞),
// "about" allows ±10%, an exact figure ±0.5% or half a unit of its last written digit. Intervals that meet are compatible; figures
// a power of ten apart (×10, ×100, ×1000…) are a scale error, the usual slip of
// million/billion and of 亿 (10^8) read as 10^9.

export interface StatedValue {
  value: number;
  qualifier: string;
  min: number | null;
  max: number | null;
  /** Half a unit of the last digit written, relative to the value: "19亿" can be 18.5亿 to 19.5亿. */
  precision?: number;
}

const EXACT_TOLERANCE = 0.005;
const ABOUT_TOLERANCE = 0.1;
const SCALE_TOLERANCE = 0.02;

export function intervalOf(v: StatedValue): [number, number] {
  switch (v.qualifier) {
    case 'up_to':
    case 'under':
      return [0, v.max ?? v.value];
    case 'over':
    case 'at_least':
      return [v.min ?? v.value, Number.POSITIVE_INFINITY];
    case 'about': {
      const tolerance = Math.max(ABOUT_TOLERANCE, v.precision ?? 0);
      return [v.value * (1 - tolerance), v.value * (1 + tolerance)];
    }
    case 'range':
      return [v.min ?? v.value, v.max ?? v.value];
    default: {
      const tolerance = Math.max(EXACT_TOLERANCE, v.precision ?? 0);
      return [v.value * (1 - tolerance), v.value * (1 + tolerance)];
    }
  }
}

export function compatible(a: StatedValue, b: StatedValue): boolean {
  const [a0, a1] = intervalOf(a);
  const [b0, b1] = intervalOf(b);
  return a0 <= b1 && b0 <= a1;
}

/** The power of ten separating two figures (1 for ×10, 2 for ×100…), or 0 when they are not so related. */
export function scaleStep(a: number, b: number): number {
  if (a <= 0 || b <= 0) return 0;
  const ratio = Math.max(a, b) / Math.min(a, b);
  const step = Math.round(Math.log10(ratio));
  if (step < 1) return 0;
  return Math.abs(ratio / 10 ** step - 1) <= SCALE_TOLERANCE ? step : 0;
}

const QUALIFIER_WORDS: Record<string, string> = { up_to: 'up to ', under: 'under ', over: 'over ', at_least: 'at least ', about: 'about ', range: '' };

/** "over 60000000000 USD", "up to 44000000000 USD", "25000000000–30000000000 USD": a figure as stated, for reports. */
export function describeValue(v: StatedValue, unit: string): string {
  if (v.qualifier === 'range' && v.min !== null && v.max !== null) return `${formatAmount(v.min)}–${formatAmount(v.max)} ${unit}`;
  return `${QUALIFIER_WORDS[v.qualifier] ?? ''}${formatAmount(v.value)} ${unit}`;
}

export function formatAmount(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(3)} billion`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(3)} million`;
  return String(n);
}
