// Reading reconciliation's inputs from the store. Articles and mentions come in whatever
// order SQLite finds them (reconcile() sorts them by article id and span, ids breaking
// ties), so the result never depends on the order rows were inserted in.

import type { Db } from '../store/open.ts';
import type { ArticleInput, MentionInput, RoleInput } from './types.ts';

/**
 * An article reconciliation reads: stored whole, and still what some file or record holds.
 * A file that changed gives its records new articles (the records' sources point to them
 * now); the article it held before keeps its row and mentions, as history, but no longer
 * speaks in the canonical layer. (`articles` is aliased `a` wherever this is used.)
 */
const LIVE = "a.status = 'ok' AND EXISTS (SELECT 1 FROM article_sources s WHERE s.article_id = a.id)";

/** The articles reconciliation reads (live, English or Chinese, with text), as SQL over `articles a`. */
const RECONCILED = `${LIVE} AND a.lang IN ('en', 'zh') AND a.text_original IS NOT NULL`;

/**
 * Every article reconciliation reads, by id. An article's text is read from the store each
 * time it is asked for, not held: a run that drafts claims for a few new articles never
 * holds the text of the rest.
 */
export function loadArticles(db: Db): ArticleInput[] {
  const textOf = db.prepare('SELECT text_original FROM articles WHERE id = ?').pluck();
  const rows = db.prepare(`SELECT id, path, lang, NULL, published, source_name FROM articles a WHERE ${RECONCILED} ORDER BY id`).raw().all() as ArticleRow[];
  return rows.map((row) => {
    const article = articleOf(row);
    // Not enumerable: `{ ...article, text }` then copies the other fields without reading the text a second time.
    Object.defineProperty(article, 'text', { get: () => textOf.get(article.id) as string, enumerable: false });
    return article;
  });
}

/** Readers of one article's rows, their statements prepared once: reconciliation meets the store article by article. */
export interface ArticleReads {
  /** Its entity mentions, in no particular order (the caller sorts, phases.ts). */
  entities: (articleId: string) => MentionInput[];
  /** Its amounts and dates, in no particular order. */
  figures: (articleId: string) => MentionInput[];
  /** Its roles, by span and role. */
  roles: (articleId: string) => RoleInput[];
}

/**
 * Mentions are read from the table behind the mentions view (migration 10): the view gives a
 * mention's text as a slice of its article's text, which SQLite does by reading the whole text
 * again for every row — a 30 MB article's million mentions would read it a million times. Here
 * the article's text is read once per call and sliced (a mention whose text is stored keeps it).
 */
export function articleReads(db: Db): ArticleReads {
  const keyOf = db.prepare('SELECT key FROM article_rows WHERE id = ?').pluck();
  const kindOf = db.prepare('SELECT id FROM codes WHERE value = ?').pluck();
  const textOf = db.prepare('SELECT text_original FROM article_rows WHERE id = ?').pluck();
  const reader = (kind: MentionInput['kind']) => {
    const { columns, mentionOf } = MENTIONS[kind];
    const statement = db.prepare(
      `SELECT m.id, m.span_start, m.span_start + m.span_length, m.text, ${code('rule')}, ${columns} FROM mention_rows m WHERE m.article = ? AND m.kind = ?`,
    ).raw();
    return (articleId: string) => {
      const kindCode = kindOf.get(kind) as number | undefined;
      const rows = kindCode === undefined ? [] : statement.all(keyOf.get(articleId), kindCode) as StoredMentionRow[];
      let text: string | undefined;
      return rows.map(([id, start, end, stored, ...rest]) => {
        const own = stored ?? (text ??= textOf.get(articleId) as string).slice(start, end);
        return mentionOf([id, articleId, start, end, own, ...rest] as MentionRow);
      });
    };
  };
  const [dates, money] = [reader('date'), reader('money')];
  // Rows equal in span and role stay in the order SQLite reads them.
  const roles = db.prepare(
    `SELECT article_id, span_start, span_end, text, person_start, person_end, person_text, person_entity_id, role, role_name, country, tense, date_value
     FROM roles WHERE article_id = ? ORDER BY span_start, span_end, role`,
  ).raw();
  return {
    entities: reader('entity'),
    figures: (articleId) => [...dates(articleId), ...money(articleId)],
    roles: (articleId) => (roles.all(articleId) as RoleRow[]).map(roleOf),
  };
}

// Rows as arrays, made into objects here: better-sqlite3's named rows cost twice as much on
// the million mentions of a large store. Every value read costs about as much again as a
// small row, so each kind of mention reads only the columns reconciliation looks at for
// that kind (an amount's figure, a date's value, an entity's type and id); the rest are null.

type ArticleRow = [string, string, ArticleInput['lang'], string, string | null, string | null];
const articleOf = ([id, path, lang, text, published, source]: ArticleRow): ArticleInput => ({ id, path, lang, text, published, source });

type MentionRow = [number, string, number, number, string, string, ...(string | number | null)[]];
/** A row of mention_rows as read: id, span, the text when stored, then the rule and the kind's columns. */
type StoredMentionRow = [number, number, number, string | null, ...(string | number | null)[]];
/** A coded column of mention_rows, decoded. */
const code = (column: string) => `(SELECT value FROM codes WHERE id = m.${column})`;
interface MentionColumns {
  columns: string;
  mentionOf: (row: MentionRow) => MentionInput;
}

const MENTIONS: Record<MentionInput['kind'], MentionColumns> = {
  money: {
    columns: `m.value_number, ${code('currency')}, ${code('qualifier')}, m.min_value, m.max_value`,
    mentionOf: ([id, articleId, start, end, text, rule, valueNumber, currency, qualifier, min, max]) => ({
      id, articleId, kind: 'money', start, end, text, rule, valueNumber: valueNumber as number | null, valueText: null,
      currency: currency as string | null, qualifier: qualifier as string | null, min: min as number | null, max: max as number | null,
      entityType: null, entityId: null,
    }),
  },
  date: {
    columns: code('value_text'),
    mentionOf: ([id, articleId, start, end, text, rule, valueText]) => ({
      id, articleId, kind: 'date', start, end, text, rule, valueNumber: null, valueText: valueText as string | null,
      currency: null, qualifier: null, min: null, max: null, entityType: null, entityId: null,
    }),
  },
  // entity_id is reconciliation's output (the canonical id); what the extractor linked is its
  // input, kept in gazetteer_id the first time reconciliation meets the article ('' for no
  // link). Until then entity_id still holds the extractor's link.
  entity: {
    columns: `${code('entity_type')}, CASE WHEN m.gazetteer_id IS NULL THEN ${code('entity_id')} ELSE nullif(${code('gazetteer_id')}, '') END, ${code('entity_id')}`,
    mentionOf: ([id, articleId, start, end, text, rule, entityType, entityId, storedEntityId]) => ({
      id, articleId, kind: 'entity', start, end, text, rule, valueNumber: null, valueText: null,
      currency: null, qualifier: null, min: null, max: null, entityType: entityType as string | null, entityId: entityId as string | null,
      storedEntityId: storedEntityId as string | null,
    }),
  },
};

type RoleRow = [string, number, number, string, number, number, string, string | null, string, string, string | null, RoleInput['tense'], string | null];
const roleOf = ([articleId, start, end, text, personStart, personEnd, personText, personEntityId, role, roleName, country, tense, dateValue]: RoleRow): RoleInput =>
  ({ articleId, start, end, text, personStart, personEnd, personText, personEntityId, role, roleName, country, tense, dateValue });
