// The JSON contracts of CONTRACTS.md §2–3 as zod schemas, for apps that read what newsfacts
// writes: a line of `newsfacts extract` output, and the `newsfacts report --format json`
// document. Objects are loose: fields added in later releases pass through, as the
// contract allows; the fields named here are checked.

import { z } from 'zod';
import { ReportConflictSchema, ReportEntitySchema, ReportFactSchema } from './report/schema.ts';

const SpanFields = { start: z.number().int(), end: z.number().int(), text: z.string(), rule: z.string() };

export const MoneyMentionSchema = z.looseObject({
  ...SpanFields,
  value: z.number().nullable(),
  currency: z.string(),
  qualifier: z.enum(['exact', 'about', 'up_to', 'at_least', 'over', 'under', 'range']),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const DateMentionSchema = z.looseObject({
  ...SpanFields,
  value: z.string(),
  precision: z.enum(['day', 'month', 'year', 'week', 'quarter']),
});

export const EntityMentionSchema = z.looseObject({
  ...SpanFields,
  type: z.enum(['person', 'org', 'place', 'other']),
  id: z.string().optional(),
  name: z.string().optional(),
});

/** One input line of `newsfacts extract`. */
export const ExtractInputSchema = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['en', 'zh']).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

/** One output line of `newsfacts extract`: the mentions, or the error that took their place. */
export const ExtractOutputSchema = z.union([
  z.looseObject({
    id: z.string(),
    lang: z.enum(['en', 'zh']),
    money: z.array(MoneyMentionSchema),
    dates: z.array(DateMentionSchema),
    entities: z.array(EntityMentionSchema),
  }),
  z.looseObject({ id: z.string().optional(), line: z.number().int().optional(), error: z.string() }),
]);

export const ReportArticleSchema = z.looseObject({
  id: z.string(),
  path: z.string(),
  lang: z.string().nullable(),
  status: z.enum(['ok', 'failed', 'not_extracted']),
  error: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
});

/** The whole `newsfacts report --format json` document. */
export const ReportSchema = z.looseObject({
  generated: z.string(),
  store: z.looseObject({ schema_version: z.number().int(), articles: z.number().int() }),
  articles: z.array(ReportArticleSchema),
  entities: z.array(ReportEntitySchema),
  facts: z.array(ReportFactSchema),
  conflicts: z.array(ReportConflictSchema),
});

export { ReportClaimSchema, ReportConflictSchema, ReportEntitySchema, ReportFactSchema } from './report/schema.ts';
