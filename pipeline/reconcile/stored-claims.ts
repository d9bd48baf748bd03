// Claims read back from the store as reconciliation made them, in the order it made them
// (by article, then as drafted), so a fact group resolved from stored claims is resolved
// exactly as from claims just drafted.

import { codeReader } from '../store/codes.ts';
import { CLAIM_FORM_AND_EXTRAS, claimColumn } from '../store/migration-24.ts';
import type { Db } from '../store/open.ts';
import type { FigureClaim } from './figure-links.ts';
import type { Claim } from './types.ts';

export interface StoredClaim extends Claim {
  /** Its row in claim_rows (what fact_claim_rows refers to). */
  key: number;
  /** Its fact group's stored key, or its own id for a group of its own (ownGroup). */
  groupKey: string;
  /** The subject as stored (after any join by figures). */
  storedSubjectId: string | null;
  storedSubject: string;
  /** The subject before any join by figures. */
  unlinkedSubjectId: string | null;
  unlinkedSubject: string;
}

// claim_rows read raw: strings are decoded here (codes.ts) and a text the store did not copy is
// sliced from its article, both far cheaper than the claims view's per-row subqueries and substr.
// The columns a claim shares with others are read from its form (claim_forms, migrations 21 and 24; 0 there decodes as none),
// its precision from its code, the columns few claims have from its extras, its amount and span from its mention where the
// row holds none (migration 24).
const COLUMNS = `c.id, a.id, c.mention_id, c.subject_entity_id, c.subject, f.predicate, f.topic, ${claimColumn('value_number')}, f.unit, f.qualifier,
  x.min_value, x.max_value, c.date_value, ${claimColumn('span_start')}, ${claimColumn('span_length')}, x.text, c.sentence_start, c.sentence_end, f.rule,
  f.measure, c.measure_key, f.measure_rule, x.period, c.object, c.object_entity_id, f.object_rule, c.source, c.source_entity_id, f.source_rule,
  ${claimColumn('as_of')}, f.as_of_rule, f.time_role, ${claimColumn('precision')}, x.gloss_of, ${claimColumn('story')}, c.group_key, x.linked_from_entity_id,
  x.linked_from_subject, a.key, c.key`;
/** The positions of COLUMNS that hold codes. */
const CODED = [3, 4, 5, 6, 8, 9, 12, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 34, 35, 36, 37];

type Row = [string, string, number, string | null, string, string, string | null, number, string, string,
  number | null, number | null, string | null, number, number, string | null, number, number, string,
  string, string, string, string | null, string | null, string | null, string, string, string | null, string,
  string | null, string, Claim['timeRole'], number, string | null, string, string, string | null, string | null, number, number];

/**
 * A claim whose measure is its own unknown one ("unknown#<its id>") is a fact group of its own:
 * no other claim can share it. It is stored with no group key (migration 16) and its group is
 * named by the claim's id (`claim_…`; a stored group key is 16 hex digits).
 */
export const ownGroup = (c: Pick<Claim, 'id' | 'measureKey'>): boolean => c.measureKey === `unknown#${c.id}`;
/** Whether a fact group's name is its one claim's id rather than a stored group key. */
export const isOwnGroup = (groupKey: string): boolean => groupKey.startsWith('claim_');

/** SQL for "this coded column of claim_rows holds one of the strings of the JSON array bound here". */
export const codedIn = (column: string) => `${column} IN (SELECT id FROM codes WHERE value IN (SELECT value FROM json_each(?)))`;

export interface ReadOptions {
  /** Each claim's subject as it was before a join by figures rewrote it. */
  beforeLinks?: boolean;
  /**
   * Leave `text` empty where the store did not copy it, rather than slice it from the
   * article: resolving facts never words a claim's text, and a batch of fact groups spans
   * thousands of articles whose texts would each be read again for every batch.
   */
  withoutText?: boolean;
}

/**
 * `columns` of the claims matching `where`, straight from claim_rows, not through the claims view
 * (whose columns are subqueries), in the order drafted: by article, then the claim's key in
 * claim_rows (migration 10).
 */
const claimRows = (db: Db, columns: string, where: string) =>
  db.prepare(`SELECT ${columns} FROM claim_rows c JOIN article_rows a ON a.key = c.article ${CLAIM_FORM_AND_EXTRAS} ${where} ORDER BY a.id, c.key`).raw();

/** A claim's subject before any join by figures: the one it was joined from, if it was. */
const subjectBeforeLinks = (subjectEntityId: string | null, subject: string, linkedFromId: string | null, linkedFromSubject: string | null) => ({
  unlinkedSubjectId: linkedFromId ?? subjectEntityId,
  unlinkedSubject: linkedFromId ? linkedFromSubject ?? subject : subject,
});

/**
 * Claims matching `where`, SQL over claim_rows as `c`, its form `f` and extras `x` (coded columns hold code numbers:
 * codedIn() compares them with strings).
 */
