// Measures extractMoney on the Recognizers-Text currency cases (English and Chinese).
// A case passes when our mentions equal its in-scope expected results, compared by
// normalised text, value and ISO code. Cases of a kind newsfacts leaves out are counted
// apart, each kind with its reason; failures go to output/eval-money-failures.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extractMoney } from '../extractors/money/index.ts';
import type { Lang } from '../extractors/types.ts';

const SUITE = '/work/shared/peer-suites/recognizers-text/NumberWithUnit';
const FILES: Array<{ lang: Lang; path: string }> = [
  { lang: 'en', path: `${SUITE}/English/CurrencyModel.json` },
  { lang: 'zh', path: `${SUITE}/Chinese/CurrencyModel.json` },
];

interface SuiteResult { Text: string; Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } }
interface SuiteCase { Input: string; Results: SuiteResult[] }

/** Kinds of expected result newsfacts deliberately does not produce, with the reason. */
const OUT_OF_SCOPE: Array<{ kind: string; reason: string; test: (r: SuiteResult) => boolean }> = [
  { kind: 'subunit', reason: 'cents, pence, 美分, 角, 毛, 分, 銭 alone: news amounts are stated in major units; a value in cents would need a second unit system',
    test: (r) => /^(cent|pence|penny|sen)$/i.test(r.Resolution?.unit ?? '') },
  { kind: 'compound', reason: 'major plus minor units ("3 dollars 50 cents", "15 dollars and 15", 五元三毛): conversational prices, not news figures',
    test: (r) => /\d.*(cents?|dollars?|usd|\$).*\d|(dollars?|\$ \d+) (and )?(one|two|forty|fifty|five)|[元美][又]?.*[角毛分]|元.*銭|kuai/i.test(r.Text.toLowerCase()) && !/million|billion/i.test(r.Text) },
  { kind: 'cryptocurrency', reason: 'bitcoin, satoshi, BTC, 比特币 have no ISO 4217 code',
    test: (r) => /bitcoin|satoshi/i.test(r.Resolution?.unit ?? '') },
  { kind: 'ambiguous-unit', reason: 'francs and rupees without a country name several currencies; the suite gives no ISO code either',
    test: (r) => /^(franc|rupee)$/i.test(r.Resolution?.unit ?? '') },
];

/** Bare currency names ("dollar", 人民币) are not amounts: dropped from the expected list. */
const isBareCurrencyName = (r: SuiteResult) => r.Resolution?.value == null;

/** Where the suite gives a unit but no ISO code, the code newsfacts documents for it. */
const ISO_FOR_UNIT: Record<string, string> = {
  Dollar: 'USD', Pound: 'GBP', 'Finnish markka': 'FIM', Peseta: 'ESP', 'Netherlands guilder': 'NLG',
};

const normaliseText = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function expectedIso(r: SuiteResult): string | undefined {
  return r.Resolution?.isoCurrency || ISO_FOR_UNIT[r.Resolution?.unit ?? ''];
}

const key = (text: string, value: number | null, iso: string | undefined) =>
  `${normaliseText(text)} | ${value === null ? 'null' : Number(value.toPrecision(12))} | ${iso}`;

function evaluate(lang: Lang, path: string) {
  const cases = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as SuiteCase[];
  const excluded = new Map<string, number>();
  const failures: unknown[] = [];
  let inScope = 0;
  let passed = 0;
  for (const c of cases) {
    const outKind = c.Results.map((r) => OUT_OF_SCOPE.find((k) => k.test(r))?.kind).find(Boolean);
    if (outKind) {
      excluded.set(outKind, (excluded.get(outKind) ?? 0) + 1);
      continue;
    }
    inScope++;
    const expected = c.Results.filter((r) => !isBareCurrencyName(r))
      .map((r) => key(r.Text, Number(r.Resolution!.value), expectedIso(r))).sort();
    const mentions = extractMoney(c.Input, { lang });
    // Vague mentions carry no value; the suite has no notion of them.
    const actual = mentions.filter((m) => m.value !== null).map((m) => key(m.text, m.value, m.currency)).sort();
    if (JSON.stringify(expected) === JSON.stringify(actual)) passed++;
    else failures.push({ input: c.Input, expected, actual });
  }
  return { lang, total: cases.length, inScope, passed, excluded: Object.fromEntries(excluded), failures };
}

const results = FILES.map(({ lang, path }) => evaluate(lang, path));
for (const r of results) {
  const rate = r.inScope ? ((100 * r.passed) / r.inScope).toFixed(1) : '-';
  console.log(`${r.lang}: total ${r.total}, in scope ${r.inScope}, passed ${r.passed}, pass rate ${rate}%, left out ${JSON.stringify(r.excluded)}`);
}
console.log('\nLeft out of scope:');
for (const k of OUT_OF_SCOPE) console.log(`- ${k.kind}: ${k.reason}`);
mkdirSync('output', { recursive: true });
writeFileSync('output/eval-money-failures.json', JSON.stringify(results.map(({ lang, failures }) => ({ lang, failures })), null, 2));
console.log('\nFailures: output/eval-money-failures.json');
