// Who states a money figure (the claim model's *source*): a named estimator inside the
// sentence ("X estimates", "X puts … at", "X, which values …", "X 估计/测算/认为",
// "according to X", "据X"), a speaker ("X said", "X 表示"), or else the outlet that
// published the article. An estimator or a quoted source is never the figure's subject;
// a speaker may be (a company announcing its own investment) unless the measure is an
// estimate of something else (damage, a valuation). The cue tables are data; the engine
// looks only at the text right around each organisation or person of the sentence.

import type { MentionInput } from './types.ts';

export type SourceHow = 'estimator' | 'according-to' | 'speaker' | 'outlet' | 'none';

export interface ClaimSource {
  name: string;
  entityId: string | null;
  how: SourceHow;
  /** Rule id: which cue table found it. */
  rule: string;
}

/** An apposition between a name and its verb: ", chief economist at X," / ", a London-based consultancy,". */
const APPOSITION_EN = String.raw`(?:\**\s*,[^.;,]{0,60},)?\**\s*,?\s*(?:who\s+|which\s+|that\s+)?(?:also\s+|now\s+|then\s+)?`;
export const SOURCE_CUES = {
  estimatorAfterEn: new RegExp(`^(?:${APPOSITION_EN}(?:estimates?|estimated|puts|put|values|valued|forecasts?|forecast|reckons|calculates|calculated|projects|projected|sees|expects)|['’]s?\\s+(?:(?:latest|new|own|initial|revised)\\s+)?(?:estimate|estimates|forecast|calculation|valuation|projection|model))\\b`, 'i'),
  speakerAfterEn: new RegExp(`^${APPOSITION_EN}(?:said|says|told|announced|reported|stated|argues|argued|noted|disclosed)\\b`, 'i'),
  accordingBeforeEn: /\b(?:according to|cited by|citing|estimates? (?:from|by)|estimated by|figures from|data from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i,
  estimatorAfterZh: /^[^。；;！？]{0,24}?(?:估计|估計|预计|預計|测算|測算|估算|认为|認為|给出的估值|給出的估值|评估|評估|预测|預測)/,
  speakerAfterZh: /^[^。；;！？，,]{0,16}?(?:表示|称|稱|说|說|指出|宣布|透露)/,
  accordingBeforeZh: /(?:据|據|根据|根據|援引)[^。；，,]{0,4}$/,
};

export interface SourceContext {
  text: string;
  lang: 'en' | 'zh';
  amount: { start: number; end: number };
  clause: { start: number; end: number };
  sentence: { start: number; end: number };
  /** Entities with an id in the sentence, in order of position. */
  entities: MentionInput[];
  outlet: string | null;
}

export interface SourceReading {
  source: ClaimSource;
  /** Mentions that state or estimate the figure and so may not be its subject. */
  excluded: Set<number>;
  /** Mentions that only speak ("X said"): excluded from subject when the measure is someone else's estimate. */
  speakers: Set<number>;
}

const SOURCE_TYPES = new Set(['org', 'person']);

function roleOf(m: MentionInput, ctx: SourceContext): SourceHow | undefined {
  const before = ctx.text.slice(Math.max(ctx.sentence.start, m.start - 40), m.start);
  const after = ctx.text.slice(m.end, Math.min(ctx.sentence.end, m.end + 90));
  if (ctx.lang === 'zh') {
    if (SOURCE_CUES.accordingBeforeZh.test(before)) return 'according-to';
    if (SOURCE_CUES.estimatorAfterZh.test(after)) return 'estimator';
    if (SOURCE_CUES.speakerAfterZh.test(after)) return 'speaker';
    return undefined;
  }
  if (SOURCE_CUES.accordingBeforeEn.test(before)) return 'according-to';
  if (SOURCE_CUES.estimatorAfterEn.test(after)) return 'estimator';
  if (SOURCE_CUES.speakerAfterEn.test(after)) return 'speaker';
  return undefined;
}

const PREFERENCE: Record<SourceHow, number> = { estimator: 3, 'according-to': 2, speaker: 1, outlet: 0, none: 0 };

/** The figure's source and the mentions that may not be its subject. */
export function readSource(ctx: SourceContext): SourceReading {
  const excluded = new Set<number>();
  const speakers = new Set<number>();
  let best: { m: MentionInput; how: SourceHow; score: number } | undefined;
  for (const m of ctx.entities) {
    if (!m.entityId || !SOURCE_TYPES.has(m.entityType ?? '')) continue;
    const how = roleOf(m, ctx);
    if (!how) continue;
    if (how === 'speaker') speakers.add(m.id);
    else excluded.add(m.id);
    // The source of this amount: in its own clause first, then the nearest in the sentence.
    const inClause = m.start >= ctx.clause.start && m.end <= ctx.clause.end;
    const distance = m.end <= ctx.amount.start ? ctx.amount.start - m.end : m.start - ctx.amount.end;
    const score = (inClause ? 1000 : 0) + PREFERENCE[how] * 100 - Math.min(99, Math.abs(distance) / 4);
    if (!best || score > best.score) best = { m, how, score };
  }
  // A speaker named after the figure ("…, reinsurer X said") speaks of it; so does one standing apposed to an estimator.
  if (best) return { source: { name: best.m.text, entityId: best.m.entityId, how: best.how, rule: `source.${best.how}` }, excluded, speakers };
  if (ctx.outlet) return { source: { name: ctx.outlet, entityId: null, how: 'outlet', rule: 'source.outlet' }, excluded, speakers };
  return { source: { name: 'unknown', entityId: null, how: 'none', rule: 'source.unknown: no named source in the sentence and no outlet on the article' }, excluded, speakers };
}
