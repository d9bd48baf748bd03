// readRecords: one file of a drop → the article records it holds. A .txt/.md/.html file
// is one article; a .json file an object or an array of them; a .jsonl file one per
// line. A record that cannot be read becomes a failure with its reason, and the file's
// other records still come through. The published date comes from the record's metadata
// (JSON field, HTML meta tag, JSON-LD, <time>) and, failing that, from its text
// (published-text.ts); `publishedRule` names where it was found.

import { z } from 'zod';
import { decodeText, DecodeError } from './decode.ts';
import { extractHtmlArticle } from './html.ts';
import { dateOfMetadata, findPublishedInText, frontMatterSource, frontMatterTitle, headLines, readFrontMatter } from './published-text.ts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'json';

export interface ArticleRecord {
  /** Path relative to the drop, plus `#n` for the n-th record of a JSON/JSONL file. */
  path: string;
  /** The article's text as read: title line (when separate) and body. Spans point into it. */
  text: string;
  title?: string;
  /** YYYY-MM-DD, or XXXX-MM-DD from a dateline that gives no year (processRecord may lend one). */
  published?: string;
  /** The rule that found `published`: `json.field:<name>`, `html.meta:<name>`, `html.json-ld:datePublished`, `en.dateline`, … */
  publishedRule?: string;
  url?: string;
  source?: string;
  lang?: string;
  externalId?: string;
  format: SourceFormat;
  encoding: string;
}

export interface FailedRecord {
  path: string;
  error: string;
}

export type RecordResult = { ok: true; record: ArticleRecord } | { ok: false; failure: FailedRecord };

export const FORMAT_BY_EXTENSION: Record<string, SourceFormat | 'jsonl'> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const FIELD_NAMES = {
  text: ['text', 'body', 'content', 'article', 'full_text', 'fulltext', 'maintext', 'description'],
  title: ['title', 'headline', 'heading'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'pubDate', 'datePublished', 'publish_date', 'time'],
  url: ['url', 'link', 'href', 'source_url'],
  source: ['source', 'site', 'publisher', 'outlet', 'domain'],
  lang: ['lang', 'language', 'locale'],
  id: ['id', 'guid', 'uuid', '_id'],
} as const;

const JsonRecord = z.record(z.string(), z.unknown());

function firstField(record: Record<string, unknown>, names: readonly string[]): [name: string, value: string] | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return [name, value];
    if (typeof value === 'number' && name === 'id') return [name, String(value)];
    if (value && typeof value === 'object' && name === 'source' && typeof (value as { name?: unknown }).name === 'string') {
      return [name, (value as { name: string }).name];
    }
  }
  return undefined;
}

const firstString = (record: Record<string, unknown>, names: readonly string[]) => firstField(record, names)?.[1];

/** The date the record's metadata gives, else the one its text states; with the rule. */
function publishedOf(metadata: [rule: string, value: string | undefined] | undefined, text: string): { published?: string; publishedRule?: string; outlet?: string } {
  const fromMetadata = metadata && dateOfMetadata(metadata[1]);
  if (fromMetadata) return { published: fromMetadata, publishedRule: metadata[0] };
  const found = findPublishedInText(text);
  return found ? { published: found.value, publishedRule: found.rule, ...(found.outlet && { outlet: found.outlet }) } : {};
}

/** Title line and body joined, unless the body already opens with the title. */
function withTitle(title: string | undefined, body: string): string {
  if (!title || body.trimStart().startsWith(title.trim())) return body;
  return `${title.trim()}\n\n${body}`;
}

/**
 * A plain-text or Markdown article's headline: the front matter's title; else, in Markdown,
 * the first heading of its head; else its first line when short, not a sentence, and not the
 * header line that holds the published date.
 */
