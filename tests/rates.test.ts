// convertAmount over the shipped reference-rate table (pipeline/reconcile/rates-data.json):
// rates of the month asked for, cross rates through the dollar, yearly means, the last
// published month for later dates, and answers (never exceptions) for what it lacks.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { convertAmount } from '../pipeline/reconcile/rates.ts';

const table = JSON.parse(readFileSync(new URL('../pipeline/reconcile/rates-data.json', import.meta.url), 'utf8')) as {
  source: string; licence: string; first: string; last: string; rates: Record<string, Record<string, number>>;
};

describe('the rate table', () => {
  it('names its source and licence and covers 2020-01 on for the currencies the news uses', () => {
    expect(table.source).toMatch(/Federal Reserve/);
    expect(table.licence).toMatch(/PDDL/);
    expect(table.first <= '2020-01').toBe(true);
    expect(table.last >= '2026-01').toBe(true);
    for (const code of ['EUR', 'CNY', 'HKD', 'TWD', 'JPY', 'KRW', 'GBP', 'CHF', 'AUD', 'CAD', 'SGD', 'INR']) {
      for (let y = 2020; y <= 2025; y++) for (let m = 1; m <= 12; m++) {
        expect(table.rates[code]?.[`${y}-${String(m).padStart(2, '0')}`], `${code} ${y}-${m}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('convertAmount', () => {
  it('converts at the month of a day, as units of `to` per unit of `from`', () => {
    const eur = table.rates.EUR!['2024-03']!;
    const r = convertAmount(1_000_000, 'EUR', 'USD', '2024-03-15');
    expect(r).toMatchObject({ ok: true, from: 'EUR', to: 'USD', period: '2024-03', source: expect.stringMatching(/H\.10/) });
    if (!r.ok) throw new Error(r.reason);
    expect(r.rate).toBeCloseTo(1 / eur, 10);
    expect(r.value).toBeCloseTo(1_000_000 / eur, 4);
    expect(r.note).toBeUndefined();
    // plausible magnitudes: a euro was worth about 1.05–1.15 dollars that spring
    expect(r.rate).toBeGreaterThan(1.0);
    expect(r.rate).toBeLessThan(1.2);
  });

  it('goes through the dollar for a cross rate (TWD → HKD, CNY → EUR)', () => {
    const r = convertAmount(3_100_000_000, 'TWD', 'HKD', '2023-09');
    if (!r.ok) throw new Error(r.reason);
    expect(r.rate).toBeCloseTo(table.rates.HKD!['2023-09']! / table.rates.TWD!['2023-09']!, 12);
    const back = convertAmount(r.value, 'HKD', 'TWD', '2023-09');
    if (!back.ok) throw new Error(back.reason);
    expect(back.value).toBeCloseTo(3_100_000_000, 2);
    const yuan = convertAmount(14_600_000_000, 'cny', 'eur', '2022-07');
    expect(yuan).toMatchObject({ ok: true, from: 'CNY', to: 'EUR', period: '2022-07' });
  });

  it('takes the mean of the published months for a year', () => {
    const months = Object.entries(table.rates.JPY!).filter(([m]) => m.startsWith('2021-')).map(([, v]) => v);
    const r = convertAmount(100, 'USD', 'JPY', '2021');
    if (!r.ok) throw new Error(r.reason);
    expect(months).toHaveLength(12);
    expect(r.rate).toBeCloseTo(months.reduce((a, b) => a + b, 0) / 12, 10);
    expect(r.period).toBe('2021');
  });

  it('uses the last published month for a later date or no date, and says so', () => {
    const late = convertAmount(1, 'KRW', 'USD', '2099-12-31');
    expect(late).toMatchObject({ ok: true, period: table.last, note: expect.stringContaining(table.last) });
    const undated = convertAmount(1, 'GBP', 'USD', null);
    expect(undated).toMatchObject({ ok: true, period: table.last, note: expect.stringMatching(/no date/) });
    const yearless = convertAmount(1, 'GBP', 'USD', 'XXXX-03-11');
    expect(yearless).toMatchObject({ ok: true, period: table.last, note: expect.stringMatching(/year .* unknown/) });
  });

  it('returns a reason, never throws, for what the table lacks', () => {
    expect(convertAmount(5, 'XYZ', 'USD', '2024-01')).toEqual({ ok: false, reason: 'no rate for XYZ' });
    expect(convertAmount(5, 'USD', '', '2024-01')).toEqual({ ok: false, reason: 'no rate for (empty currency)' });
    expect(convertAmount(5, 'EUR', 'USD', '1999-03')).toEqual({ ok: false, reason: `no rate for EUR in 1999-03 (the table starts ${table.first})` });
    expect(convertAmount(5, 'EUR', 'USD', 'last spring')).toMatchObject({ ok: false, reason: expect.stringMatching(/unreadable date/) });
    expect(convertAmount(5, 'EUR', 'USD', '2024-13')).toMatchObject({ ok: false });
    expect(convertAmount(Number.NaN, 'EUR', 'USD', '2024-01')).toMatchObject({ ok: false });
  });

  it('needs no table for one currency', () => {
    expect(convertAmount(42, 'CHF', 'CHF', '1990-01')).toMatchObject({ ok: true, value: 42, rate: 1, from: 'CHF', to: 'CHF' });
  });
});
