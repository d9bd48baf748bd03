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
  const insertEntity = db.prepare('INSERT INTO entities (id, type, name, name_zh, source) VALUES (?, ?, ?, ?, ?)');
  for (const e of rows.layer.entities) insertEntity.run(e.id, e.type, e.name, e.nameZh ?? null, e.source);
  const insertAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias, origin) VALUES (?, ?, ?)');
  for (const a of rows.layer.aliases) insertAlias.run(a.entityId, a.alias, a.origin);
  const setMentionEntity = db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?');
  for (const [mentionId, entityId] of rows.layer.mentionEntity) if (stored.get(mentionId) !== entityId) setMentionEntity.run(entityId, mentionId);

  const insertClaim = db.prepare(`
    INSERT INTO claims (id, article_id, mention_id, subject_entity_id, subject, predicate, topic, value_number, value_text, unit, qualifier,
      min_value, max_value, date_value, span_start, span_end, text, sentence_start, sentence_end, rule)
    VALUES (@id, @articleId, @mentionId, @subjectEntityId, @subject, @predicate, @topic, @value, NULL, @unit, @qualifier,
      @min, @max, @dateValue, @start, @end, @text, @sentenceStart, @sentenceEnd, @rule)`);
  for (const c of rows.claims) insertClaim.run(c);

  const insertFact = db.prepare(`
    INSERT INTO facts (id, subject, subject_entity_id, predicate, topic, value_number, value_text, unit, status, rule, explanation)
    VALUES (@id, @subject, @subjectEntityId, @predicate, @topic, @valueNumber, @valueText, @unit, @status, @rule, @explanation)`);
  const insertFactClaim = db.prepare('INSERT INTO fact_claims (fact_id, claim_id, verdict) VALUES (?, ?, ?)');
  for (const f of rows.facts) {
    const { verdicts, ...fact } = f;
    insertFact.run(fact);
    // Claim ids are unique and of one length: ordering by id is ordering by the whole entry.
    for (const [claimId, verdict] of [...verdicts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) insertFactClaim.run(f.id, claimId, verdict);
  }

  const insertConflict = db.prepare(`
    INSERT INTO conflicts (id, kind, fact_id, entity_id, canonical, variants, resolution, rule, explanation)
    VALUES (@id, @kind, @factId, @entityId, @canonical, @variants, @resolution, @rule, @explanation)`);
  for (const c of rows.conflicts) insertConflict.run({ ...c, variants: JSON.stringify(c.variants) });
}
