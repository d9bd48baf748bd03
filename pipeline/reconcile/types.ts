// The shapes reconciliation reads from the store and the derived rows it writes back.

export interface ArticleInput {
  id: string;
  path: string;
  lang: 'en' | 'zh';
  text: string;
  published: string | null;
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
  entityId: string | null;
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
}

export type Verdict = 'supports' | 'compatible' | 'scale_error' | 'disputed' | 'outlier';
export type FactStatus = 'agreed' | 'resolved' | 'disputed' | 'single';

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
}

export interface ConflictVariant {
  value: number | string;
  /** The value as the articles stated it: "over 60 billion USD", or the name as written. */
  stated: string;
  articles: string[];
  /** The claims (or role mentions) that carry this variant: article, span and text. */
  evidence: { article: string; start: number; end: number; text: string }[];
}

export interface Conflict {
  id: string;
  kind: 'scale_error' | 'value_mismatch' | 'name_variant';
  factId: string | null;
  entityId: string | null;
  canonical: string;
  variants: ConflictVariant[];
  resolution: string;
  rule: string;
  explanation: string;
}
