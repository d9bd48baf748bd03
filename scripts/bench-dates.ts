// Throughput of the date extractor alone, one core: ≥ 20 MB of mixed English and Chinese
// news text (the seed articles plus TempEval documents, repeated), reported in MB/s.
import { readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { extractDates } from '../extractors/dates/index.ts';
import type { Lang } from '../extractors/types.ts';

const TARGET_BYTES = 20 * 1024 * 1024;
const seeds = readdirSync('fixtures/seeds').sort().map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));
const tempeval = readFileSync('/work/shared/corpora/tempeval3/timebank.jsonl', 'utf8')
  .trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
const samples: { text: string; lang: Lang; bytes: number }[] = [...seeds, ...tempeval].map((text) => ({
  text,
  lang: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en',
  bytes: Buffer.byteLength(text, 'utf8'),
}));

const batch: typeof samples = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const sample = samples[i % samples.length]!;
  batch.push(sample);
  bytes += sample.bytes;
}

for (const s of samples) extractDates(s.text, { lang: s.lang, published: '2025-10-29' }); // warm-up
const started = process.hrtime.bigint();
let mentions = 0;
for (const s of batch) mentions += extractDates(s.text, { lang: s.lang, published: '2025-10-29' }).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mb = bytes / (1024 * 1024);
// Other jobs share the machine: the load average says how far the figure is from an idle core's.
const load = `load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
console.log(`dates: ${mb.toFixed(1)} MB (${batch.length} articles, ${mentions} mentions) in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s (${load})`);
