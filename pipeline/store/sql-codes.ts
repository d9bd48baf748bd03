// SQL pieces the compact-store migrations (10 on) share: a coded column read back as its
// string and a string turned into its code, a string put in `codes` from inside a trigger, and
// a span's text given back from the original when the row did not keep it; and the views two
// migrations make alike (fact_evidence, canonical_facts). Each migration's
// SQL is built from them once, when the migrations are listed; a change here changes the SQL
// of every migration that uses them, so they stay as they are.

/** `(SELECT value FROM codes WHERE id = <column>)`: a coded column read back as its string. */
export const decoded = (column: string) => `(SELECT value FROM codes WHERE id = ${column})`;
/** A string's code (the string already in codes). */
export const coded = (column: string) => `(SELECT id FROM codes WHERE value = ${column})`;
/** Puts a string in codes (when not null) inside a trigger. */
export const intern = (value: string) => `INSERT OR IGNORE INTO codes (value) SELECT ${value} WHERE ${value} IS NOT NULL;`;
/**
 * The text of a span: stored when it is not what substr of the original gives (text with characters outside the BMP),
 * in `text` (the row's own column unless another table holds it); the span's `start` and `length` likewise.
 */
export const spanText = (row: string, text = `${row}.text`, start = `${row}.span_start`, length = `${row}.span_length`, original = 'a.text_original') =>
  `coalesce(${text}, substr(${original}, ${start} + 1, ${length}))`;

/**
 * Where a view reads an article's text: `original`, given article_rows as `a` and `join` (SQL joining what it reads) —
 * the row's own column until migration 27, article_texts from then on.
 */
export interface ArticleText {
  original: string;
  join: string;
}
export const ARTICLE_ROW_TEXT: ArticleText = { original: 'a.text_original', join: '' };
/** ` <join>`, or nothing when the text is the article row's own. */
export const joinedText = (text: ArticleText) => (text.join === '' ? '' : ` ${text.join}`);
/** The coded columns of a mention. */
export const MENTION_CODES = ['kind', 'rule', 'value_text', 'currency', 'qualifier', 'precision', 'entity_type', 'entity_id', 'gazetteer_id'];

/** fact_evidence over the claims view: migration 10 makes it, and migration 13 again after remaking claims; migration 27 with the text elsewhere. */
export const factEvidenceViewSql = (text = ARTICLE_ROW_TEXT) => `CREATE VIEW fact_evidence AS
  SELECT fc.fact_id, fc.verdict, c.id AS claim_id, c.article_id, a.path, a.lang, c.text, c.value_number, c.value_text,
         c.unit, c.qualifier, c.span_start, c.span_end,
         substr(${text.original}, c.sentence_start + 1, c.sentence_end - c.sentence_start) AS sentence,
         c.source, c.as_of, c.measure, fc.converted, a.title
  FROM fact_claims fc JOIN claims c ON c.id = fc.claim_id JOIN article_rows a ON a.id = c.article_id${joinedText(text)};`;
export const FACT_EVIDENCE_VIEW = factEvidenceViewSql();

/** canonical_facts over the facts view and fact_claim_rows: migration 10 makes it, and migration 19 again after remaking facts. */
export const CANONICAL_FACTS_VIEW = `CREATE VIEW canonical_facts AS
  SELECT f.id, f.subject, f.subject_entity_id, f.predicate, f.topic, f.value_number, f.value_text, f.unit, f.status,
         f.explanation, (SELECT count(*) FROM fact_claim_rows fc JOIN fact_rows r ON r.key = fc.fact WHERE r.id = f.id) AS claims,
         f.qualifier, f.min_value, f.max_value, f.measure, f.object, f.story
  FROM facts f;`;
