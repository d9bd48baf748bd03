// Writing the canonical layer, part by part (claims, facts, conflicts; the entities in store-entities.ts), as
// reconciliation re-resolves them; clearDerived empties it for a full rebuild. Stored once: a
// rule's reason goes to rule_reasons (the claim's column keeps the rule id), and a conflict's
// evidence to its variant's row (conflict_variant_rows, migration 20), listing its claims by
// their key in claim_rows (article spans for a name, migration 14; a name's mentions by their id,
// negated, migration 30). Claims, facts and their links go to the compact tables behind the views
// of those names (migration 10): strings as codes, articles, claims and facts by integer key, ids
// of claims and facts as the integer of their hex digits (migrations 21 and 23), the coded
// columns many rows share as the key of their form (claim_forms, fact_forms), a claim's text only
// when it is not the span of its article's text, its measure key only when it is not its own
// "unknown#<claim id>" (migration 13), its group key only when the group is not the claim's own
// (migration 16). What a view composes is written as null, read back through the view, and stored
// only where the composition differs: a fact's explanation (migration 19: a single fact's
// sentence from its label, a disputed fact's from its value_mismatch conflict), a conflict's
// legacy variants JSON (migration 18), canonical value, and a dispute's or independent sources'
// resolution and explanation (migration 20).

import { storedPrecision } from '../store/claim-precision.ts';
import { coder, type Coder } from '../store/codes.ts';
import { formCoder } from '../store/forms.ts';
import { hashedId } from '../store/hashed-ids.ts';
import { COMPOSED_RULES } from '../store/migration-20.ts';
import { CLAIM_FORM_24 } from '../store/migration-24.ts';
import { FACT_FORM } from '../store/migration-23.ts';
import type { Db } from '../store/open.ts';
import { ownGroup } from './stored-claims.ts';
import type { Claim, Conflict, Fact } from './types.ts';
import { describeValue } from './values.ts';

export function clearDerived(db: Db): void {
  // Claims before facts: a fact deleted first would unlink its claims one by one (migration 24), to no purpose.
  const tables = ['conflict_variant_rows', 'conflict_rows', 'claim_rows', 'fact_rows', 'rule_reasons', 'entity_aliases', 'entities'];
  for (const table of tables) db.prepare(`DELETE FROM ${table}`).run();
}

/** "object.unknown: no place … in its clause" → the rule id and its reason; a rule without one stays whole. */
export function splitRule(rule: string): { rule: string; reason?: string } {
  const at = rule.indexOf(': ');
  return at < 0 ? { rule } : { rule: rule.slice(0, at), reason: rule.slice(at + 2) };
}

/**
 * Claims, each with its fact-group key when the caller keeps one (incremental reconciliation does; '' when not),
 * none for a claim of its own group (ownGroup).
 * A caller writing in many batches passes one coder for all of them, so each batch does not look its strings up again.
 */
