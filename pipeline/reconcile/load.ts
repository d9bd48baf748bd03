// Reading reconciliation's inputs from the store, sorted by article id and span so the
// result never depends on the order rows were inserted in.

import type { Db } from '../store/open.ts';
import type { ArticleInput, MentionInput, ReconcileInput, RoleInput } from './types.ts';

export function loadInput(db: Db): ReconcileInput {
  const articles = db.prepare(
    `SELECT id, path, lang, text_original AS text, published FROM articles
     WHERE status = 'ok' AND lang IN ('en', 'zh') AND text_original IS NOT NULL ORDER BY id`,
  ).all() as ArticleInput[];
  // Rows as arrays, made into objects here: better-sqlite3's named rows cost twice as much
  // on the million mentions of a large store.
  const mentions = (db.prepare(
    `SELECT m.id, m.article_id, m.kind, m.span_start, m.span_end, m.text, m.rule, m.value_number, m.value_text, m.currency,
       m.qualifier, m.min_value, m.max_value, m.entity_type, m.entity_id
     FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE a.status = 'ok' ORDER BY m.article_id, m.span_start, m.span_end, m.kind, m.id`,
  ).raw().all() as MentionRow[]).map(mentionOf);
  const roles = db.prepare(
    `SELECT r.article_id AS articleId, r.span_start AS start, r.span_end AS "end", r.text, r.person_start AS personStart,
       r.person_end AS personEnd, r.person_text AS personText, r.person_entity_id AS personEntityId, r.role, r.role_name AS roleName,
       r.country, r.tense, r.date_value AS dateValue
     FROM roles r JOIN articles a ON a.id = r.article_id
     WHERE a.status = 'ok' ORDER BY r.article_id, r.span_start, r.span_end, r.role`,
  ).all() as RoleInput[];
  return { articles, mentions, roles };
}

type MentionRow = [number, string, MentionInput['kind'], number, number, string, string, number | null, string | null, string | null,
  string | null, number | null, number | null, string | null, string | null];

const mentionOf = ([id, articleId, kind, start, end, text, rule, valueNumber, valueText, currency, qualifier, min, max, entityType, entityId]: MentionRow): MentionInput =>
  ({ id, articleId, kind, start, end, text, rule, valueNumber, valueText, currency, qualifier, min, max, entityType, entityId });
