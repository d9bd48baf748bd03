// Claims read back from the store as reconciliation made them, in the order it made them
// (by article, then as drafted), so a fact group resolved from stored claims is resolved
// exactly as from claims just drafted. Read through the claims view (its strings decoded).

import type { Db } from '../store/open.ts';
import type { Claim } from './types.ts';

export interface StoredClaim extends Claim {
  groupKey: string;
  /** The subject as stored (after any join by figures). */
  storedSubjectId: string | null;
  storedSubject: string;
  /** The subject before any join by figures. */
  unlinkedSubjectId: string | null;
  unlinkedSubject: string;
}

const COLUMNS = `id, article_id, mention_id, subject_entity_id, subject, predicate, topic, value_number, unit, qualifier,
  min_value, max_value, date_value, span_start, span_end, text, sentence_start, sentence_end, rule,
  measure, measure_key, measure_rule, period, object, object_entity_id, object_rule, source, source_entity_id, source_rule,
  as_of, as_of_rule, time_role, precision, gloss_of, story, group_key, linked_from_entity_id, linked_from_subject`;

type Row = [string, string, number, string | null, string, string, string | null, number, string, string,
  number | null, number | null, string | null, number, number, string, number, number, string,
  string, string, string, string | null, string | null, string | null, string, string, string | null, string,
  string | null, string, Claim['timeRole'], number, string | null, string, string, string | null, string | null];

/**
 * Claims matching `where` (SQL over the claims table). With `beforeLinks`, each claim's
 * subject is the one it had before a join by figures rewrote it.
 */
export function readClaims(db: Db, where: string, params: unknown[], options: { beforeLinks?: boolean } = {}): StoredClaim[] {
  // The claims view has no rowid: the order drafted is the claim's key in claim_rows (migration 10).
  const rows = db.prepare(`SELECT ${COLUMNS} FROM claims ${where} ORDER BY article_id, (SELECT key FROM claim_rows k WHERE k.id = claims.id)`)
    .raw().all(...params) as Row[];
  return rows.map((r) => {
    const [id, articleId, mentionId, subjectEntityId, subject, predicate, topic, value, unit, qualifier,
      min, max, dateValue, start, end, text, sentenceStart, sentenceEnd, rule,
      measure, measureKey, measureRule, period, object, objectEntityId, objectRule, source, sourceEntityId, sourceRule,
      asOf, asOfRule, timeRole, precision, glossOf, story, groupKey, linkedFromId, linkedFromSubject] = r;
    const unlinkedSubjectId = linkedFromId ?? subjectEntityId;
    const unlinkedSubject = linkedFromId ? linkedFromSubject ?? subject : subject;
    const before = options.beforeLinks === true;
    return {
      id, articleId, mentionId, subjectEntityId: before ? unlinkedSubjectId : subjectEntityId, subject: before ? unlinkedSubject : subject,
      predicate, topic, value, unit, qualifier, min, max, dateValue, start, end, text, sentenceStart, sentenceEnd, rule,
      measure, measureKey, measureRule, period, object, objectEntityId, objectRule, source, sourceEntityId, sourceRule,
      asOf, asOfRule, timeRole, precision, glossOf, story,
      groupKey, storedSubjectId: subjectEntityId, storedSubject: subject, unlinkedSubjectId, unlinkedSubject,
    };
  });
}
