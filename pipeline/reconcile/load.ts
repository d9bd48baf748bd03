// Reading reconciliation's inputs from the store. Articles and mentions come in whatever
// order SQLite finds them (reconcile() sorts them by article id and span, ids breaking
// ties), so the result never depends on the order rows were inserted in.

import { ownString } from '../../extractors/own-string.ts';
import { codeReader } from '../store/codes.ts';
import { MENTION_FORM_AND_EXTRAS } from '../store/migration-25.ts';
import { ROLES_OF_RANGE } from '../store/migration-26.ts';
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
 * Every article reconciliation reads, by id. An article's text is read from the store when
 * it is asked for (by `read`: only the last one read is kept), not held: a run that drafts
 * claims for a few new articles never holds the text of the rest. A store of a million
 * articles holds a million of these while it reconciles, so each is a small object of one
 * shape, its repeated strings (dates, outlets) shared.
 */
export function loadArticles(db: Db, read: (articleId: string) => string = articleTextReader(db)): ArticleInput[] {
  const shared = new Map<string, string>();
  const one = (s: string | null) => (s === null ? null : shared.get(s) ?? (shared.set(s, s), s));
  const rows = db.prepare(`SELECT id, path, lang, published, source_name FROM articles a WHERE ${RECONCILED} ORDER BY id`).raw().all() as ArticleRow[];
  return rows.map(([id, path, lang, published, source]) => new StoredArticle(id, path, lang, one(published), one(source), read));
}

/**
 * An article's text by id, read from the store, the last one read kept: a step meets an article's
 * rows one after another (its mentions, its roles, its text), and each of them read the whole
 * text again (ten reads an article in a first reconciliation). Only one text is held.
 */
export function articleTextReader(db: Db): (articleId: string) => string {
  const textOf = db.prepare('SELECT t.text_original FROM article_rows a JOIN article_texts t ON t.key = a.key WHERE a.id = ?').pluck();
  let last: { id: string; text: string } | undefined;
  return (articleId) => {
    if (last?.id !== articleId) last = { id: articleId, text: textOf.get(articleId) as string };
    return last.text;
  };
}

/**
 * An article whose text is read when asked for. The text is a getter of the class, not a
 * field: `{ ...article, text }` copies the other fields without reading it a second time.
 */
class StoredArticle implements ArticleInput {
  readonly #read: (id: string) => string;
  constructor(readonly id: string, readonly path: string, readonly lang: ArticleInput['lang'], readonly published: string | null,
    readonly source: string | null, read: (id: string) => string) {
    this.#read = read;
  }

  get text(): string {
    return this.#read(this.id);
  }
}

/** Readers of one article's rows, their statements prepared once: reconciliation meets the store article by article. */
export interface ArticleReads {
  /** Its entity mentions, in no particular order (the caller sorts, phases.ts). */
  entities: (articleId: string) => MentionInput[];
  /** Its roles, by span and role. */
  roles: (articleId: string) => RoleInput[];
  /** Its entity mentions and its amounts and dates at once (its text read once), in no particular order. */
  mentions: (articleId: string) => { entities: MentionInput[]; figures: MentionInput[] };
}

/**
 * SQL from FROM on: the mention_rows (as `m`, with its form `f` and extras `x`) of the article whose id is bound, found by the
 * range of their ids (article_mentions, migration 13).
 */
export const MENTIONS_OF_ARTICLE = `FROM article_mentions r JOIN mention_rows m ON m.id BETWEEN r.first_id AND r.last_id AND m.article = r.article
     ${MENTION_FORM_AND_EXTRAS} WHERE r.article = (SELECT key FROM article_rows WHERE id = ?)`;

/**
 * Mentions and roles are read from the tables behind their views (migrations 10 and 11): a view
 * gives a span's text as a slice of its article's text, which SQLite does by reading the whole
 * text again for every row — a 30 MB article's million mentions would read it a million times —
 * and decodes every coded column with a query of its own. Here the article's text is read once
 * per call and sliced (a span whose text is stored keeps it), and codes are decoded in memory.
 */