export function writeClaims(db: Db, claims: readonly Claim[], groupKeyOf: (c: Claim) => string | null = () => null, codes: Coder = coder(db)): void {
  // Positional parameters: binding by name looks every name up in the row object, per row.
  const insertClaim = db.prepare(`
    INSERT INTO claim_rows (hash, id_text, article, mention_id, form, subject_entity_id, subject, date_value,
      sentence_start, sentence_end, measure_key, object, object_entity_id, source, source_entity_id, as_of, precision, story, group_key)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // What few claims have (migration 24): a text that is not the span, a period, the claim it glosses, a range's bounds, and an
  // amount or span other than its mention's (none is: a claim is drafted from its mention).
  const insertExtras = db.prepare(`INSERT INTO claim_extras (key, text, period, gloss_of, min_value, max_value, value_number, span_start, span_length)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const mentionOf = db.prepare('SELECT value_number, span_start, span_length FROM mention_rows WHERE id = ?').raw();
  const storyOfArticle = articleStories(db);
  // Its predicate, topic, qualifier, rules, measure, time role and unit, in CLAIM_FORM_24's order (migrations 21 and 24).
  const forms = formCoder(db, 'claim_forms', CLAIM_FORM_24);
  const articleOf = db.prepare('SELECT a.key, t.text_original FROM article_rows a JOIN article_texts t ON t.key = a.key WHERE a.id = ?').raw();
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
    const form = forms.key([code(c.predicate), code(c.topic), code(c.qualifier), code(c.rule), code(c.measure), code(ruleId(c.measureRule)),
      code(ruleId(c.objectRule)), code(ruleId(c.sourceRule)), code(ruleId(c.asOfRule)), code(c.timeRole), code(c.unit)]);
    const [mentionValue, mentionStart, mentionLength] = (mentionOf.get(c.mentionId) as [number | null, number, number] | undefined) ?? [null, null, null];
    if (c.value === null && mentionValue !== null) throw new Error(`claim ${c.id}: no amount where its mention has one, which the store cannot tell apart`);
    const sameSpan = mentionStart === c.start && mentionLength === c.end - c.start;
    const row = insertClaim.run(...hashedId(c.id, 'claim'), key, c.mentionId, form, code(c.subjectEntityId), code(c.subject), code(c.dateValue),
      c.sentenceStart, c.sentenceEnd, c.measureKey === `unknown#${c.id}` ? null : code(c.measureKey),
      code(c.object), code(c.objectEntityId), code(c.source), code(c.sourceEntityId), c.asOf === c.dateValue ? null : code(c.asOf) ?? 0,
      storedPrecision(c.precision, c.value), storyOfArticle.stored(key, code(c.story)), ownGroup(c) ? null : code(groupKeyOf(c) ?? '')).lastInsertRowid;
    storyOfArticle.written(key);
    const extras = [text, c.period, c.glossOf, c.min, c.max, c.value === mentionValue ? null : c.value, sameSpan ? null : c.start, sameSpan ? null : c.end - c.start];
    if (extras.some((v) => v !== null)) insertExtras.run(row, ...extras);
  }
  if (reasons.size === 0) return;
  const insertReason = db.prepare('INSERT OR REPLACE INTO rule_reasons (rule, reason) VALUES (?, ?)');
  for (const [rule, reason] of [...reasons].sort((a, b) => (a[0] < b[0] ? -1 : 1))) insertReason.run(rule, reason);
}

/**
 * A claim's story as claim_rows stores it (migration 24): null when it is its article's, kept in article_claims with the range of
 * the article's claims, 0 for none. An article whose range starts again with the claim written (its first claim, or its first
 * drafted again after its others were deleted) takes the claim's story; `written` records it once the claim's row (and so the
 * range) is in.
 */
