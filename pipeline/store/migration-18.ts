// Migration 18: conflicts.variants is no longer stored. The legacy JSON of a conflict's
// variants ([{"value", "stated", "articles"}], canonical first) repeated what
// conflict_variants and conflict_evidence_sets hold: on the stories drop it was a third of the
// conflicts' bytes, every variant's article ids written out as text. `conflicts` becomes a view
// over `conflict_rows` (the table, renamed, so the references of conflict_variants and the
// index by fact follow it) that composes the JSON in SQL: each variant in order of its
// position, its value as JSON.stringify wrote it (an integral amount without ".0"), its stated
// form, and its articles, the distinct articles of its evidence in sorted order.
//
// conflict_rows.variants stays as a nullable column for a JSON the composition does not give
// back byte for byte: reconciliation's writer compares the two for each conflict and stores
// its JSON only then (a fraction JSON.stringify and SQLite spell differently, a variant whose
// articles are not those of its evidence), and an app writing through the view keeps what it
// wrote. A migrating store keeps each row's JSON only where the composition differs from it.

/** A variant's value in JSON: an integral amount as an integer, a fraction as SQLite prints it, a name quoted. */
export const VALUE_JSON = `CASE WHEN v.value_number IS NULL THEN json_quote(v.value_text)
    WHEN v.value_number = CAST(v.value_number AS INTEGER) AND abs(v.value_number) < 9007199254740992 THEN CAST(CAST(v.value_number AS INTEGER) AS TEXT)
    ELSE json_quote(v.value_number) END`;

/** The distinct articles of a variant's evidence (a claim's article, or a name span's), sorted, as a JSON array. */
const ARTICLES_JSON = `(SELECT '[' || coalesce(group_concat(DISTINCT json_quote(x.article) ORDER BY x.article), '') || ']'
    FROM (SELECT CASE WHEN j.type = 'array' THEN json_extract(j.value, '$[0]') ELSE a.id END AS article
      FROM conflict_evidence_sets s JOIN json_each(s.evidence) j
        LEFT JOIN claim_rows c ON c.key = CASE WHEN j.type = 'integer' THEN j.value END LEFT JOIN article_rows a ON a.key = c.article
      WHERE s.conflict_id = v.conflict_id AND s.variant = v.variant) x WHERE x.article IS NOT NULL)`;

/** The legacy JSON of conflict `id`'s variants, composed from conflict_variants. */
const composedVariants = (id: string) => `(SELECT '[' || coalesce(group_concat(
      '{"value":' || ${VALUE_JSON} || ',"stated":' || json_quote(v.stated) || ',"articles":' || ${ARTICLES_JSON} || '}', ',' ORDER BY v.variant), '') || ']'
    FROM conflict_variants v WHERE v.conflict_id = ${id})`;

const COLUMNS = ['id', 'kind', 'fact_id', 'entity_id', 'canonical', 'variants', 'resolution', 'rule', 'explanation', 'canonical_number', 'canonical_text', 'unit'];

/**
 * The conflicts view's triggers, writing through to conflict_rows; each begins with `before(row)`
 * when given (migration 19 keeps a disputed fact's text before its conflict changes).
 */
export const conflictTriggers = (before?: (row: 'NEW' | 'OLD') => string) => {
  const first = (row: 'NEW' | 'OLD') => (before ? `  ${before(row)}\n` : '');
  return `CREATE TRIGGER conflicts_insert INSTEAD OF INSERT ON conflicts BEGIN
${first('NEW')}  INSERT INTO conflict_rows (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `NEW.${c}`).join(', ')});
END;

CREATE TRIGGER conflicts_update INSTEAD OF UPDATE ON conflicts BEGIN
${first('OLD')}  UPDATE conflict_rows SET ${COLUMNS.map((c) => (c === 'variants' ? 'variants = CASE WHEN NEW.variants IS OLD.variants THEN variants ELSE NEW.variants END' : `${c} = NEW.${c}`)).join(', ')}
    WHERE id = OLD.id;
END;

CREATE TRIGGER conflicts_delete INSTEAD OF DELETE ON conflicts BEGIN
${first('OLD')}  DELETE FROM conflict_rows WHERE id = OLD.id;
END;
`;
};

export const MIGRATION_18_SQL = `
ALTER TABLE conflicts RENAME TO conflict_rows;
ALTER TABLE conflict_rows RENAME COLUMN variants TO variants_written;
ALTER TABLE conflict_rows ADD COLUMN variants TEXT;
UPDATE conflict_rows SET variants = variants_written WHERE variants_written IS NOT ${composedVariants('conflict_rows.id')};
ALTER TABLE conflict_rows DROP COLUMN variants_written;

CREATE VIEW conflicts AS
  SELECT ${COLUMNS.map((c) => (c === 'variants' ? `coalesce(r.variants, ${composedVariants('r.id')}) AS variants` : `r.${c}`)).join(', ')}
  FROM conflict_rows r;

${conflictTriggers()}`;
