// The canonical sections of the report read from the store: entities with their aliases
// and articles, facts with every claim and its verdict, conflicts with each variant's
// articles and the sentence it came from (the span to highlight given as offsets).

import { sentenceAround } from '../reconcile/sentences.ts';
import type { Db } from '../store/open.ts';
import {
  ReportConflictSchema, ReportEntitySchema, ReportFactSchema,
  type ReportConflict, type ReportEntity, type ReportEntityLink, type ReportFact,
} from './schema.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

export interface CanonicalFilters {
  /** Keep only facts with this status (and the conflicts about them). */
  status?: string;
  /** Keep only conflicts of this kind. */
  kind?: string;
}

interface ArticleText { path: string; text: string; title?: string | null }

function evidence(articles: Map<string, ArticleText>, article: string, start: number, end: number, sentence?: { start: number; end: number }) {
  const a = articles.get(article);
  const text = a?.text ?? '';
  const s = sentence ?? sentenceAround(text, start, end);
  return {
    article, path: a?.path ?? article, text: text.slice(start, end), start, end,
    sentence: text.slice(s.start, s.end), highlight: { start: start - s.start, end: end - s.start },
  };
}

type EntityRow = { id: string; name: string; type: string; source: string; name_zh: string | null; flag: string | null; variant_of: string | null; flag_reason: string | null };

/** The optional entity fields, present only when set (a store before migration 7 has no flag columns). */
function entityExtras(e: EntityRow) {
  return {
    ...(e.name_zh != null ? { name_zh: e.name_zh } : {}),
    ...(e.flag != null ? { flag: e.flag } : {}),
    ...(e.variant_of != null ? { variant_of: e.variant_of } : {}),
    ...(e.flag_reason != null ? { flag_reason: e.flag_reason } : {}),
  };
}

export function readEntities(db: Db): ReportEntity[] {
  const entities = db.prepare('SELECT * FROM entities ORDER BY id').all() as EntityRow[];
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
    id: e.id, name: e.name, type: e.type, source: e.source, ...entityExtras(e), aliases: aliasesOf.get(e.id) ?? [], articles: articlesOf.get(e.id) ?? [], ...(linksOf.has(e.id) ? { links: linksOf.get(e.id) } : {}),
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

interface VariantRow { conflict_id: string; variant: number; value_number: number | null; value_text: string | null; stated: string; entity_id: string | null }
interface EvidenceRow { conflict_id: string; variant: number; claim_id: string | null; article_id: string; span_start: number; span_end: number; sentence_start: number | null; sentence_end: number | null }

/** Variants and their evidence from conflict_variants and conflict_evidence: claims resolved to their article, span and sentence. */
function readVariants(db: Db, articles: Map<string, ArticleText>) {
  const variants = db.prepare('SELECT * FROM conflict_variants ORDER BY conflict_id, variant').all() as VariantRow[];
  const evidenceRows = db.prepare(`
    SELECT e.conflict_id, e.variant, e.claim_id, coalesce(c.article_id, e.article_id) AS article_id,
      coalesce(c.span_start, e.span_start) AS span_start, coalesce(c.span_end, e.span_end) AS span_end, c.sentence_start, c.sentence_end
    FROM conflict_evidence e LEFT JOIN claims c ON c.id = e.claim_id ORDER BY e.conflict_id, e.variant, e.position`).all() as EvidenceRow[];
  const key = (conflict: string, variant: number) => `${conflict}\u0000${variant}`;
  const evidenceOf = new Map<string, EvidenceRow[]>();
  for (const e of evidenceRows) addToGroup(evidenceOf, key(e.conflict_id, e.variant), e);
  const byConflict = new Map<string, ReportConflict['variants']>();
  for (const v of variants) {
    const rows = evidenceOf.get(key(v.conflict_id, v.variant)) ?? [];
    const claims = rows.flatMap((e) => (e.claim_id ? [e.claim_id] : []));
    addToGroup(byConflict, v.conflict_id, {
      value: v.value_number ?? v.value_text ?? v.stated, stated: v.stated,
      articles: [...new Set(rows.map((e) => e.article_id))].sort(),
      ...(v.entity_id != null ? { entity: v.entity_id } : {}),
      ...(claims.length > 0 ? { claims } : {}),
      evidence: rows.map((e) => {
        const sentence = e.sentence_start != null && e.sentence_end != null ? { start: e.sentence_start, end: e.sentence_end } : undefined;
        const title = articles.get(e.article_id)?.title;
        return { ...evidence(articles, e.article_id, e.span_start, e.span_end, sentence), ...(e.claim_id ? { claim: e.claim_id } : {}), ...(title ? { title } : {}) };
      }),
    });
  }
  return byConflict;
}

export function readConflicts(db: Db, articles: Map<string, ArticleText>, filters: CanonicalFilters, keptFacts: Set<string>): ReportConflict[] {
  const rows = db.prepare('SELECT * FROM conflicts ORDER BY kind, id').all() as Record<string, string | number | null>[];
  const variantsOf = readVariants(db, articles);
  return rows
    .filter((c) => !filters.kind || c.kind === filters.kind)
    .filter((c) => !filters.status || (c.fact_id != null && keptFacts.has(String(c.fact_id))))
    .map((c) => {
      // The legacy JSON keeps each variant's articles (a variant's evidence may name fewer when its claims were capped).
      const legacy = JSON.parse(String(c.variants)) as { articles: string[] }[];
      const variants = (variantsOf.get(String(c.id)) ?? []).map((v, i) => ({ ...v, articles: legacy[i]?.articles ?? v.articles }));
      const canonical = c.canonical_number != null ? Number(c.canonical_number) : c.kind === 'name_variant' || Number.isNaN(Number(c.canonical)) ? String(c.canonical) : Number(c.canonical);
      return ReportConflictSchema.parse({
        id: c.id, kind: c.kind,
        ...(c.fact_id !== null ? { fact: c.fact_id } : {}),
        ...(c.entity_id !== null ? { entity: c.entity_id } : {}),
        canonical,
        ...(c.canonical_number != null ? { canonical_value: Number(c.canonical_number) } : {}),
        ...(c.canonical_text != null ? { canonical_text: String(c.canonical_text) } : {}),
        ...(c.unit != null ? { unit: String(c.unit) } : {}),
        variants,
        resolution: c.resolution, rule: c.rule, explanation: c.explanation,
      });
    });
}

export function readArticleTexts(db: Db): Map<string, ArticleText> {
  const rows = db.prepare("SELECT id, path, title, text_original FROM articles WHERE text_original IS NOT NULL").all() as { id: string; path: string; title: string | null; text_original: string }[];
  return new Map(rows.map((r) => [r.id, { path: r.path, text: r.text_original, title: r.title }]));
}
