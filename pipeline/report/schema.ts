// The report's canonical sections (CONTRACTS.md §3) as zod schemas: what buildReport
// promises to downstream readers of `newsfacts report --format json`, checked on the way out.

import { z } from 'zod';

/** A stretch of article text with the part to highlight, as offsets into `sentence`. */
export const EvidenceSchema = z.object({
  article: z.string(),
  path: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.string(),
  highlight: z.object({ start: z.number().int(), end: z.number().int() }),
});

/** Why a name belongs to its entity: the rule, the name it was matched against, and where it was seen. */
export const ReportEntityLinkSchema = z.object({
  alias: z.string(),
  rule: z.string(),
  score: z.number().optional(),
  via: z.string().optional(),
  evidence: z.array(z.object({ article: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() }).passthrough()),
});

export const ReportEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  name_zh: z.string().optional(),
  type: z.string(),
  source: z.string(),
  /** 'name_variant': a name an article gave in place of `variant_of`'s (a misnaming or mistranslation); an app may leave it out. */
  flag: z.literal('name_variant').optional(),
  variant_of: z.string().optional(),
  flag_reason: z.string().optional(),
  aliases: z.array(z.string()),
  articles: z.array(z.string()),
  links: z.array(ReportEntityLinkSchema).optional(),
});

export const ReportClaimSchema = EvidenceSchema.extend({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string(),
  min: z.number().optional(),
  max: z.number().optional(),
  date: z.string().optional(),
  verdict: z.string(),
  rule: z.string(),
  // The claim model (output/SCHEMA.md): who states it, when it holds, what it measures, and its value in the fact's unit.
  source: z.string().optional(),
  as_of: z.string().optional(),
  measure: z.string().optional(),
  subject: z.string().optional(),
  object: z.string().optional(),
  time_role: z.enum(['revised', 'prior']).optional(),
  converted: z.union([
    z.object({ value: z.number(), unit: z.string(), rate: z.number(), period: z.string(), source: z.string(), note: z.string().optional() }),
    z.object({ unconverted: z.string() }),
  ]).optional(),
});

export const ReportFactSchema = z.object({
  id: z.string(),
  subject: z.string(),
  subject_entity: z.string().optional(),
  predicate: z.string(),
  topic: z.string().optional(),
  value: z.union([z.number(), z.string()]),
  unit: z.string().optional(),
  status: z.enum(['agreed', 'resolved', 'disputed', 'single', 'updated']),
  /** The canonical value's qualifier (exact|about|up_to|over|range…) and bounds; a dispute spans its readings. */
  qualifier: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  measure: z.string().optional(),
  object: z.string().optional(),
  story: z.string().optional(),
  rule: z.string(),
  explanation: z.string(),
  claims: z.array(ReportClaimSchema),
});

export const ReportConflictSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fact: z.string().optional(),
  entity: z.string().optional(),
  canonical: z.union([z.number(), z.string()]),
  /** The kept amount (scale errors, settled mismatches); absent for a dispute and a name. */
  canonical_value: z.number().optional(),
  /** The kept amount as stated, or the canonical name; absent for a dispute (its readings are the variants). */
  canonical_text: z.string().optional(),
  unit: z.string().optional(),
  variants: z.array(z.object({
    value: z.union([z.number(), z.string()]), stated: z.string(), articles: z.array(z.string()),
    /** Name variants: the entity that carries the name. */
    entity: z.string().optional(),
    /** Value conflicts: the claims that carry the value (facts[].claims[].id). */
    claims: z.array(z.string()).optional(),
    evidence: z.array(EvidenceSchema.extend({ claim: z.string().optional(), title: z.string().optional() })),
  })),
  resolution: z.string(),
  rule: z.string(),
  explanation: z.string(),
});

export type ReportEntity = z.infer<typeof ReportEntitySchema>;
export type ReportEntityLink = z.infer<typeof ReportEntityLinkSchema>;
export type ReportClaim = z.infer<typeof ReportClaimSchema>;
export type ReportFact = z.infer<typeof ReportFactSchema>;
export type ReportConflict = z.infer<typeof ReportConflictSchema>;