function headlineOf(text: string, format: 'text' | 'markdown', datedAt: number | undefined): string | undefined {
  const matter = readFrontMatter(text);
  const fromMatter = matter && frontMatterTitle(matter);
  if (fromMatter) return fromMatter;
  const lines = headLines(text, matter?.end ?? 0).slice(0, 4);
  const heading = format === 'markdown' ? lines.find((line) => /^#{1,6}\s/.test(line.text)) : undefined;
  const line = heading ?? lines.find((l) => datedAt === undefined || datedAt < l.start || datedAt >= l.start + l.text.length);
  const first = line?.text.replace(/^#{1,6}\s+/, '').replace(/^[*_]+|[*_]+$/g, '').trim() ?? '';
  return first.length > 0 && first.length <= 150 && !/[.。!?！？"”]$/.test(first) ? first : undefined;
}

function fromJsonObject(value: unknown, path: string, encoding: string): RecordResult {
  const parsed = JsonRecord.safeParse(value);
  if (!parsed.success) return { ok: false, failure: { path, error: `record is ${Array.isArray(value) ? 'an array' : typeof value}, not an object` } };
  const record = parsed.data;
  const body = firstString(record, FIELD_NAMES.text);
  const title = firstString(record, FIELD_NAMES.title);
  if (!body && !title) {
    return { ok: false, failure: { path, error: `record has no text: none of the fields ${FIELD_NAMES.text.join(', ')}` } };
  }
  const text = withTitle(title, body ?? '');
  const field = firstField(record, FIELD_NAMES.published);
  const { published, publishedRule, outlet } = publishedOf(field && [`json.field:${field[0]}`, field[1]], text);
  return {
    ok: true,
    record: {
      path,
      text,
      title,
      published,
      publishedRule,
      url: firstString(record, FIELD_NAMES.url),
      source: firstString(record, FIELD_NAMES.source) ?? outlet,
      lang: firstString(record, FIELD_NAMES.lang),
      externalId: firstString(record, FIELD_NAMES.id),
      format: 'json',
      encoding,
    },
  };
}

function describeJsonError(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
}

/** Records of one file's bytes. Throws DecodeError for a file that is not text at all. */
export function readRecords(bytes: Uint8Array, relativePath: string, extension: string): RecordResult[] {
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) throw new DecodeError(`unsupported file type "${extension || '(none)'}"`);
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') return [{ ok: false, failure: { path: relativePath, error: 'empty file (no text)' } }];

  if (format === 'text' || format === 'markdown') {
    const found = findPublishedInText(text);
    const matter = format === 'markdown' ? readFrontMatter(text) : undefined;
    const source = (matter && frontMatterSource(matter)) ?? found?.outlet;
    const record: ArticleRecord = { path: relativePath, text, title: headlineOf(text, format, found?.start), format, encoding };
    if (found) Object.assign(record, { published: found.value, publishedRule: found.rule });
    if (source) record.source = source;
    return [{ ok: true, record }];
  }
  if (format === 'html') {
    const page = extractHtmlArticle(text);
    if (page.body === '') return [{ ok: false, failure: { path: relativePath, error: 'HTML page has no article text' } }];
    const articleText = withTitle(page.title, page.body);
    const { published, publishedRule, outlet } = publishedOf(page.publishedRule ? [page.publishedRule, page.published] : undefined, articleText);
    const record: ArticleRecord = {
      path: relativePath,
      text: articleText,
      title: page.title,
      published,
      publishedRule,
      url: page.url,
      source: page.source ?? outlet,
      lang: page.lang,
      format: 'html',
      encoding,
    };
    return [{ ok: true, record }];
  }
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return [{ ok: false, failure: { path: relativePath, error: `invalid JSON: ${describeJsonError(error)}` } }];
    }
    if (!Array.isArray(value)) return [fromJsonObject(value, relativePath, encoding)];
    if (value.length === 0) return [{ ok: false, failure: { path: relativePath, error: 'JSON array holds no records' } }];
    return value.map((item, i) => fromJsonObject(item, `${relativePath}#${i + 1}`, encoding));
  }
  // JSONL: one record a line; blank lines are not records, so `#n` counts records.
  const results: RecordResult[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const path = `${relativePath}#${results.length + 1}`;
    try {
      results.push(fromJsonObject(JSON.parse(line), path, encoding));
    } catch (error) {
      results.push({ ok: false, failure: { path, error: `line ${i + 1}: invalid JSON: ${describeJsonError(error)}` } });
    }
  });
  return results;
}
