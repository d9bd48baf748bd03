// Writing a run into the store: the run row, each file's row, and each article with its
// sources and mentions in one transaction, so a crash never leaves half an article.
// Articles, mentions and roles go to their compact tables (migrations 10, 11, 22, 25, 26): strings
// as codes, a mention's and a role's texts only when they are not spans of the original (in
// mention_extras, with a range's bounds, and role_extras), the normalised text as pieces, a
// mention's kind, rule, units and types and a role's link, titles and rule as the key of their form.

import { parseMap } from '../normalise/offset-map.ts';
import { coder } from './codes.ts';
import { formCoder } from './forms.ts';
import { MENTION_FORM_25 } from './migration-25.ts';
import { ROLE_FORM } from './migration-26.ts';
import { normalisedPieces } from './normalised-pieces.ts';
import type { Db } from './open.ts';
import type { RoleMention } from '../../extractors/entities/types.ts';
import type { DateMention, EntityMention, MoneyMention } from '../../extractors/types.ts';

export interface RunCounts {
  files_total: number;
  files_unchanged: number;
  articles_new: number;
  duplicates: number;
  failed: number;
  skipped: number;
}

export interface ArticleRow {
  id: string;
  content_sha256: string;
  drop_dir: string;
  path: string;
  format: string | null;
  encoding: string | null;
  title: string | null;
  published: string | null;
  published_source: 'metadata' | 'default' | null;
  /** The rule that found `published` (migration 5); absent on rows of records that failed. */
  published_rule?: string | null;
  url: string | null;
  source_name: string | null;
  external_id: string | null;
  lang: string | null;
  lang_confidence: number | null;
  lang_method: string | null;
  text_original: string | null;
  text_normalised: string | null;
  offset_map: string | null;
  boilerplate: string | null;
  status: 'ok' | 'failed' | 'not_extracted';
  error: string | null;
}

export interface ArticleMentions {
  money: MoneyMention[];
  dates: DateMention[];
  entities: EntityMention[];
  roles: RoleMention[];
}

export interface FileRow {
  drop_dir: string;
  path: string;
  size: number | null;
  mtime_ms: number | null;
  sha256: string | null;
  status: 'done' | 'failed' | 'skipped';
  error: string | null;
  records: number;
}

const now = () => new Date().toISOString();

/**
 * An entity mention's entity_id before reconciliation gives it one: no code has this number,
 * so the mentions view reads null, and it takes two bytes like most codes do, so that
 * reconciliation's later update rewrites the row in place instead of splitting its page (a
 * fifth of the mention pages were left empty by those splits).
 */
export const NO_ENTITY_YET = -32768;