export function readClaims(db: Db, where: string, params: unknown[], options: ReadOptions = {}): StoredClaim[] {
  const statement = claimRows(db, COLUMNS, where);
  const decode = codeReader(db); // before the rows: it may read codes new since it last did
  const textOf = db.prepare('SELECT text_original FROM article_texts WHERE key = ?').pluck();
  let article: { key: number; text: string } | undefined;
  let lastArticleId = '';
  const claimOf = (r: Row): StoredClaim => {
    for (const i of CODED) (r as unknown[])[i] = decode(r[i] as number | null);
    r[20] ??= `unknown#${r[0]}`; // a claim's own unknown measure key is not stored (migration 13)
    r[35] ??= r[0]; // nor the group key of its own group (migration 16): the group is named by the claim's id
    const articleKey = r[38];
    if (r[15] === null && options.withoutText) r[15] = '';
    else if (r[15] === null) {
      if (article?.key !== articleKey) article = { key: articleKey, text: textOf.get(articleKey) as string };
      r[15] = article.text.slice(r[13], r[13] + r[14]);
    }
    r[14] = r[13] + r[14];
    const [id, articleId, mentionId, subjectEntityId, subject, predicate, topic, value, unit, qualifier,
      min, max, dateValue, start, end, text, sentenceStart, sentenceEnd, rule,
      measure, measureKey, measureRule, period, object, objectEntityId, objectRule, source, sourceEntityId, sourceRule,
      asOf, asOfRule, timeRole, precision, glossOf, story, groupKey, linkedFromId, linkedFromSubject, , key] = r;
    // Rows come by article: its claims share one id string rather than a copy each.
    if (articleId !== lastArticleId) lastArticleId = articleId;
    const { unlinkedSubjectId, unlinkedSubject } = subjectBeforeLinks(subjectEntityId, subject, linkedFromId, linkedFromSubject);
    const before = options.beforeLinks === true;
    return {
      key, id, articleId: lastArticleId, mentionId, subjectEntityId: before ? unlinkedSubjectId : subjectEntityId, subject: before ? unlinkedSubject : subject,
      predicate, topic, value, unit, qualifier, min, max, dateValue, start, end, text, sentenceStart, sentenceEnd, rule,
      measure, measureKey, measureRule, period, object, objectEntityId, objectRule, source, sourceEntityId, sourceRule,
      asOf, asOfRule, timeRole, precision, glossOf, story,
      groupKey, storedSubjectId: subjectEntityId, storedSubject: subject, unlinkedSubjectId, unlinkedSubject,
    };
  };
  const claims: StoredClaim[] = [];
  // Rows are taken one at a time (the texts sliced meanwhile are reads, which the connection
  // allows while it iterates): a million rows read at once were held beside the million claims made of them.
  for (const r of statement.iterate(...params) as Iterable<Row>) claims.push(claimOf(r));
  return claims;
}

/**
 * A claim as the join by figures reads and rewrites it: what linkByFigures compares, its subject
 * as stored and before any join, and its fact group (marked dirty when its subject changes).
 */
export interface RelinkClaim extends FigureClaim {
  groupKey: string;
  storedSubjectId: string | null;
  storedSubject: string;
  unlinkedSubjectId: string | null;
  unlinkedSubject: string;
}

const FIGURE_COLUMNS = `c.id, a.id, c.subject_entity_id, c.subject, f.predicate, ${claimColumn('value_number')}, f.unit, c.date_value,
  ${claimColumn('span_start')}, ${claimColumn('span_length')}, x.text, f.measure, ${claimColumn('story')}, c.group_key, x.linked_from_entity_id, x.linked_from_subject`;
type FigureRow = [string, string, number | null, number, number, number, number, number | null, number, number, string | null, number, number | null,
  number | null, number | null, number | null];

/**
 * Claims matching `where` (as readClaims) with the sixteen columns the join by figures reads,
 * each subject as it was before any join, and no text where the store did not copy it: a store's
 * Chinese-side claims are all read each run, and a whole claim is three times the size. One at a
 * time, as the rows come (the connection takes reads meanwhile, but no write until the last is taken).
 */
export function* readFigureClaims(db: Db, where: string, params: unknown[]): Generator<RelinkClaim> {
  const statement = claimRows(db, FIGURE_COLUMNS, where);
  const decode = codeReader(db);
  let lastArticleId = '';
  for (const [id, articleId, subjectCode, subjectText, predicate, value, unit, date, start, length, text, measure, story, group, linkedFrom, linkedSubject]
    of statement.iterate(...params) as Iterable<FigureRow>) {
    if (articleId !== lastArticleId) lastArticleId = articleId; // one id string for the claims of an article
    const subjectEntityId = decode(subjectCode);
    const subject = decode(subjectText)!;
    const { unlinkedSubjectId, unlinkedSubject } = subjectBeforeLinks(subjectEntityId, subject, decode(linkedFrom), decode(linkedSubject));
    yield {
      id, articleId: lastArticleId, subjectEntityId: unlinkedSubjectId, subject: unlinkedSubject, predicate: decode(predicate)!, value, unit: decode(unit)!,
      dateValue: decode(date), start, end: start + length, text: text ?? '', measure: decode(measure)!, story: decode(story)!,
      groupKey: decode(group) ?? id, storedSubjectId: subjectEntityId, storedSubject: subject, unlinkedSubjectId, unlinkedSubject,
    };
  }
}
