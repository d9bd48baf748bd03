// Writing the canonical layer: every derived table emptied and refilled, so the store
// holds exactly what reconciliation computed from the current articles.

import type { Db } from '../store/open.ts';
import type { CanonicalLayer } from './entities.ts';
import type { Claim, Conflict, Fact } from './types.ts';

export interface DerivedRows {
  layer: CanonicalLayer;
  claims: Claim[];
  facts: Fact[];
  conflicts: Conflict[];
}

/** Entity mentions as the store holds them now: only the ids that change are written. */
export type StoredEntityIds = ReadonlyMap<number, string | null>;

export function clearDerived(db: Db): void {
  for (const table of ['fact_claims', 'conflicts', 'facts', 'claims', 'entity_aliases', 'entities']) db.prepare(`DELETE FROM ${table}`).run();
}

export function writeDerived(db: Db, rows: DerivedRows, stored: StoredEntityIds = new Map()): void {
  writeEntities(db, rows.layer, stored);
  writeClaims(db, rows.claims);
  writeFacts(db, rows.facts);
  writeConflicts(db, rows.conflicts);
}

/** Entities, their aliases, and the canonical id of every entity mention whose id changed. */
export function writeEntities(db: Db, layer: CanonicalLayer, stored: StoredEntityIds = new Map()): void {
  const insertEntity = db.prepare('INSERT INTO entities (id, type, name, name_zh, source) VALUES (?, ?, ?, ?, ?)');
  for (const e of layer.entities) insertEntity.run(e.id, e.type, e.name, e.nameZh ?? null, e.source);
  const insertAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias, origin) VALUES (?, ?, ?)');
  for (const a of layer.aliases) insertAlias.run(a.entityId, a.alias, a.origin);
  const setMentionEntity = db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?');
  for (const [mentionId, entityId] of layer.mentionEntity) if (stored.get(mentionId) !== entityId) setMentionEntity.run(entityId, mentionId);
}

/** Claims, each with its fact-group key when the caller keeps one (incremental reconciliation does). */
export function writeClaims(db: Db, claims: readonly Claim[], groupKeyOf: (c: Claim) => string | null = () => null): void {
  // Positional parameters: binding by name looks every name up in the row object, per row.
  const insertClaim = db.prepare(`
    INSERT INTO claims (id, article_id, mention_id, subject_entity_id, subject, predicate, topic, value_number, value_text, unit, qualifier,
      min_value, max_value, date_value, span_start, span_end, text, sentence_start, sentence_end, rule,
      measure, measure_key, measure_rule, period, object, object_entity_id, object_rule, source, source_entity_id, source_rule,
      as_of, as_of_rule, time_role, precision, gloss_of, story, group_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of claims) {
    insertClaim.run(c.id, c.articleId, c.mentionId, c.subjectEntityId, c.subject, c.predicate, c.topic, c.value, c.unit, c.qualifier,
      c.min, c.max, c.dateValue, c.start, c.end, c.text, c.sentenceStart, c.sentenceEnd, c.rule,
      c.measure, c.measureKey, c.measureRule, c.period, c.object, c.objectEntityId, c.objectRule, c.source, c.sourceEntityId, c.sourceRule,
      c.asOf, c.asOfRule, c.timeRole, c.precision, c.glossOf, c.story, groupKeyOf(c));
  }
}

/** Facts with each of their claims' verdicts (and the claim's converted value where there was one), and each fact's group key where kept. */
export function writeFacts(db: Db, facts: readonly Fact[], groupKeyOf: (f: Fact) => string | null = () => null): void {
  const insertFact = db.prepare(`
    INSERT INTO facts (id, subject, subject_entity_id, predicate, topic, value_number, value_text, unit, status, rule, explanation,
      qualifier, min_value, max_value, measure, object, story, group_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFactClaim = db.prepare('INSERT INTO fact_claims (fact_id, claim_id, verdict, converted) VALUES (?, ?, ?, ?)');
  for (const f of facts) {
    insertFact.run(f.id, f.subject, f.subjectEntityId, f.predicate, f.topic, f.valueNumber, f.valueText, f.unit, f.status, f.rule, f.explanation,
      f.qualifier, f.min, f.max, f.measure, f.object, f.story, groupKeyOf(f));
    // Claim ids are unique and of one length: ordering by id is ordering by the whole entry.
    for (const [claimId, verdict] of [...f.verdicts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const converted = f.conversions.get(claimId);
      insertFactClaim.run(f.id, claimId, verdict, converted ? JSON.stringify(converted) : null);
    }
  }
}

export function writeConflicts(db: Db, conflicts: readonly Conflict[]): void {
  const insertConflict = db.prepare(`
    INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of conflicts) {
    insertConflict.run(c.id, c.kind, c.factId, c.entityId, c.canonical, JSON.stringify(c.variants), c.resolution, c.rule, c.explanation);
  }
}