/** Statements prepared once per store handle. */
export function storeWriter(db: Db) {
  const insertArticle = db.prepare(`
    INSERT INTO article_rows (id, content_sha256, drop_dir, path, format, encoding, title, published, published_source, published_rule, url,
      source_name, external_id, lang, lang_confidence, lang_method, text_normalised, normalised_edits, offset_map, boilerplate,
      status, error, run_id, created_at)
    VALUES (@id, @content_sha256, @drop_dir, @path, @format, @encoding, @title, @published, @published_source, @published_rule, @url,
      @source_name, @external_id, @lang, @lang_confidence, @lang_method, @text_normalised, @normalised_edits, @offset_map, @boilerplate,
      @status, @error, @run_id, @created_at)`);
  // The text in a table of its own (migration 27), a row for every article.
  const insertText = db.prepare('INSERT INTO article_texts (key, text_original) VALUES (?, ?)');
  const articleExists = db.prepare('SELECT id FROM article_rows WHERE id = ?').pluck();
  const upsertFile = db.prepare(`
    INSERT INTO files (drop_dir, path, size, mtime_ms, sha256, status, error, records, first_run_id, last_run_id)
    VALUES (@drop_dir, @path, @size, @mtime_ms, @sha256, @status, @error, @records, @run_id, @run_id)
    ON CONFLICT (drop_dir, path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, sha256 = excluded.sha256,
      status = excluded.status, error = excluded.error, records = excluded.records, last_run_id = excluded.last_run_id
    RETURNING id`);
  const touchFile = db.prepare('UPDATE files SET last_run_id = ?, mtime_ms = ? WHERE id = ?');
  const insertSource = db.prepare(`
    INSERT INTO article_sources (file_id, record_path, article_id, duplicate, run_id) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (file_id, record_path) DO UPDATE SET article_id = excluded.article_id, run_id = excluded.run_id`);
  const sourceOf = db.prepare('SELECT count(*) FROM article_sources WHERE article_id = ? AND NOT (file_id = ? AND record_path = ?)').pluck();
  const insertRow = db.prepare(`
    INSERT INTO mention_rows (article, form, span_start, span_length, value_number, value_text, entity_id, gazetteer_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`); // positional: the hot path, ~150 rows an article
  const insertExtras = db.prepare('INSERT INTO mention_extras (id, text, min_value, max_value) VALUES (?, ?, ?, ?)');
  /** A mention's row, and its extras when it has any (migration 25: its own text, a range's bounds). */
  const insertMention = (key: number, form: number, start: number, length: number, text: string | null, valueNumber: number | null,
    valueText: number | null, min: number | null, max: number | null, entityId: number | null, gazetteerId: number | null) => {
    const id = insertRow.run(key, form, start, length, valueNumber, valueText, entityId, gazetteerId).lastInsertRowid;
    if (text !== null || min !== null || max !== null) insertExtras.run(id, text, min, max);
  };
  const codes = coder(db);
  // A mention's kind, rule, currency, qualifier, precision and entity type, in MENTION_FORM_25's order (migrations 22 and 25).
  const forms = formCoder(db, 'mention_forms', MENTION_FORM_25);

  const insertRole = db.prepare('INSERT INTO role_rows (article, form, span_start, span_length, person_offset, person_length, date_value) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertRoleExtras = db.prepare('INSERT INTO role_extras (id, text, person_text) VALUES (?, ?, ?)');
  // A role's person link, role, title, country, tense and rule, in ROLE_FORM's order (migration 26).
  const roleForms = formCoder(db, 'role_forms', ROLE_FORM);

  function writeMentions(key: number, text: string, mentions: ArticleMentions): void {
    const c = codes.code;
    // A mention's text, a role's phrase and its person are not copied when substr of the
    // original gives them back (it counts characters as JavaScript does only in text without
    // surrogate pairs). Reconciliation reads them from the tables, slicing the article's text
    // once per article (load.ts); the views slice it per row.
    const sliceable = !/[\uD800-\uDFFF]/.test(text);
    const own = (m: { start: number; end: number; text: string }) => (sliceable && text.slice(m.start, m.end) === m.text ? null : m.text);
    const [money, date, entity] = [c('money'), c('date'), c('entity')];
    const form = forms.key;
    for (const m of mentions.money) {
      insertMention(key, form([money, c(m.rule), c(m.currency), c(m.qualifier), null, null]), m.start, m.end - m.start, own(m), m.value, null,
        m.min ?? null, m.max ?? null, null, null);
    }
    for (const m of mentions.dates) {
      insertMention(key, form([date, c(m.rule), null, null, c(m.precision), null]), m.start, m.end - m.start, own(m), null, c(m.value), null, null, null, null);
    }
    // The extractor's link is kept in gazetteer_id from the start ('' for none): entity_id is reconciliation's to overwrite.
    for (const m of mentions.entities) {
      insertMention(key, form([entity, c(m.rule), null, null, null, c(m.type)]), m.start, m.end - m.start, own(m), null, c(m.name), null, null,
        c(m.id) ?? NO_ENTITY_YET, c(m.id ?? ''));
    }
    for (const r of mentions.roles) {
      const person = { start: r.personStart, end: r.personEnd, text: r.personText };
      const form = roleForms.key([c(r.personId), c(r.role), c(r.roleName), c(r.country), c(r.tense ?? 'current'), c(r.rule)]);
      const id = insertRole.run(key, form, r.start, r.end - r.start, r.personStart - r.start, r.personEnd - r.personStart, c(r.date)).lastInsertRowid;
      const [text, personText] = [own(r), own(person)];
      if (text !== null || personText !== null) insertRoleExtras.run(id, text, personText);
    }
  }

  return {
    touchFile(fileId: number, runId: number, mtimeMs: number) {
      touchFile.run(runId, mtimeMs, fileId);
    },
    saveFile(row: FileRow, runId: number): number {
      return (upsertFile.get({ ...row, run_id: runId }) as { id: number }).id;
    },
    /**
     * Stores one record: a new article with its mentions, or, when the same text is
     * already stored, a source row marking this record as a duplicate of it. All or
     * nothing: inside the run's batch transaction (which rolls back whole if a write
     * throws) it needs no savepoint of its own; a savepoint per article copied every
     * page it touched into a statement journal, about a tenth of the store's time.
     */
    saveArticle(article: ArticleRow, mentions: ArticleMentions | undefined, fileId: number, recordPath: string, runId: number): 'new' | 'duplicate' | 'seen' {
      const save = (): 'new' | 'duplicate' | 'seen' => {
        if (articleExists.get(article.id)) {
          const elsewhere = (sourceOf.get(article.id, fileId, recordPath) as number) > 0;
          insertSource.run(fileId, recordPath, article.id, elsewhere ? 1 : 0, runId);
          return elsewhere ? 'duplicate' : 'seen';
        }
        codes.check();
        forms.check();
        roleForms.check();
        const pieces = article.text_original !== null && article.text_normalised !== null && article.offset_map !== null
          ? normalisedPieces(article.text_original, article.text_normalised, parseMap(article.offset_map)) : null;
        const { text_original: text, ...row } = article;
        const key = Number(insertArticle.run({
          ...row, text_normalised: pieces === null ? article.text_normalised : null, normalised_edits: pieces,
          published_rule: article.published_rule ?? null, run_id: runId, created_at: now(),
        }).lastInsertRowid);
        insertText.run(key, text);
        if (mentions) writeMentions(key, article.text_original ?? '', mentions);
        insertSource.run(fileId, recordPath, article.id, 0, runId);
        return 'new';
      };
      return db.inTransaction ? save() : db.transaction(save).immediate();
    },
  };
}

export type StoreWriter = ReturnType<typeof storeWriter>;
