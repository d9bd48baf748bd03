// readRecords: one file of a drop → the article records it holds. A .txt/.md/.html file
// is one article; a .json file an object or an array of them; a .jsonl file one per
// line. A record that cannot be read becomes a failure with its reason, and the file's
// other records still come through.

import { z } from 'zod';
import { decodeText, DecodeError } from './decode.ts';
import { extractHtmlArticle } from './html.ts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'json';

export interface ArticleRecord {
  /** Path relative to the drop, plus `#n` for the n-th record of a JSON/JSONL file. */
  path: string;
  /** The article's text as read: title line (when separate) and body. Spans point into it. */
  text: string;
  title?: string;
  published?: string;
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

function firstString(record: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && name === 'id') return String(value);
    if (value && typeof value === 'object' && name === 'source' && typeof (value as { name?: unknown }).name === 'string') {
      return (value as { name: string }).name;
    }
  }
  return undefined;
}

/** YYYY-MM-DD from an ISO date or timestamp, or from any date string Date can read. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

/** Title line and body joined, unless the body already opens with the title. */
function withTitle(title: string | undefined, body: string): string {
  if (!title || body.trimStart().startsWith(title.trim())) return body;
  return `${title.trim()}\n\n${body}`;
}

/** A plain-text article's headline: its first line, when short and not a sentence. */
function headlineOf(text: string): string | undefined {
  const first = text.trimStart().split('\n', 1)[0]?.replace(/^#{1,6}\s+/, '').trim() ?? '';
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
  return {
    ok: true,
    record: {
      path,
      text: withTitle(title, body ?? ''),
      title,
      published: toIsoDate(firstString(record, FIELD_NAMES.published)),
      url: firstString(record, FIELD_NAMES.url),
      source: firstString(record, FIELD_NAMES.source),
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
    return [{ ok: true, record: { path: relativePath, text, title: headlineOf(text), format, encoding } }];
  }
  if (format === 'html') {
    const page = extractHtmlArticle(text);
    if (page.body === '') return [{ ok: false, failure: { path: relativePath, error: 'HTML page has no article text' } }];
    const record: ArticleRecord = {
      path: relativePath,
      text: withTitle(page.title, page.body),
      title: page.title,
      published: toIsoDate(page.published),
      url: page.url,
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
