// Writing the canonical layer, part by part (entities, claims, facts, conflicts), as
// reconciliation re-resolves them; clearDerived empties it for a full rebuild. Stored once:
// a rule's reason goes to rule_reasons (the claim's column keeps the rule id), and a
// conflict's evidence to conflict_evidence_sets, one row a variant listing its claims by their
// key in claim_rows (article spans for a name; migration 14), and a conflict's legacy variants
// JSON only when the conflicts view would not compose it byte for byte (migration 18). Claims,
// facts and their links go to the compact tables behind the views of those names (migration
// 10): strings as codes, articles, claims and facts by integer key, a claim's text only when
// it is not the span of its article's text, its measure key only when it is not its own
// "unknown#<claim id>" (migration 13), its group key only when the group is not the claim's
// own (migration 16), its explanation only when the facts view would not compose it byte for
// byte (migration 19: a single fact's sentence from its label, a disputed fact's from its
// value_mismatch conflict).

import { hasHan } from '../../extractors/entities/name-forms.ts';
import { romanisedName } from '../../extractors/entities/romanised-name.ts';
import { coder, type Coder } from '../store/codes.ts';
import type { Db } from '../store/open.ts';
import type { CanonicalLayer } from './entities.ts';
import { ownGroup } from './stored-claims.ts';
import type { Claim, Conflict, Fact } from './types.ts';
import { describeValue } from './values.ts';

export function clearDerived(db: Db): void {
  const tables = ['conflict_evidence_sets', 'conflict_variants', 'fact_claim_rows', 'conflict_rows', 'fact_rows', 'claim_rows', 'rule_reasons', 'entity_aliases', 'entities'];
  for (const table of tables) db.prepare(`DELETE FROM ${table}`).run();
}

/** "object.unknown: no place … in its clause" → the rule id and its reason; a rule without one stays whole. */
export function splitRule(rule: string): { rule: string; reason?: string } {
  const at = rule.indexOf(': ');
  return at < 0 ? { rule } : { rule: rule.slice(0, at), reason: rule.slice(at + 2) };
}

/** Entities and their aliases (the mentions' canonical ids are written as reconciliation meets each article). */
export function writeEntities(db: Db, layer: Pick<CanonicalLayer, 'entities' | 'aliases'>): void {
  const insertEntity = db.prepare('INSERT INTO entities (id, type, name, name_zh, source) VALUES (?, ?, ?, ?, ?)');
  for (const e of layer.entities) {
    // A name seen only in Chinese is shown romanised, the Chinese name in name_zh (its id was made from the same romanisation).
    const chinese = e.source === 'discovered' && hasHan(e.name);
    insertEntity.run(e.id, e.type, chinese ? romanisedName(e.name, e.type) : e.name, e.nameZh ?? (chinese ? e.name : null), e.source);
  }
  const insertAlias = db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias, origin) VALUES (?, ?, ?)');
  for (const a of layer.aliases) insertAlias.run(a.entityId, a.alias, a.origin);
}

/**
 * Claims, each with its fact-group key when the caller keeps one (incremental reconciliation does; '' when not),
 * none for a claim of its own group (ownGroup).
 * A caller writing in many batches passes one coder for all of them, so each batch does not look its strings up again.
 */
