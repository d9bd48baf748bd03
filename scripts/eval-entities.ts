// eval:entities — exact-span precision, recall and F1 for person/org/place on corpora in
// the JSONL form {"id","text","entities":[{"start","end","type"}]} (type also accepts
// CoNLL/MSRA tags: PER, ORG, LOC). Language is "lang" when given, else detected from Han.
// Usage: tsx scripts/eval-entities.ts [corpus.jsonl ...]   (default: fixtures/entities/sentences-*.jsonl)

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractEntities } from '../extractors/entities/index.ts';
import type { Lang } from '../extractors/types.ts';

const SCORED = ['person', 'org', 'place'] as const;
type Scored = (typeof SCORED)[number];
const TYPE_ALIASES: Record<string, Scored | undefined> = {
  person: 'person', per: 'person', org: 'org', organization: 'org', place: 'place', loc: 'place', location: 'place', gpe: 'place',
};

const Record_ = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.enum(['en', 'zh']).optional(),
  entities: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.string() })),
});

interface Counts { tp: number; fp: number; fn: number }
const emptyCounts = (): Record<Scored, Counts> => ({ person: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 } });

function score(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function evaluate(path: string): void {
  const byLang = new Map<Lang, Record<Scored, Counts>>();
  const errors: string[] = [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [n, line] of lines.entries()) {
    const parsed = Record_.safeParse(JSON.parse(line));
    if (!parsed.success) { errors.push(`${path}:${n + 1}: ${parsed.error.issues[0]?.message}`); continue; }
    const record = parsed.data;
    const lang: Lang = record.lang ?? (/\p{Script=Han}/u.test(record.text) ? 'zh' : 'en');
    const counts = byLang.get(lang) ?? emptyCounts();
    byLang.set(lang, counts);
    const key = (s: number, e: number, t: Scored) => `${s}:${e}:${t}`;
    const gold = new Set(record.entities.flatMap((e) => {
      const t = TYPE_ALIASES[e.type.toLowerCase()];
      return t ? [key(e.start, e.end, t)] : [];
    }));
    const found = new Set(extractEntities(record.text, { lang }).flatMap((m) => (m.type === 'other' ? [] : [key(m.start, m.end, m.type)])));
    for (const k of found) counts[k.split(':')[2] as Scored][gold.has(k) ? 'tp' : 'fp']++;
    for (const k of gold) if (!found.has(k)) counts[k.split(':')[2] as Scored].fn++;
  }
  for (const [lang, counts] of byLang) {
    console.log(`\n${path} [${lang}]`);
    console.log('type     precision  recall   F1      tp   fp   fn');
    const total: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const t of SCORED) {
      const c = counts[t];
      total.tp += c.tp; total.fp += c.fp; total.fn += c.fn;
      const s = score(c);
      console.log(`${t.padEnd(8)} ${s.p.toFixed(3).padStart(9)} ${s.r.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(7)} ${String(c.tp).padStart(5)}${String(c.fp).padStart(5)}${String(c.fn).padStart(5)}`);
    }
    const s = score(total);
    console.log(`${'overall'.padEnd(8)} ${s.p.toFixed(3).padStart(9)} ${s.r.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(7)} ${String(total.tp).padStart(5)}${String(total.fp).padStart(5)}${String(total.fn).padStart(5)}`);
  }
  for (const e of errors) console.error(e);
}

const paths = process.argv.slice(2);
for (const path of paths.length > 0 ? paths : ['fixtures/entities/sentences-en.jsonl', 'fixtures/entities/sentences-zh.jsonl']) evaluate(path);
