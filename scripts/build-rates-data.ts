// Builds pipeline/reconcile/rates-data.json, the reference-rate table reconciliation
// converts currencies with, from the monthly CSV of the public-domain (ODC-PDDL)
// datasets/exchange-rates repository (https://github.com/datasets/exchange-rates,
// data/monthly.csv): Federal Reserve H.10 / G.5 monthly averages taken from FRED.
//
//   npx tsx scripts/build-rates-data.ts path/to/monthly.csv [first-month] [commit]
//
// Every rate is stored as units of the currency per one US dollar; the dataset has
// already inverted the series FRED quotes the other way (EUR, GBP, AUD, NZD).

import { readFileSync, writeFileSync } from 'node:fs';

/** Country names of the dataset → ISO 4217 code and the FRED monthly series behind it. */
const SERIES: Record<string, { code: string; fred: string }> = {
  Euro: { code: 'EUR', fred: 'EXUSEU (USD per EUR, inverted)' },
  China: { code: 'CNY', fred: 'EXCHUS' },
  'Hong Kong': { code: 'HKD', fred: 'EXHKUS' },
  Taiwan: { code: 'TWD', fred: 'EXTAUS' },
  Japan: { code: 'JPY', fred: 'EXJPUS' },
  'South Korea': { code: 'KRW', fred: 'EXKOUS' },
  'United Kingdom': { code: 'GBP', fred: 'EXUSUK (USD per GBP, inverted)' },
  Switzerland: { code: 'CHF', fred: 'EXSZUS' },
  Australia: { code: 'AUD', fred: 'EXUSAL (USD per AUD, inverted)' },
  Canada: { code: 'CAD', fred: 'EXCAUS' },
  Singapore: { code: 'SGD', fred: 'EXSIUS' },
  India: { code: 'INR', fred: 'EXINUS' },
  'New Zealand': { code: 'NZD', fred: 'EXUSNZ (USD per NZD, inverted)' },
  Sweden: { code: 'SEK', fred: 'EXSDUS' },
  Norway: { code: 'NOK', fred: 'EXNOUS' },
  Denmark: { code: 'DKK', fred: 'EXDNUS' },
  Mexico: { code: 'MXN', fred: 'EXMXUS' },
  Brazil: { code: 'BRL', fred: 'EXBZUS' },
  'South Africa': { code: 'ZAR', fred: 'EXSFUS' },
  Thailand: { code: 'THB', fred: 'EXTHUS' },
  Malaysia: { code: 'MYR', fred: 'EXMAUS' },
};

const [csvPath, firstMonth = '2015-01', commit = 'unknown'] = process.argv.slice(2);
if (!csvPath) {
  console.error('usage: tsx scripts/build-rates-data.ts monthly.csv [first-month] [commit]');
  process.exit(2);
}

const rates: Record<string, Record<string, number>> = {};
let last = '';
for (const line of readFileSync(csvPath, 'utf8').split('\n').slice(1)) {
  const [date, country, value] = line.split(',');
  const series = country ? SERIES[country] : undefined;
  if (!date || !series || !value) continue;
  const month = date.slice(0, 7);
  if (month < firstMonth) continue;
  (rates[series.code] ??= {})[month] = Number(value);
  if (month > last) last = month;
}

const table = {
  about: 'Monthly average exchange rates, units of each currency per 1 US dollar; read by pipeline/reconcile/rates.ts. Rebuild with scripts/build-rates-data.ts.',
  source: 'Federal Reserve Board H.10/G.5 foreign exchange rates (monthly averages of daily noon buying rates in New York), via FRED; compiled by github.com/datasets/exchange-rates data/monthly.csv',
  source_commit: commit,
  licence: 'ODC-PDDL-1.0 (datasets/exchange-rates); the Federal Reserve series are US government public data',
  unit: 'currency per USD',
  first: firstMonth,
  last,
  series: Object.fromEntries(Object.values(SERIES).map((s) => [s.code, s.fred])),
  rates: Object.fromEntries(Object.entries(rates).sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(new URL('../pipeline/reconcile/rates-data.json', import.meta.url), `${JSON.stringify(table, null, 1)}\n`);
console.log(`rates-data.json: ${Object.keys(rates).length} currencies, ${firstMonth} to ${last}`);
