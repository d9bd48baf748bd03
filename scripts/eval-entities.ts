// eval:entities — exact-span precision, recall and F1 for person/org/place on corpora in
// the JSONL form {"id","text","entities":[{"start","end","type"}]} (type also accepts
// CoNLL/MSRA tags: PER, ORG, LOC; MISC and other types are not scored). Language is
// "lang" when given, else detected from Han. For each corpus and language it also prints
// the most frequent errors by kind: wrong type (same span, other type), wrong boundary
// (overlaps a gold span of another extent), missed (no found span overlaps the gold one),
// spurious (no gold span overlaps the found one). Errors group by kind, text and types,
// so the list reads the same for any language.
// Usage: tsx scripts/eval-entities.ts [--errors N] [corpus.jsonl ...]
//        (default: fixtures/entities/sentences-*.jsonl; N defaults to 20, 0 hides them)

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractEntities } from '../extractors/entities/index.ts';
import type { Lang } from '../extractors/types.ts';

const SCORED = ['person', 'org', 'place'] as const;
type Scored = (typeof SCORED)[number];
type Label = Scored | 'other';
const TYPE_ALIASES: Record<string, Scored | undefined> = {
  person: 'person', per: 'person', org: 'org', organization: 'org', place: 'place', loc: 'place', location: 'place', gpe: 'place',
};
const labelOf = (type: string): Label => TYPE_ALIASES[type.toLowerCase()] ?? 'other';

const Record_ = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  lang: z.enum(['en', 'zh']).optional(),
  entities: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.string() })),
});

interface Counts { tp: number; fp: number; fn: number }
const emptyCounts = (): Record<Scored, Counts> => ({ person: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 }, place: { tp: 0, fp: 0, fn: 0 } });

interface Span { start: number; end: number; type: Label }
type ErrorKind = 'wrong type' | 'wrong boundary' | 'missed' | 'spurious';

function score(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/**
 * The errors of one text, each as a key "kind \t found text → gold text \t types". Only
 * errors that cost a scored type are listed: a found "other" or a missed MISC costs nothing.
 */
function errorsOf(text: string, gold: readonly Span[], found: readonly Span[]): string[] {
  const errors: string[] = [];
  const add = (kind: ErrorKind, shown: string, types: string) => errors.push(`${kind}\t${oneLine(shown)}\t${types}`);
  const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  for (const f of found) {
    if (f.type === 'other') continue;
    if (gold.some((g) => sameSpan(g, f) && g.type === f.type)) continue;
    const same = gold.find((g) => sameSpan(g, f));
    if (same) { add('wrong type', text.slice(f.start, f.end), `${same.type} → ${f.type}`); continue; }
    const near = gold.find((g) => overlaps(g, f));
    if (near) add('wrong boundary', `${text.slice(f.start, f.end)} ≠ ${text.slice(near.start, near.end)}`, `${near.type} → ${f.type}`);
    else add('spurious', text.slice(f.start, f.end), `→ ${f.type}`);
  }
  for (const g of gold) {
    if (g.type === 'other' || found.some((f) => overlaps(f, g))) continue;
    add('missed', text.slice(g.start, g.end), `${g.type}`);
  }
  // A found span of the right extent but typed "other" is missed as well.
  for (const g of gold) {
    if (g.type === 'other') continue;
    const f = found.find((x) => overlaps(x, g));
    if (f && f.type === 'other') add('missed', `${text.slice(g.start, g.end)} (found as other)`, `${g.type}`);
  }
  return errors;
}

function printErrors(errors: readonly string[], top: number): void {
  if (top === 0 || errors.length === 0) return;
  const tally = new Map<string, number>();
  for (const e of errors) tally.set(e, (tally.get(e) ?? 0) + 1);
  const byKind = new Map<string, number>();
  for (const e of errors) { const kind = e.split('\t')[0]!; byKind.set(kind, (byKind.get(kind) ?? 0) + 1); }
  console.log(`errors by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const kind of ['wrong type', 'wrong boundary', 'missed', 'spurious']) {
    const rows = [...tally].filter(([key]) => key.startsWith(`${kind}\t`)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    if (rows.length === 0) continue;
    console.log(`  top ${rows.length} ${kind}:`);
    for (const [key, n] of rows) {
      const [, shown, types] = key.split('\t');
      console.log(`    ${String(n).padStart(4)}  ${shown}  (${types})`);
    }
  }
}

function evaluate(path: string, top: number): void {
  const byLang = new Map<Lang, { counts: Record<Scored, Counts>; errors: string[] }>();
  const problems: string[] = [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const [n, line] of lines.entries()) {
    const parsed = Record_.safeParse(JSON.parse(line));
    if (!parsed.success) { problems.push(`${path}:${n + 1}: ${parsed.error.issues[0]?.message}`); continue; }
    const record = parsed.data;
    const lang: Lang = record.lang ?? (/\p{Script=Han}/u.test(record.text) ? 'zh' : 'en');
    const slot = byLang.get(lang) ?? { counts: emptyCounts(), errors: [] };
    byLang.set(lang, slot);
    const gold: Span[] = record.entities.map((e) => ({ start: e.start, end: e.end, type: labelOf(e.type) }));
    const found: Span[] = extractEntities(record.text, { lang }).map((m) => ({ start: m.start, end: m.end, type: m.type === 'other' ? 'other' : labelOf(m.type) }));
    const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.filter((g) => g.type !== 'other').map(key));
    const foundKeys = new Set(found.filter((f) => f.type !== 'other').map(key));
    for (const k of foundKeys) slot.counts[k.split(':')[2] as Scored][goldKeys.has(k) ? 'tp' : 'fp']++;
    for (const k of goldKeys) if (!foundKeys.has(k)) slot.counts[k.split(':')[2] as Scored].fn++;
    slot.errors.push(...errorsOf(record.text, gold, found));
  }
  for (const [lang, { counts, errors }] of byLang) {
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
    printErrors(errors, top);
  }
  for (const p of problems) console.error(p);
}

const args = process.argv.slice(2);
const errorsFlag = args.indexOf('--errors');
const top = errorsFlag === -1 ? 20 : Number(args.splice(errorsFlag, 2)[1]);
if (!Number.isInteger(top) || top < 0) {
  console.error('eval:entities: --errors needs a whole number');
  process.exit(2);
}
for (const path of args.length > 0 ? args : ['fixtures/entities/sentences-en.jsonl', 'fixtures/entities/sentences-zh.jsonl']) evaluate(path, top);
