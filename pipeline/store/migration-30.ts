// Migration 30: a name variant's evidence names its mentions rather than copying their spans.
// The story-name check's conflicts list every mention of each person they compare, and a much
// named person's list grows with the store: 4,312 name-variant rows held 40.7 MB of
// `[article id, start, end]` JSON in a 100,000-article store, where 412 held 1.4 MB at 10,000.
// Each of those spans is an entity mention's, so a variant's evidence now holds the mention's id
// in mention_rows, negated (a claim's key stays positive), and conflict_evidence, conflict_spans
// and the conflicts view's variants read the article and span from the mention: the same rows,
// a third of the bytes. A span no mention has (an office holder's role) stays an array.
// Migrating swaps each array for the id of the first mention with that article and span.

import { SPAN_ARRAYS, type SpanReading } from './migration-20.ts';
import { CLAIM_DEPENDENT_VIEWS, claimViews } from './migration-24.ts';
import { ARTICLE_TEXT } from './migration-27.ts';
import { factAndConflictViews28 } from './migration-28.ts';

/** A span as [article id, start, end], or a mention's id negated, read through the mention's row. */
export const SPAN_MENTIONS: SpanReading = {
  joins: `
    LEFT JOIN mention_rows sm ON sm.id = CASE WHEN j.type = 'integer' AND j.value < 0 THEN -j.value END LEFT JOIN article_rows sa ON sa.key = sm.article`,
  article: `coalesce(${SPAN_ARRAYS.article}, sa.id)`,
  start: `coalesce(${SPAN_ARRAYS.start}, sm.span_start)`,
  end: `coalesce(${SPAN_ARRAYS.end}, sm.span_start + sm.span_length)`,
};

/** The first mention of the article and span array item `j` names, negated; null when the article has none there. */
const mentionAt = `-(SELECT min(m.id) FROM article_rows a JOIN article_mentions g ON g.article = a.key
      JOIN mention_rows m ON m.id BETWEEN g.first_id AND g.last_id AND m.article = g.article
    WHERE a.id = json_extract(j.value, '$[0]') AND m.span_start = json_extract(j.value, '$[1]')
      AND m.span_length = json_extract(j.value, '$[2]') - json_extract(j.value, '$[1]'))`;

export const MIGRATION_30_SQL = `
${CLAIM_DEPENDENT_VIEWS.map((v) => `DROP VIEW ${v};`).join('\n')}
UPDATE conflict_variant_rows SET evidence = (SELECT '[' || group_concat(CASE WHEN j.type = 'array' THEN coalesce(${mentionAt}, j.value) ELSE j.value END, ',' ORDER BY j.key) || ']'
    FROM json_each(conflict_variant_rows.evidence) j)
  WHERE evidence IS NOT NULL AND (instr(evidence, '[[') > 0 OR instr(evidence, ',[') > 0);

${claimViews(ARTICLE_TEXT, factAndConflictViews28(SPAN_MENTIONS))}
`;
