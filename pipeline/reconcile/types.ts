// The shapes reconciliation reads from the store and the derived rows it writes back.

export interface ArticleInput {
  id: string;
  path: string;
  lang: 'en' | 'zh';
  text: string;
  published: string | null;
  /** The outlet (articles.source_name), when the record names it. */
  source?: string | null;
}

export interface MentionInput {
  id: number;
  articleId: string;
  kind: 'money' | 'date' | 'entity';
  start: number;
  end: number;
  text: string;
  rule: string;
  valueNumber: number | null;
  valueText: string | null;
  currency: string | null;
  qualifier: string | null;
  min: number | null;
  max: number | null;
  entityType: string | null;
  /** The extractor's gazetteer link, reconciliation's input. */
  entityId: string | null;
  /** The canonical id the store holds now (entity mentions read from a store). */
  storedEntityId?: string | null;
}

export interface RoleInput {
  articleId: string;
  start: number;
  end: number;
  text: string;
  personStart: number;
  personEnd: number;
  personText: string;
  personEntityId: string | null;
  role: string;
  roleName: string;
  country: string | null;
  tense: 'current' | 'former';
  dateValue: string | null;
}

export interface ReconcileInput {
  articles: ArticleInput[];
  mentions: MentionInput[];
  roles: RoleInput[];
}

export interface Claim {
  id: string;
  articleId: string;
  mentionId: number;
  subjectEntityId: string | null;
  subject: string;
  predicate: string;
  topic: string | null;
  value: number;
  unit: string;
  qualifier: string;
  min: number | null;
  max: number | null;
  dateValue: string | null;
  start: number;
  end: number;
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** How subject, predicate and topic were found, e.g. "subject.owner-cue+predicate.cue+topic.nearest". */
  rule: string;
  // The claim model (output/SCHEMA.md): each part with the rule that set it.
  /** What the figure measures (measures.ts), or 'unknown'. */
  measure: string;
  measureRule: string;
  /** What facts group by: the measure (or, when unknown, the predicate) with its period and stage ("revenue@2025", "vouchers:to_date"). */
  measureKey: string;
  /** The year a periodic measure holds for ("2025 revenue"), part of the measure. */
  period: string | null;
  object: string | null;
  objectEntityId: string | null;
  objectRule: string;
  /** Who states or estimates the figure: a named estimator or speaker, else the outlet. */
  source: string;
  sourceEntityId: string | null;
  sourceRule: string;
  /** The date the figure holds for: the sentence's date, else the article's published date. */
  asOf: string | null;
  asOfRule: string;
  /** 'revised' when the text gives it as a newer figure, 'prior' when it quotes an earlier one. */
  timeRole: 'revised' | 'prior' | null;
  /** Relative half-unit of the last digit written. */
  precision: number;
  /** The claim this one restates in another currency ("(about $2 billion)"), if any. */
  glossOf: string | null;
  /** The story (stories.ts) its article belongs to. */
  story: string;
}

/** A claim's figure in its fact's unit, or why it could not be converted. */
export type ClaimConversion =
  | { ok: true; value: number; min: number | null; max: number | null; unit: string; rate: number; period: string; source: string; note?: string }
  | { ok: false; reason: string };

export type Verdict = 'supports' | 'compatible' | 'scale_error' | 'disputed' | 'outlier' | 'superseded' | 'unconfirmed' | 'unconverted';
export type FactStatus = 'agreed' | 'resolved' | 'disputed' | 'single' | 'updated';

export interface Fact {
  id: string;
  subject: string;
  subjectEntityId: string | null;
  predicate: string;
  topic: string | null;
  valueNumber: number | null;
  valueText: string | null;
  unit: string;
  status: FactStatus;
  rule: string;
  explanation: string;
  verdicts: Map<string, Verdict>;
  /** The canonical value's qualifier and bounds (for a dispute: the span of its readings). */
  qualifier: string | null;
  min: number | null;
  max: number | null;
  measure: string;
  object: string | null;
  story: string;
  /** Claims stated in another unit than the fact's: their converted value and rate. */
  conversions: Map<string, ClaimConversion>;
}

export interface ConflictVariant {
  value: number | string;
  /** The value as the articles stated it: "over 60 billion USD", or the name as written. */
  stated: string;
  articles: string[];
  /** A name variant's entity (the canonical person first, then the misnamed one). */
  entityId?: string;
  /** Value conflicts: the claims that carry this variant (stored as references, never copied). */
  claims?: string[];
  /**
   * Name variants: the role or entity mentions that carry it, as spans of their articles; an entity
   * mention's with its id in the store (`mention`), which the store keeps instead of the span.
   */
  spans?: { article: string; start: number; end: number; mention?: number }[];
}

export interface Conflict {
  id: string;
  kind: 'scale_error' | 'value_mismatch' | 'name_variant';
  factId: string | null;
  entityId: string | null;
  /** The legacy one-column form: a number in text, a name, or the readings of a dispute. */
  canonical: string;
  /** Typed canonical value (conflicts.canonical_number/_text/unit): the kept amount, or null for a dispute and a name. */
  canonicalNumber: number | null;
  /** The kept amount as stated, or the canonical person's name; null for a dispute (its readings are the variants). */
  canonicalText: string | null;
  unit: string | null;
  variants: ConflictVariant[];
  resolution: string;
  rule: string;
  explanation: string;
}
