// bench:entities — entity extraction throughput (MB/s of UTF-8 input) on one core, for
// English and for Chinese. The corpus is the seed articles (normalised, as the pipeline
// hands them over) plus the annotated fixture sentences grouped into article-sized
// texts; each text is one extractEntities call, so per-article work is counted.
// Usage: tsx scripts/bench-entities.ts [seconds per language, default 5]

import { readdirSync, readFileSync } from 'node:fs';
import { extractEntities } from '../extractors/entities/index.ts';
import type { Lang } from '../extractors/types.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';

const SECONDS = Number(process.argv[2] ?? 5);

function corpus(lang: Lang): string[] {
  const texts = readdirSync('fixtures/seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'))
    .filter((t) => (/\p{Script=Han}/u.test(t) ? 'zh' : 'en') === lang)
    .map((t) => normaliseArticle(t, lang).text);
  const sentences = readFileSync(`fixtures/entities/sentences-${lang}.jsonl`, 'utf8').trim().split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  for (let i = 0; i < sentences.length; i += 10) texts.push(sentences.slice(i, i + 10).join(lang === 'zh' ? '' : '\n'));
  return texts;
}

function bench(lang: Lang): { mbPerSecond: number; bytes: number; texts: number } {
  const texts = corpus(lang);
  const bytesPerPass = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (const t of texts) extractEntities(t, { lang }); // load dictionaries, warm the JIT
  let bytes = 0;
  const started = performance.now();
  while (performance.now() - started < SECONDS * 1000) {
    for (const t of texts) extractEntities(t, { lang });
    bytes += bytesPerPass;
  }
  const seconds = (performance.now() - started) / 1000;
  return { mbPerSecond: bytes / 1e6 / seconds, bytes: bytesPerPass, texts: texts.length };
}

for (const lang of ['en', 'zh'] as const) {
  const r = bench(lang);
  console.log(`${lang}: ${r.mbPerSecond.toFixed(2)} MB/s  (${r.texts} texts, ${(r.bytes / 1024).toFixed(1)} KiB per pass, one core)`);
}
