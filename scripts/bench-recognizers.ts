// `newsfacts extract` beside Microsoft's Recognizers-Text on the same texts, in one
// process: their currency and datetime recognizers (English or Chinese culture by the
// article's language) against our extract path — the whole line (JSON in, normalise,
// money, dates, entities, roles, JSON out) and money + dates alone. Characters per
// second of article text, each side warmed once, then run for at least `seconds`.
// Recognizers-Text is fed one paragraph at a time, its best case: it is built for short
// utterances, and on a whole 5 KB article its currency model alone takes about 10 s
// (and its datetime model finds fewer dates).

import { Culture, recognizeCurrency, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { extractDates } from '../extractors/dates/index.ts';
import { extractMoney } from '../extractors/money/index.ts';
import { extractLine } from '../pipeline/commands/extract.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';

export interface ExtractComparison {
  texts: number;
  chars: number;
  /** Characters per second. */
  recognizers: number;
  newsfactsExtract: number;
  newsfactsMoneyDates: number;
  /** Mentions found by each, as a sanity check that both did real work. */
  found: { recognizers: number; newsfacts: number };
}

function rate<T extends { text: string }>(items: T[], seconds: number, run: (item: T) => void): number {
  for (const t of items.slice(0, 30)) run(t); // warm-up: load tables, compile regexes, warm the JIT
  const chars = items.reduce((n, t) => n + t.text.length, 0);
  let done = 0;
  const started = performance.now();
  do {
    for (const t of items) run(t);
    done += chars;
  } while (performance.now() - started < seconds * 1000);
  return done / ((performance.now() - started) / 1000);
}

export function compareWithRecognizers(items: { text: string; lang: 'en' | 'zh' }[], seconds: number): ExtractComparison {
  const culture = (lang: 'en' | 'zh') => (lang === 'zh' ? Culture.Chinese : Culture.English);
  const lines = items.map((t, i) => ({ ...t, line: JSON.stringify({ id: String(i), text: t.text, lang: t.lang }) }));
  const found = { recognizers: 0, newsfacts: 0 };
  for (const t of items) {
    for (const p of t.text.split(/\n\n+/)) found.recognizers += recognizeCurrency(p, culture(t.lang)).length + recognizeDateTime(p, culture(t.lang)).length;
    const normalised = normaliseArticle(t.text, t.lang);
    found.newsfacts += extractMoney(normalised.text, { lang: t.lang }).length + extractDates(normalised.text, { lang: t.lang }).length;
  }
  const paragraphs = items.flatMap((t) => t.text.split(/\n\n+/).map((text) => ({ text, lang: t.lang })));
  const recognizers = rate(paragraphs, seconds, (t) => {
    recognizeCurrency(t.text, culture(t.lang));
    recognizeDateTime(t.text, culture(t.lang));
  });
  const newsfactsExtract = rate(lines, seconds, (t) => {
    JSON.stringify(extractLine(t.line, 'auto').output);
  });
  const newsfactsMoneyDates = rate(items, seconds, (t) => {
    const normalised = normaliseArticle(t.text, t.lang);
    extractMoney(normalised.text, { lang: t.lang });
    extractDates(normalised.text, { lang: t.lang });
  });
  return { texts: items.length, chars: items.reduce((n, t) => n + t.text.length, 0), recognizers, newsfactsExtract, newsfactsMoneyDates, found };
}
