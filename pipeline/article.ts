// One record through the stages that need no store: language, normalisation,
// extraction. Returns the article row to store and its mentions.

import type { Lang } from '../extractors/types.ts';
import { extractFromNormalised } from './extract.ts';
import { articleIdOf, sha256 } from './identity.ts';
import type { ArticleRecord } from './ingest/records.ts';
import { withYearNear } from './ingest/published-text.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { normaliseArticle } from './normalise/index.ts';
import { serialiseMap } from './normalise/offset-map.ts';
import type { ArticleMentions, ArticleRow } from './store/writes.ts';

export interface ProcessedArticle {
  row: ArticleRow;
  mentions?: ArticleMentions;
}

const EXTRACTED_LANGUAGES: readonly string[] = ['en', 'zh'];

/**
 * The record's published date and the rule behind it; a dateline without a year takes the
 * year that puts it nearest the run's --published-default; no date at all, the default.
 */
function publishedDateOf(record: ArticleRecord, publishedDefault: string | undefined): [string | undefined, string | undefined] {
  if (record.published?.startsWith('XXXX') && publishedDefault) {
    return [withYearNear(record.published, publishedDefault), `${record.publishedRule}+year-from-default`];
  }
  if (record.published) return [record.published, record.publishedRule];
  return publishedDefault ? [publishedDefault, 'default'] : [undefined, undefined];
}

/** `guess`: the record's language when the caller has detected it already. */
export function processRecord(record: ArticleRecord, dropDir: string, publishedDefault?: string, guess = detectLanguage(record.text, record.lang)): ProcessedArticle {
  const [published, publishedRule] = publishedDateOf(record, publishedDefault);
  // The extractors anchor relative dates on a full date only, never on XXXX-MM-DD.
  const anchor = published && !published.startsWith('XXXX') ? published : undefined;
  const base = {
    id: articleIdOf(record.text),
    content_sha256: sha256(record.text),
    drop_dir: dropDir,
    path: record.path,
    format: record.format,
    encoding: record.encoding,
    title: record.title ?? null,
    published: published ?? null,
    published_source: record.published ? ('metadata' as const) : publishedDefault ? ('default' as const) : null,
    published_rule: publishedRule ?? null,
    url: record.url ?? null,
    source_name: record.source ?? null,
    external_id: record.externalId ?? null,
    lang: guess.lang,
    lang_confidence: guess.confidence,
    lang_method: guess.method,
    text_original: record.text,
    error: null,
  };
  const format = record.format === 'markdown' ? 'markdown' : 'text';
  const normalised = normaliseArticle(record.text, guess.lang, { format });
  const normalisedColumns = {
    text_normalised: normalised.text,
    offset_map: serialiseMap(normalised.map),
    boilerplate: JSON.stringify(normalised.removed),
  };
  if (!EXTRACTED_LANGUAGES.includes(guess.lang)) {
    const error = `language ${guess.lang} is not extracted (only en and zh are)`;
    return { row: { ...base, ...normalisedColumns, status: 'not_extracted', error } };
  }
  const mentions = extractFromNormalised(record.text, normalised, guess.lang as Lang, anchor);
  return { row: { ...base, ...normalisedColumns, status: 'ok' }, mentions };
}