export function writeClaims(db: Db, claims: readonly Claim[], groupKeyOf: (c: Claim) => string | null = () => null, codes: Coder = coder(db)): void {
  // Positional parameters: binding by name looks every name up in the row object, per row.
  const insertClaim = db.prepare(`
    INSERT INTO claim_rows (id, article, mention_id, subject_entity_id, subject, predicate, topic, value_number, value_text, unit, qualifier,
      min_value, max_value, date_value, span_start, span_length, text, sentence_start, sentence_end, rule,
      measure, measure_key, measure_rule, period, object, object_entity_id, object_rule, source, source_entity_id, source_rule,
      as_of, as_of_rule, time_role, precision, gloss_of, story, group_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const articleOf = db.prepare('SELECT key, text_original FROM article_rows WHERE id = ?').raw();
  const articles = new Map<string, { key: number; sliceable: string | null }>();
  const article = (id: string) => {
    let known = articles.get(id);
    if (!known) {
      const [key, text] = articleOf.get(id) as [number, string | null];
      // substr counts characters as JavaScript does only in text without surrogate pairs.
      known = { key, sliceable: text !== null && !/[\uD800-\uDFFF]/.test(text) ? text : null };
      articles.set(id, known);
    }
    return known;
  };
  const { code } = codes;
  const reasons = new Map<string, string>();
  const ruleId = (rule: string) => {
    const split = splitRule(rule);
    if (split.reason !== undefined && !reasons.has(split.rule)) reasons.set(split.rule, split.reason);
    return split.rule;
  };
  for (const c of claims) {
    const { key, sliceable } = article(c.articleId);
    const text = sliceable?.slice(c.start, c.end) === c.text ? null : c.text;
    insertClaim.run(c.id, key, c.mentionId, code(c.subjectEntityId), code(c.subject), code(c.predicate), code(c.topic), c.value, code(c.unit), code(c.qualifier),
      c.min, c.max, code(c.dateValue), c.start, c.end - c.start, text, c.sentenceStart, c.sentenceEnd, code(c.rule),
      code(c.measure), c.measureKey === `unknown#${c.id}` ? null : code(c.measureKey), code(ruleId(c.measureRule)), c.period, code(c.object), code(c.objectEntityId), code(ruleId(c.objectRule)),
      code(c.source), code(c.sourceEntityId), code(ruleId(c.sourceRule)), code(c.asOf), code(ruleId(c.asOfRule)), code(c.timeRole), c.precision,
      c.glossOf, code(c.story), ownGroup(c) ? null : code(groupKeyOf(c) ?? ''));
  }
  if (reasons.size === 0) return;
  const insertReason = db.prepare('INSERT OR REPLACE INTO rule_reasons (rule, reason) VALUES (?, ?)');
  for (const [rule, reason] of [...reasons].sort((a, b) => (a[0] < b[0] ? -1 : 1))) insertReason.run(rule, reason);
}

/**
 * A claim's row in claim_rows: as the caller knows it (claims read back from the store), else
 * looked up by id; undefined when the claim is not stored.
 */
function claimKeys(db: Db, known: (claimId: string) => number | undefined): (claimId: string) => number | undefined {
  const find = db.prepare('SELECT key FROM claim_rows WHERE id = ?').pluck();
  return (claimId) => known(claimId) ?? (find.get(claimId) as number | undefined);
}

/**
 * The label of a single fact's explanation, the words between "states the <subject> " and
 * " (<figure>)." (migration 19), when its text has that form; undefined when not. Whether the
 * view composes the text back from it is checked when the fact is written.
 */
export function singleLabel(f: Fact): string | undefined {
  if (f.status !== 'single' || f.valueNumber === null) return undefined;
  const head = ` states the ${f.subject} `;
  const tail = ` (${describeValue({ value: f.valueNumber, qualifier: f.qualifier ?? '', min: f.min, max: f.max }, f.unit)}).`;
  const at = f.explanation.indexOf(head);
  if (!f.explanation.startsWith('Only ') || at < 0 || !f.explanation.endsWith(tail) || at + head.length >= f.explanation.length - tail.length) return undefined;
  return f.explanation.slice(at + head.length, f.explanation.length - tail.length);
}

/**
 * Facts with each of their claims' verdicts (and the claim's converted value where there was
 * one), and each fact's group key where kept. `claimKeyOf` gives a claim's row in claim_rows
 * when the caller knows it (claims read back from the store), saving a look-up by id a row.
 * A single fact is written with its label and no text, then read back through the facts view
 * once its claims are linked; its text is stored only if the composition differs from it. A
 * disputed fact is written with its text: writeConflicts drops it where its value_mismatch
 * conflict gives it back.
 */
