// The canonical sections of the report read from the store: entities with their aliases
// and articles, facts with every claim and its verdict, conflicts with each variant's
// articles and the sentence it came from (the span to highlight given as offsets).

import { sentenceAround } from '../reconcile/sentences.ts';
import type { Db } from '../store/open.ts';
import {
  ReportConflictSchema, ReportEntitySchema, ReportFactSchema,
  type ReportConflict, type ReportEntity, type ReportEntityLink, type ReportFact,
} from './schema.ts';
import { addToGroup } from '../group-by-key.ts';

export interface CanonicalFilters {
  /** Keep only facts with this status (and the conflicts about them). */
  status?: string;
  /** Keep only conflicts of this kind. */
  kind?: string;
}

interface ArticleText { path: string; text: string }

function evidence(articles: Map<string, ArticleText>, article: string, start: number, end: number, sentence?: { start: number; end: number }) {
  const a = articles.get(article);
  const text = a?.text ?? '';
  const s = sentence ?? sentenceAround(text, start, end);
  return {
    article, path: a?.path ?? article, text: text.slice(start, end), start, end,
    sentence: text.slice(s.start, s.end), highlight: { start: start - s.start, end: end - s.start },
  };
}

export function readEntities(db: Db): ReportEntity[] {
  const entities = db.prepare('SELECT id, name, type, source FROM entities ORDER BY id').all() as { id: string; name: string; type: string; source: string }[];
  const aliases = db.prepare('SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias').all() as { entity_id: string; alias: string }[];
  const articles = db.prepare("SELECT DISTINCT entity_id, article_id FROM mentions WHERE kind = 'entity' AND entity_id IS NOT NULL ORDER BY entity_id, article_id").all() as { entity_id: string; article_id: string }[];
  const group = <T extends { entity_id: string }>(rows: T[], pick: (r: T) => string) => {
    const map = new Map<string, string[]>();
    for (const r of rows) addToGroup(map, r.entity_id, pick(r));
    return map;
  };
  const aliasesOf = group(aliases, (r) => r.alias);
  const articlesOf = group(articles, (r) => r.article_id);
  const linksOf = readEntityLinks(db);
  return entities.map((e) => ReportEntitySchema.parse({
    ...e, aliases: aliasesOf.get(e.id) ?? [], articles: articlesOf.get(e.id) ?? [], ...(linksOf.has(e.id) ? { links: linksOf.get(e.id) } : {}),
  }));
}

/** entity_links by entity: for each name, the rule, score, the name it was matched against and the evidence. */
function readEntityLinks(db: Db): Map<string, ReportEntityLink[]> {
  const rows = db.prepare('SELECT entity_id, alias, rule, score, evidence FROM entity_links ORDER BY entity_id, alias').all() as
    { entity_id: string; alias: string; rule: string; score: number | null; evidence: string }[];
  const byEntity = new Map<string, ReportEntityLink[]>();
  for (const r of rows) {
    const { via, items } = JSON.parse(r.evidence) as { via: string | null; items: ReportEntityLink['evidence'] };
    const list = byEntity.get(r.entity_id) ?? [];
    list.push({ alias: r.alias, rule: r.rule, ...(r.score !== null ? { score: r.score } : {}), ...(via !== null ? { via } : {}), evidence: items });
    byEntity.set(r.entity_id, list);
  }
  return byEntity;
}

/** The claim model's parts as the report names them (absent in a store written before migration 6). */
function claimModel(c: Record<string, string | number | null>) {
  const converted = c.converted ? JSON.parse(String(c.converted)) as { ok: boolean; value?: number; unit?: string; rate?: number; period?: string; source?: string; note?: string; reason?: string } : null;
  return {
    ...(c.source != null ? { source: String(c.source) } : {}),
    ...(c.as_of != null ? { as_of: String(c.as_of) } : {}),
    ...(c.measure != null ? { measure: String(c.measure) } : {}),
    ...(c.subject != null ? { subject: String(c.subject) } : {}),
    ...(c.object != null ? { object: String(c.object) } : {}),
    ...(c.time_role === 'revised' || c.time_role === 'prior' ? { time_role: c.time_role as 'revised' | 'prior' } : {}),
    ...(converted ? {
      converted: converted.ok
        ? { value: converted.value!, unit: converted.unit!, rate: converted.rate!, period: converted.period!, source: converted.source!, ...(converted.note ? { note: converted.note } : {}) }
        : { unconverted: converted.reason ?? 'no rate' },
    } : {}),
  };
}