function articleStories(db: Db): { stored: (article: number, story: number | null) => number | null; written: (article: number) => void } {
  const rangeOf = db.prepare('SELECT first_key, last_key, story FROM article_claims WHERE article = ?').raw();
  const anyLeft = db.prepare('SELECT EXISTS (SELECT 1 FROM claim_rows WHERE key BETWEEN ? AND ? AND article = ?)').pluck();
  const setStory = db.prepare('UPDATE article_claims SET story = ? WHERE article = ?');
  let current: { article: number; story: number | null; starts: boolean } | undefined;
  return {
    stored(article, story) {
      if (current?.article !== article) {
        const range = rangeOf.get(article) as [number, number, number | null] | undefined;
        const starts = range === undefined || anyLeft.get(range[0], range[1], article) === 0;
        current = { article, story: starts ? story : range![2], starts };
      }
      return story === current.story ? null : story ?? 0;
    },
    written(article) {
      if (current?.article === article && current.starts) {
        setStory.run(current.story, article);
        current.starts = false;
      }
    },
  };
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
 * disputed fact is written with no text: its explanation is its value_mismatch conflict's, so it
 * is checked once the conflicts are written (writeFactsAndConflicts). Returns those facts.
 */
function writeFacts(db: Db, facts: readonly Fact[], groupKeyOf: (f: Fact) => string | null,
  claimKeyOf: (claimId: string) => number | undefined): Fact[] {
  const insertFact = db.prepare(`
    INSERT INTO fact_rows (hash, id_text, form, subject, subject_entity_id, value_number, value_text, unit, status, explanation,
      qualifier, min_value, max_value, object, story, group_key, label)
    VALUES (?, ?, ?, ?, ?, ?, iif(?, x'', ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Its predicate, topic, rule and measure, in FACT_FORM's order (migration 23).
  const forms = formCoder(db, 'fact_forms', FACT_FORM);
  // A claim's fact is on its row (migration 24): a claim is in one fact at most; its verdict is the key of the verdict's code in claim_verdicts.
  const linkClaim = db.prepare('UPDATE claim_rows SET fact = ?, verdict = ? WHERE key = ? AND fact IS NULL');
  // Its converted value, rare, in its extras.
  const keepConverted = db.prepare('INSERT INTO claim_extras (key, converted) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET converted = excluded.converted');
  const verdicts = formCoder(db, 'claim_verdicts', ['verdict']);
  const composed = db.prepare('SELECT explanation FROM facts WHERE id = ?').pluck();
  const keepWritten = db.prepare('UPDATE fact_rows SET explanation = ?, label = NULL WHERE key = ?');
  const keyOfClaim = claimKeys(db, claimKeyOf);
  const { code } = coder(db);
  const disputed: Fact[] = [];
  for (const f of facts) {
    const label = singleLabel(f);
    if (f.status === 'disputed') disputed.push(f);
    const text = label !== undefined || f.status === 'disputed' ? null : f.explanation;
    const form = forms.key([code(f.predicate), code(f.topic), code(f.rule), code(f.measure)]);
    // A disputed fact's readings are composed from its conflict where the row holds an empty blob (migration 28): checked once the conflict is written.
    const key = insertFact.run(...hashedId(f.id, 'fact'), form, code(f.subject), code(f.subjectEntityId), f.valueNumber,
      f.status === 'disputed' ? 1 : 0, f.valueText, code(f.unit),
      code(f.status), text, code(f.qualifier), f.min, f.max, code(f.object), code(f.story), code(groupKeyOf(f)), code(label)).lastInsertRowid;
    for (const [claimId, verdict] of f.verdicts) {
      const converted = f.conversions.get(claimId);
      const claimKey = keyOfClaim(claimId);
      if (claimKey === undefined) throw new Error(`fact ${f.id}: claim ${claimId} is not in the store`);
      const linked = linkClaim.run(key, verdicts.key([code(verdict)]), claimKey);
      if (linked.changes !== 1) throw new Error(`fact ${f.id}: claim ${claimId} is in another fact`);
      if (converted) keepConverted.run(claimKey, JSON.stringify(converted));
    }
    if (label !== undefined && composed.get(f.id) !== f.explanation) keepWritten.run(f.explanation, key);
  }
  return disputed;
}

/** The label of a conflict's explanation (migration 20): the words after the fact's subject, found where its rule's template puts them. */
function conflictLabel(c: Conflict, subject: string | undefined): string | undefined {
  const first = c.variants[0]?.stated;
  if (subject === undefined || first === undefined) return undefined;
  const [head, tail] = c.rule === 'value.mismatch.disputed' ? [`The ${subject} `, ` is ${first} in `]
    : [` independently give the ${subject} `, ` as ${first}, outweighing `];
  const at = c.explanation.indexOf(head);
  if (at < 0 || (c.rule === 'value.mismatch.disputed' && at > 0)) return undefined;
  const end = c.explanation.indexOf(tail, at + head.length);
  return end > at + head.length ? c.explanation.slice(at + head.length, end) : undefined;
}

/**
 * Each conflict with its typed variants and their evidence, once, by reference (the entity a
 * name variant flags is flagged in its own row by writeEntityLayer, store-entities.ts, from
 * nameVariantFlags). The conflicts view composes the legacy variants JSON (value, stated,
 * articles) from those rows (migration 18), the canonical column, and for a dispute or a
 * mismatch settled by independent sources its resolution and explanation from the fact's
 * subject and a label (migration 20): each is written as null, read back through the view, and
 * stored only where the composition differs from it.
 * `claimKeyOf` gives a claim's row in claim_rows when the caller knows it, saving a look-up by
 * id a claim cited.
 */
export function writeConflicts(db: Db, conflicts: readonly Conflict[], claimKeyOf: (claimId: string) => number | undefined = () => undefined): void {
  const insertConflict = db.prepare(`
    INSERT INTO conflict_rows (id, kind, fact_id, entity_id, canonical, resolution, rule, explanation, canonical_number, canonical_text, unit, label)
    VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`);
  const subjectOf = db.prepare('SELECT s.value FROM fact_rows f JOIN codes s ON s.id = f.subject WHERE f.id = ?').pluck();
  const composed = db.prepare('SELECT canonical, variants, resolution, explanation FROM conflicts WHERE id = ?').raw();
  const keepWritten = db.prepare('UPDATE conflict_rows SET canonical = ?, variants = ?, resolution = ?, explanation = ?, label = ? WHERE key = ?');
  const insertVariant = db.prepare(`INSERT INTO conflict_variant_rows (conflict, variant, value_number, value_text, stated, entity_id, articles, evidence)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const keyOfClaim = claimKeys(db, claimKeyOf);
  const { code } = coder(db);
  for (const c of conflicts) {
    const composable = COMPOSED_RULES.includes(c.rule) && c.factId !== null;
    const label = composable ? conflictLabel(c, subjectOf.get(c.factId) as string | undefined) : undefined;
    const key = insertConflict.run(c.id, code(c.kind), c.factId, code(c.entityId), composable ? null : c.resolution, code(c.rule),
      label !== undefined ? null : c.explanation, c.canonicalNumber, c.canonicalText, code(c.unit), code(label)).lastInsertRowid;
    c.variants.forEach((v, i) => {
      // Its claims by key, then its spans (migration 14): a mention's by its id, negated (migration 30).
      const evidence: (number | [string, number, number])[] = [];
      for (const claim of v.claims ?? []) {
        const claimKey = keyOfClaim(claim);
        if (claimKey === undefined) throw new Error(`conflict ${c.id}: claim ${claim} is not in the store`);
        evidence.push(claimKey);
      }
      for (const s of v.spans ?? []) evidence.push(s.mention !== undefined ? -s.mention : [s.article, s.start, s.end]);
      insertVariant.run(key, i, typeof v.value === 'number' ? v.value : null, typeof v.value === 'string' ? v.value : null, v.stated,
        code(v.entityId ?? null), v.articles.length, evidence.length > 0 ? JSON.stringify(evidence) : null);
    });
    const legacy = JSON.stringify(c.variants.map((v) => ({ value: v.value, stated: v.stated, articles: v.articles })));
    const written = [c.canonical, legacy, c.resolution, c.explanation];
    const read = composed.get(c.id) as (string | null)[];
    if (read.some((text, i) => text !== written[i])) {
      // Each column the view does not give back is stored as written; the others stay composed.
      const kept = written.map((text, i) => (read[i] === text ? null : text));
      const [canonical, variants, resolution, explanation] = kept;
      const stored = [canonical, variants, composable ? resolution : c.resolution, label !== undefined ? explanation : c.explanation];
      keepWritten.run(...stored, stored[3] === null ? code(label) : null, key);
    }
  }
}

/** A misnamed entity's flag: the canonical entity it is a variant of, why, and the misnamed entity. */
export type NameVariantFlag = [variantOf: string, reason: string, entityId: string];

/** The flags a conflict sets: a name variant's on each variant's entity other than the canonical one (none for other kinds). */
export function nameVariantFlags(c: Conflict): NameVariantFlag[] {
  if (c.kind !== 'name_variant' || !c.entityId) return [];
  return c.variants.flatMap((v, i) => (i > 0 && v.entityId && v.entityId !== c.entityId ? [[c.entityId!, c.resolution, v.entityId] as NameVariantFlag] : []));
}

/**
 * Facts and then their conflicts (writeFacts, writeConflicts). A disputed fact's explanation is
 * its value_mismatch conflict's, which the facts view gives back (migration 19); it is read back
 * once the conflicts are written and stored only where it differs (a note on other currencies
 * after the sentence). Written so, no fact row is first written with its text and then emptied,
 * which left fact_rows' pages half empty.
 */
export function writeFactsAndConflicts(db: Db, facts: readonly Fact[], conflicts: readonly Conflict[],
  groupKeyOf: (f: Fact) => string | null = () => null, claimKeyOf: (claimId: string) => number | undefined = () => undefined): void {
  const disputed = writeFacts(db, facts, groupKeyOf, claimKeyOf);
  writeConflicts(db, conflicts, claimKeyOf);
  const composed = db.prepare('SELECT explanation, value_text FROM facts WHERE id = ?').raw();
  const keepExplanation = db.prepare('UPDATE fact_rows SET explanation = ? WHERE id = ?');
  const keepReadings = db.prepare('UPDATE fact_rows SET value_text = ? WHERE id = ?');
  for (const f of disputed) {
    const [explanation, readings] = composed.get(f.id) as [string | null, string | null];
    if (explanation !== f.explanation) keepExplanation.run(f.explanation, f.id);
    if (readings !== f.valueText) keepReadings.run(f.valueText, f.id);
  }
}
