// convertAmount: an amount in one currency expressed in another, at the monthly average
// rate of a dated reference table shipped as data (rates-data.json: Federal Reserve
// H.10/G.5 monthly averages, units per US dollar; source, licence and range in its header
// and in RATES.md beside it). Cross rates go through the dollar. A year is the mean of its
// published months; a month after the table's last one takes the last published month,
// and says so in `note`. A currency or a period the table does not hold is an answer
// ({ ok: false, reason }), never an exception.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

export type Conversion =
  | { ok: true; value: number; rate: number; from: string; to: string; period: string; source: string; note?: string }
  | { ok: false; reason: string };

const RateTable = z.object({
  source: z.string(),
  first: z.string().regex(/^\d{4}-\d{2}$/),
  last: z.string().regex(/^\d{4}-\d{2}$/),
  rates: z.record(z.string(), z.record(z.string(), z.number().positive())),
});
type RateTable = z.infer<typeof RateTable>;

/** The currency every series of the table is quoted against. */
const BASE = 'USD';
const SOURCE_LABEL = 'Federal Reserve H.10/G.5 monthly averages';

let loaded: RateTable | string | undefined;
/** The table, or why it cannot be read (a broken install answers every call with that reason). */
function loadTable(): RateTable | string {
  if (loaded === undefined) {
    try {
      loaded = RateTable.parse(JSON.parse(readFileSync(new URL('./rates-data.json', import.meta.url), 'utf8')));
    } catch (error) {
      loaded = `rate table unreadable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
  }
  return loaded;
}
const rateTable = (): RateTable => loadTable() as RateTable; // only called after convertAmount checked it

/** Units of `code` per US dollar in `month`, or undefined when the table has none. */
function perDollar(code: string, month: string): number | undefined {
  return code === BASE ? 1 : rateTable().rates[code]?.[month];
}

const knows = (code: string) => code === BASE || rateTable().rates[code] !== undefined;

function monthsOfYear(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

interface Period {
  label: string;
  months: string[];
  note?: string;
}

/** The months whose rates answer `asOf`; `before` when it precedes the table; a string when unreadable. */
function periodOf(asOf: string | null): Period | { before: string } | string {
  const { first, last } = rateTable();
  if (asOf === null || /^X{4}/.test(asOf)) {
    const why = asOf === null ? 'no date given' : `the year of ${asOf} is unknown`;
    return { label: last, months: [last], note: `${why}: latest published month ${last} used` };
  }
  const month = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-(?:0[1-9]|[12]\d|3[01]))?$/.exec(asOf)?.[1];
  if (month) {
    if (month < first) return { before: month };
    if (month > last) return { label: last, months: [last], note: `${month} is after the table's last published month ${last}; ${last} used` };
    return { label: month, months: [month] };
  }
  if (/^\d{4}$/.test(asOf)) {
    if (asOf < first.slice(0, 4)) return { before: asOf };
    if (asOf > last.slice(0, 4)) return { label: last, months: [last], note: `${asOf} is after the table's last published month ${last}; ${last} used` };
    const months = monthsOfYear(asOf).filter((m) => m >= first && m <= last);
    const partial = months.length < 12 ? `average of ${months[0]} to ${months[months.length - 1]}, the months published` : undefined;
    return { label: asOf, months, ...(partial && { note: partial }) };
  }
  return `unreadable date "${asOf}" (want YYYY-MM-DD, YYYY-MM or YYYY)`;
}

/** Mean of a currency's per-dollar rates over the period's months; a missing month is an error. */
function averagePerDollar(code: string, months: string[]): number | string {
  let sum = 0;
  for (const month of months) {
    const rate = perDollar(code, month);
    if (rate === undefined) return `no rate for ${code} in ${month}`;
    sum += rate;
  }
  return sum / months.length;
}

/** value in `from` → `to` at the rate of the month of asOf (YYYY-MM-DD, YYYY-MM, YYYY, or null → latest period, noted). */
export function convertAmount(value: number, from: string, to: string, asOf: string | null): Conversion {
  const source = typeof from === 'string' ? from.trim().toUpperCase() : '';
  const target = typeof to === 'string' ? to.trim().toUpperCase() : '';
  if (!Number.isFinite(value)) return { ok: false, reason: `value ${value} is not a finite number` };
  const table = loadTable();
  if (typeof table === 'string') return { ok: false, reason: table };
  for (const code of [source, target]) if (!/^[A-Z]{3}$/.test(code) || !knows(code)) return { ok: false, reason: `no rate for ${code || '(empty currency)'}` };
  const period = periodOf(asOf);
  if (typeof period === 'string') return { ok: false, reason: period };
  if (source === target) {
    // One currency needs no table: rate 1 whatever the date (even before the table starts).
    const label = 'before' in period ? period.before : period.label;
    return { ok: true, value, rate: 1, from: source, to: target, period: label, source: 'same currency' };
  }
  if ('before' in period) {
    const missing = [source, target].find((code) => code !== BASE) ?? source;
    return { ok: false, reason: `no rate for ${missing} in ${period.before} (the table starts ${rateTable().first})` };
  }
  const note = period.note ? { note: period.note } : {};
  const fromRate = averagePerDollar(source, period.months);
  if (typeof fromRate === 'string') return { ok: false, reason: fromRate };
  const toRate = averagePerDollar(target, period.months);
  if (typeof toRate === 'string') return { ok: false, reason: toRate };
  const rate = toRate / fromRate;
  return { ok: true, value: value * rate, rate, from: source, to: target, period: period.label, source: SOURCE_LABEL, ...note };
}
