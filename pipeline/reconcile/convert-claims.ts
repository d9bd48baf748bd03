// Claims in a common unit: each claim keeps the unit it states; comparisons convert it
// with the dated reference rates of rates.ts at the claim's as-of month. Articles convert
// at the day's rate while the table holds monthly averages, so a converted interval is
// widened by FX_TOLERANCE before it is compared. A missing rate is an answer
// ({ ok: false, reason }) that makes the comparison `unconverted`, never a guess.

import { convertAmount } from './rates.ts';
import type { Claim, ClaimConversion } from './types.ts';
import { intervalOf } from './values.ts';

/** How far a spot conversion in an article may stand from the month's average rate. */
export const FX_TOLERANCE = 0.1;

const cache = new Map<string, ClaimConversion>();

/** The claim's figure (value and bounds) in `unit`, with the rate used; the same answer for the same unit, figure and month. */
export function convertClaim(c: Claim, unit: string): ClaimConversion {
  const month = c.asOf?.slice(0, 7) ?? null;
  const key = `${c.unit}|${unit}|${month}`;
  let rate = cache.get(key);
  if (!rate) {
    const r = convertAmount(1, c.unit, unit, month);
    rate = r.ok ? { ok: true, value: r.rate, min: null, max: null, unit, rate: r.rate, period: r.period, source: r.source, ...(r.note ? { note: r.note } : {}) } : { ok: false, reason: r.reason };
    if (cache.size > 10_000) cache.clear();
    cache.set(key, rate);
  }
  if (!rate.ok) return rate;
  const k = rate.rate;
  return { ...rate, value: c.value * k, min: c.min === null ? null : c.min * k, max: c.max === null ? null : c.max * k };
}

/** The interval a claim asserts, in `unit`: its own for its own unit, a widened converted one otherwise; undefined without a rate. */
export function intervalIn(c: Claim, unit: string): [number, number] | undefined {
  if (c.unit === unit) return intervalOf(c);
  const conv = convertClaim(c, unit);
  if (!conv.ok) return undefined;
  const [lo, hi] = intervalOf({ value: conv.value, qualifier: c.qualifier, min: conv.min, max: conv.max, precision: c.precision });
  return [lo * (1 - FX_TOLERANCE), hi * (1 + FX_TOLERANCE)];
}

/** Whether two claims can state one amount (their intervals meet once in one unit). */
export function agreeAcrossUnits(a: Claim, b: Claim): boolean {
  const ia = intervalOf(a);
  const ib = intervalIn(b, a.unit);
  return ib !== undefined && ia[0] <= ib[1] && ib[0] <= ia[1];
}

/** "1 USD = 0.8684 EUR (Federal Reserve H.10/G.5 monthly averages, 2026-06)". */
export function describeRate(from: string, conv: ClaimConversion): string {
  if (!conv.ok) return `${from} not converted: ${conv.reason}`;
  return `1 ${from} = ${+conv.rate.toPrecision(5)} ${conv.unit} (${conv.source}, ${conv.period}${conv.note ? `; ${conv.note}` : ''})`;
}
