// Migration 28: a disputed fact's readings composed, not stored. facts.value_text of a disputed
// fact lists its readings as stated, `up to 44 billion USD | over 60 billion USD`: its
// value_mismatch conflict's variants' `stated`, in order, joined by ' | ' (1.9 MB over 18,495
// disputed facts of 10,000 stories articles, every one composed so). The row holds an empty blob
// where the facts view composes the text (a byte of record header, as null takes; null stays
// null, a text stays the text); reconciliation writes the blob for a disputed fact and stores the
// text only where the composition differs; before an app changes or deletes such a conflict or
// its variants through the views, the triggers write the fact's readings into its row (as they
// do its explanation since migration 19), so the fact reads as before. Migrating put the blob
// only where the composition gives the text back.

import { conflictAndFactViews, disputedText, type SpanReading } from './migration-20.ts';
import { keepDisputedText, factsViewSql } from './migration-19.ts';
import { FACTS_FROM, factColumn } from './migration-23.ts';
import { CLAIM_DEPENDENT_VIEWS, claimViews } from './migration-24.ts';
import { ARTICLE_TEXT } from './migration-27.ts';
import { coded } from './sql-codes.ts';

const code = (value: string) => coded(`'${value}'`);

/** The readings of fact row `f` as its value_mismatch conflict (the first by id, as its explanation's) states them. */
const composedReadings = (f: string) => `(SELECT group_concat(v.stated, ' | ' ORDER BY v.variant) FROM conflict_variant_rows v
    WHERE v.conflict = (SELECT c.key FROM conflict_rows c WHERE c.fact_id = ${f}.id AND c.kind = ${code('value_mismatch')} ORDER BY c.id LIMIT 1))`;

/** Fact row `f`'s value_text as the facts view reads it: composed where the row holds the empty blob. */
export const factValueText = (f: string) => `CASE WHEN typeof(${f}.value_text) = 'blob' THEN ${composedReadings(f)} ELSE ${f}.value_text END`;

/** Before conflict `row` of a disputed fact changes: its explanation and its readings written into its row. */
const keepFact = (row: string, fact = `${row}.fact_id`) => `${keepDisputedText(row, disputedText, fact)}
  UPDATE fact_rows SET value_text = ${composedReadings('fact_rows')} WHERE id = ${fact} AND typeof(value_text) = 'blob';`;

/** This migration's facts and conflicts views with their triggers; migration 30 makes them again reading a name's spans from its mentions. */
export const factAndConflictViews28 = (spans?: SpanReading) => conflictAndFactViews(factsViewSql(disputedText,
  (column) => (column === 'value_text' ? `${factValueText('f')} AS value_text` : factColumn(column)), FACTS_FROM), keepFact, spans);

export const MIGRATION_28_SQL = `
${CLAIM_DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}
UPDATE fact_rows SET value_text = x'' WHERE value_text = ${composedReadings('fact_rows')};

${claimViews(ARTICLE_TEXT, factAndConflictViews28())}
`;
