// bench:entities — entity extraction throughput (MB/s of UTF-8 input) on one core, for
// English and for Chinese. The corpus is the seed articles (normalised, as the pipeline
// hands them over) plus the annotated fixture sentences grouped into article-sized
// texts; each text is one extractEntities call, so per-article work is counted.
// English also reports the heap its name data takes once loaded (first English call), and
// can be timed on any corpus of news in the eval JSONL form ({"text": ...} a line) with
// --en-corpus FILE, since the fixtures are far cleaner than wire news.
// Usage: tsx scripts/bench-entities.ts [seconds per language, default 5] [--en-corpus FILE]

import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { extractEntities } from '../extractors/entities/index.ts';
import type { Lang } from '../extractors/types.ts';
import { normaliseArticle } from '../pipeline/normalise/index.ts';

const args = process.argv.slice(2);
const corpusFlag = args.indexOf('--en-corpus');
const EN_CORPUS = corpusFlag === -1 ? undefined : args.splice(corpusFlag, 2)[1];
const SECONDS = Number(args[0] ?? 5);

function corpus(lang: Lang): string[] {
  if (lang === 'en' && EN_CORPUS) {
    return readFileSync(EN_CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  }
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

function bench(lang: Lang): { wall: number; cpu: number; bytes: number; texts: number } {
  const texts = corpus(lang);
  const bytesPerPass = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  for (let warm = 0; warm < 3; warm++) for (const t of texts) extractEntities(t, { lang }); // load dictionaries, warm the JIT
  let bytes = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  while (performance.now() - started < SECONDS * 1000) {
    for (const t of texts) extractEntities(t, { lang });
    bytes += bytesPerPass;
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: bytes / 1e6 / wallSeconds, cpu: bytes / 1e6 / cpuSeconds, bytes: bytesPerPass, texts: texts.length };
}

// CPU time is reported beside wall time: on a shared machine the wall clock also counts
// time the process waited for a core. The extractor is single-threaded (jieba's native
// cut is synchronous), so CPU seconds are one core's seconds.
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`load average (1, 5, 15 min): ${load()}`);

/** Heap the English recogniser's data takes: live heap after a full collection, before and after the first English call. */
function englishDataHeap(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  extractEntities('Sony Interactive Entertainment said Mr Farley, 54, would visit Leicester.', { lang: 'en' });
  gc();
  return (process.memoryUsage().heapUsed - before) / 1e6;
}
console.log(`en: name data and lexicon loaded on first use: ${englishDataHeap().toFixed(1)} MB of heap${EN_CORPUS ? `; timed on ${EN_CORPUS}` : ''}`);
for (const lang of ['en', 'zh'] as const) {
  const r = bench(lang);
  console.log(`${lang}: ${r.cpu.toFixed(2)} MB/s per CPU second, ${r.wall.toFixed(2)} MB/s wall  (${r.texts} texts, ${(r.bytes / 1024).toFixed(1)} KiB per pass)`);
}
console.log(`load average (1, 5, 15 min): ${load()}`);