export function readFacts(db: Db, articles: Map<string, ArticleText>, filters: CanonicalFilters): ReportFact[] {
  const facts = db.prepare('SELECT * FROM facts ORDER BY subject, predicate, topic, id').all() as Record<string, string | number | null>[];
  const claims = db.prepare(
    `SELECT fc.fact_id, fc.verdict, fc.converted, c.* FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id ORDER BY fc.fact_id, c.article_id, c.span_start`,
  ).all() as Record<string, string | number | null>[];
  const claimsOf = new Map<string, ReportFact['claims']>();
  for (const c of claims) {
    const list = claimsOf.get(String(c.fact_id)) ?? [];
    list.push({
      id: String(c.id),
      ...evidence(articles, String(c.article_id), Number(c.span_start), Number(c.span_end), { start: Number(c.sentence_start), end: Number(c.sentence_end) }),
      value: Number(c.value_number), unit: String(c.unit), qualifier: String(c.qualifier),
      ...(c.min_value !== null ? { min: Number(c.min_value) } : {}),
      ...(c.max_value !== null ? { max: Number(c.max_value) } : {}),
      ...(c.date_value !== null ? { date: String(c.date_value) } : {}),
      verdict: String(c.verdict), rule: String(c.rule),
      ...claimModel(c),
    });
    claimsOf.set(String(c.fact_id), list);
  }
  return facts
    .filter((f) => !filters.status || f.status === filters.status)
    .map((f) => ReportFactSchema.parse({
      id: f.id, subject: f.subject,
      ...(f.subject_entity_id !== null ? { subject_entity: f.subject_entity_id } : {}),
      predicate: f.predicate,
      ...(f.topic !== null ? { topic: f.topic } : {}),
      value: f.value_number ?? f.value_text ?? '',
      ...(f.unit !== null ? { unit: f.unit } : {}),
      status: f.status,
      ...(f.qualifier != null ? { qualifier: f.qualifier } : {}),
      ...(f.min_value != null ? { min: f.min_value } : {}),
      ...(f.max_value != null ? { max: f.max_value } : {}),
      ...(f.measure != null ? { measure: f.measure } : {}),
      ...(f.object != null ? { object: f.object } : {}),
      ...(f.story != null ? { story: f.story } : {}),
      rule: f.rule, explanation: f.explanation,
      claims: claimsOf.get(String(f.id)) ?? [],
    }));
}

export function readConflicts(db: Db, articles: Map<string, ArticleText>, filters: CanonicalFilters, keptFacts: Set<string>): ReportConflict[] {
  const rows = db.prepare('SELECT * FROM conflicts ORDER BY kind, id').all() as Record<string, string | null>[];
  return rows
    .filter((c) => !filters.kind || c.kind === filters.kind)
    .filter((c) => !filters.status || (c.fact_id != null && keptFacts.has(c.fact_id)))
    .map((c) => {
      const variants = JSON.parse(String(c.variants)) as { value: number | string; stated?: string; articles: string[]; evidence: { article: string; start: number; end: number }[] }[];
      const canonical = c.kind === 'name_variant' || Number.isNaN(Number(c.canonical)) ? String(c.canonical) : Number(c.canonical);
      return ReportConflictSchema.parse({
        id: c.id, kind: c.kind,
        ...(c.fact_id !== null ? { fact: c.fact_id } : {}),
        ...(c.entity_id !== null ? { entity: c.entity_id } : {}),
        canonical,
        variants: variants.map((v) => ({ value: v.value, stated: v.stated ?? String(v.value), articles: v.articles, evidence: v.evidence.map((e) => evidence(articles, e.article, e.start, e.end)) })),
        resolution: c.resolution, rule: c.rule, explanation: c.explanation,
      });
    });
}

export function readArticleTexts(db: Db): Map<string, ArticleText> {
  const rows = db.prepare("SELECT id, path, text_original FROM articles WHERE text_original IS NOT NULL").all() as { id: string; path: string; text_original: string }[];
  return new Map(rows.map((r) => [r.id, { path: r.path, text: r.text_original }]));
}