export function writeFacts(db: Db, facts: readonly Fact[], groupKeyOf: (f: Fact) => string | null = () => null,
  claimKeyOf: (claimId: string) => number | undefined = () => undefined): void {
  const insertFact = db.prepare(`
    INSERT INTO fact_rows (id, subject, subject_entity_id, predicate, topic, value_number, value_text, unit, status, rule, explanation,
      qualifier, min_value, max_value, measure, object, story, group_key, label)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFactClaim = db.prepare('INSERT INTO fact_claim_rows (fact, claim, verdict, converted) VALUES (?, ?, ?, ?)');
  const composed = db.prepare('SELECT explanation FROM facts WHERE id = ?').pluck();
  const keepWritten = db.prepare('UPDATE fact_rows SET explanation = ?, label = NULL WHERE key = ?');
  const keyOfClaim = claimKeys(db, claimKeyOf);
  const { code } = coder(db);
  for (const f of facts) {
    const label = singleLabel(f);
    const key = insertFact.run(f.id, code(f.subject), code(f.subjectEntityId), code(f.predicate), code(f.topic), f.valueNumber, f.valueText, code(f.unit),
      code(f.status), code(f.rule), label !== undefined ? null : f.explanation, code(f.qualifier), f.min, f.max, code(f.measure), code(f.object), code(f.story),
      code(groupKeyOf(f)), code(label)).lastInsertRowid;
    for (const [claimId, verdict] of f.verdicts) {
      const converted = f.conversions.get(claimId);
      const claimKey = keyOfClaim(claimId);
      if (claimKey === undefined) throw new Error(`fact ${f.id}: claim ${claimId} is not in the store`);
      insertFactClaim.run(key, claimKey, code(verdict), converted ? JSON.stringify(converted) : null);
    }
    if (label !== undefined && composed.get(f.id) !== f.explanation) keepWritten.run(f.explanation, key);
  }
}

/**
 * Each conflict with its typed variants and their evidence, once, by reference; a name variant
 * also flags its misnamed entity (written before the conflicts, as every reconciliation writes
 * entities first). The legacy JSON (value, stated, articles) is what the conflicts view
 * composes from those rows; it is stored only for a conflict whose composition differs from
 * it (migration 18). A value_mismatch conflict's explanation is also its disputed fact's: the
 * fact, written before, keeps no copy of it where the facts view gives it back (migration 19).
 * `claimKeyOf` gives a claim's row in claim_rows when the caller knows it, saving a look-up by
 * id a claim cited.
 */
export function writeConflicts(db: Db, conflicts: readonly Conflict[], claimKeyOf: (claimId: string) => number | undefined = () => undefined): void {
  const insertConflict = db.prepare(`
    INSERT INTO conflict_rows (id, kind, fact_id, entity_id, canonical, resolution, rule, explanation, canonical_number, canonical_text, unit)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const composed = db.prepare('SELECT variants FROM conflicts WHERE id = ?').pluck();
  const keepWritten = db.prepare('UPDATE conflict_rows SET variants = ? WHERE id = ?');
  const shedFactText = db.prepare('UPDATE fact_rows SET explanation = NULL WHERE id = ? AND explanation = ? AND label IS NULL');
  // The text the facts view composes for a fact whose row holds none and no label; undefined for any other.
  const composedFactText = db.prepare(`SELECT v.explanation FROM fact_rows f JOIN facts v ON v.id = f.id
    WHERE f.id = ? AND f.explanation IS NULL AND f.label IS NULL`).pluck();
  const keepFactText = db.prepare('UPDATE fact_rows SET explanation = ? WHERE id = ?');
  const insertVariant = db.prepare(`
    INSERT INTO conflict_variants (conflict_id, variant, value_number, value_text, stated, entity_id, articles) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertEvidence = db.prepare('INSERT INTO conflict_evidence_sets (conflict_id, variant, evidence) VALUES (?, ?, ?)');
  const keyOfClaim = claimKeys(db, claimKeyOf);
  const flag = db.prepare(`UPDATE entities SET flag = 'name_variant', variant_of = ?, flag_reason = ? WHERE id = ? AND source = 'discovered' AND flag IS NULL`);
  for (const c of conflicts) {
    insertConflict.run(c.id, c.kind, c.factId, c.entityId, c.canonical, c.resolution, c.rule, c.explanation, c.canonicalNumber, c.canonicalText, c.unit);
    c.variants.forEach((v, i) => {
      insertVariant.run(c.id, i, typeof v.value === 'number' ? v.value : null, typeof v.value === 'string' ? v.value : null, v.stated, v.entityId ?? null, v.articles.length);
      // One row a variant: its claims by key, then its spans (migration 14).
      const evidence: (number | [string, number, number])[] = [];
      for (const claim of v.claims ?? []) {
        const key = keyOfClaim(claim);
        if (key === undefined) throw new Error(`conflict ${c.id}: claim ${claim} is not in the store`);
        evidence.push(key);
      }
      for (const s of v.spans ?? []) evidence.push([s.article, s.start, s.end]);
      if (evidence.length > 0) insertEvidence.run(c.id, i, JSON.stringify(evidence));
      if (c.kind === 'name_variant' && i > 0 && c.entityId && v.entityId && v.entityId !== c.entityId) flag.run(c.entityId, c.resolution, v.entityId);
    });
    const legacy = JSON.stringify(c.variants.map((v) => ({ value: v.value, stated: v.stated, articles: v.articles })));
    if (composed.get(c.id) !== legacy) keepWritten.run(legacy, c.id);
    // A disputed fact's text is its value_mismatch conflict's: dropped from the fact's row (writeFacts kept it)
    // where the facts view gives it back; where the view would not, the text goes back into the row.
    if (c.kind === 'value_mismatch' && c.factId !== null) {
      shedFactText.run(c.factId, c.explanation);
      const text = composedFactText.get(c.factId) as string | null | undefined;
      if (text !== undefined && text !== c.explanation) keepFactText.run(c.explanation, c.factId);
    }
  }
}