export function articleReads(db: Db, textOf: (articleId: string) => string = articleTextReader(db)): ArticleReads {
  /** A slicer of one article's text (read once, when a span's text was not stored) and a decoder of codes as they stand now. */
  const readerOf = (articleId: string): { slice: Slicer; decode: Decoder } => {
    let text: string | undefined;
    // A mention's text is kept for the whole run (a name in the tally, a person's mention, a role's words): as a slice it kept its
    // article's whole text alive (on 10,000 articles, 170 MB of the name step's 327 MB of live heap), so it is made its own.
    return { slice: (stored, start, end) => stored ?? ownString((text ??= textOf(articleId)).slice(start, end)), decode: codeReader(db) };
  };
  // Each kind reads only the columns reconciliation looks at for it: a column read costs as much
  // as a column of use, and an entity's six money columns are always empty.
  const entityColumns = 'm.id, m.span_start, m.span_start + m.span_length, x.text, f.rule, f.entity_type, m.gazetteer_id, m.entity_id';
  const figureColumns = `m.id, m.span_start, m.span_start + m.span_length, x.text, f.rule, m.value_number, m.value_text, f.currency, f.qualifier,
       x.min_value, x.max_value, f.kind`;
  const entityRows = db.prepare(`SELECT ${entityColumns} ${MENTIONS_OF_ARTICLE} AND f.kind = (SELECT id FROM codes WHERE value = 'entity')`).raw();
  const figureRows = db.prepare(`SELECT ${figureColumns} ${MENTIONS_OF_ARTICLE} AND f.kind IN (SELECT id FROM codes WHERE value IN ('money', 'date'))`).raw();
  const entities = (articleId: string, { slice, decode } = readerOf(articleId)) =>
    (entityRows.all(articleId) as StoredEntityRow[]).map((row) => entityOf(articleId, row, slice, decode));
  // In the roles view's order: by span, then role; rows equal in those stay in the order SQLite reads them.
  const roles = db.prepare(
    `SELECT r.span_start, r.span_start + r.span_length, x.text, r.span_start + r.person_offset, r.span_start + r.person_offset + r.person_length,
       x.person_text, f.person_entity_id, f.role, f.role_name, f.country, f.tense, r.date_value
     FROM article_roles g ${ROLES_OF_RANGE} WHERE g.article = (SELECT key FROM article_rows WHERE id = ?)
     ORDER BY r.span_start, r.span_start + r.span_length, (SELECT value FROM codes WHERE id = f.role)`,
  ).raw();
  return {
    entities: (articleId) => entities(articleId),
    mentions: (articleId) => {
      const reader = readerOf(articleId);
      const figures = (figureRows.all(articleId) as StoredFigureRow[]).map((row) => figureOf(articleId, row, reader.slice, reader.decode));
      return { entities: entities(articleId, reader), figures };
    },
    roles: (articleId) => {
      const { slice, decode } = readerOf(articleId);
      return (roles.all(articleId) as StoredRoleRow[]).map(([start, end, text, personStart, personEnd, personText, personEntityId, role, roleName, country, tense, dateValue]) => ({
        articleId, start, end, text: slice(text, start, end), personStart, personEnd, personText: slice(personText, personStart, personEnd),
        personEntityId: decode(personEntityId), role: decode(role)!, roleName: decode(roleName)!, country: decode(country),
        tense: decode(tense) as RoleInput['tense'], dateValue: decode(dateValue),
      }));
    },
  };
}

// Rows as arrays, made into objects here: better-sqlite3's named rows cost twice as much on
// the million mentions of a large store.

type ArticleRow = [string, string, ArticleInput['lang'], string | null, string | null];

/** An entity mention's row as read: id, span, the text when stored, its rule, type, the extractor's link and the canonical id, coded. */
type StoredEntityRow = [number, number, number, string | null, number, number | null, number | null, number | null];
/** An amount's or a date's row as read: id, span, the text when stored, its rule, value, currency, qualifier, bounds and kind, coded. */
type StoredFigureRow = [number, number, number, string | null, number, number | null, number | null, number | null, number | null,
  number | null, number | null, number];
/** A row of role_rows as read: spans, texts when stored, then the codes of the person's link, role, title, country, tense and date. */
type StoredRoleRow = [number, number, string | null, number, number, string | null, number | null, number, number, number | null, number, number | null];

// Each kind of mention keeps only the fields reconciliation looks at for that kind (an amount's
// figure, a date's value, an entity's type and id); the rest are null.
type Slicer = (stored: string | null, start: number, end: number) => string;
type Decoder = (code: number | null) => string | null;

function entityOf(articleId: string, row: StoredEntityRow, slice: Slicer, decode: Decoder): MentionInput {
  const [id, start, end, stored, rule, entityType, gazetteerId, entityId] = row;
  // entity_id is reconciliation's output (the canonical id); what the extractor linked is its
  // input, kept in gazetteer_id ('' for no link; set when the mention is stored, or the first
  // time reconciliation met its article). Until then entity_id still holds the extractor's link.
  return {
    id, articleId, kind: 'entity', start, end, text: slice(stored, start, end), rule: decode(rule)!, valueNumber: null, valueText: null,
    currency: null, qualifier: null, min: null, max: null, entityType: decode(entityType),
    entityId: gazetteerId === null ? decode(entityId) : decode(gazetteerId) || null, storedEntityId: decode(entityId),
  };
}

function figureOf(articleId: string, row: StoredFigureRow, slice: Slicer, decode: Decoder): MentionInput {
  const [id, start, end, stored, rule, valueNumber, valueText, currency, qualifier, min, max, kind] = row;
  const mention: MentionInput = {
    id, articleId, kind: decode(kind) as 'money' | 'date', start, end, text: slice(stored, start, end), rule: decode(rule)!, valueNumber: null, valueText: null,
    currency: null, qualifier: null, min: null, max: null, entityType: null, entityId: null,
  };
  if (mention.kind === 'money') Object.assign(mention, { valueNumber, currency: decode(currency), qualifier: decode(qualifier), min, max });
  else mention.valueText = decode(valueText);
  return mention;
}
