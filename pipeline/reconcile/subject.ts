// pickSubject: the entity an amount belongs to — among the organisations and countries of
// its sentence, the one with an owner cue ("Japan's", "by Japan", 日本承诺), an
// organisation over a country, the article's main investor over other countries, and
// the nearest otherwise. Destinations ("in the U.S.", 在美国), reporting organisations
// and countries that only qualify a title ("U.S. Commerce Secretary") never own money;
// nor do the mentions the caller skips (the figure's estimator, the outlet, fragments).

import {
  ADJECTIVE_AFTER_EN, ADJECTIVE_AFTER_ZH, CAPITAL_COUNTRY, DESTINATION_BEFORE_EN, DESTINATION_BEFORE_ZH,
  OWNER_AFTER_EN, OWNER_AFTER_ZH, OWNER_BEFORE_EN, OWNER_BEFORE_ZH, REPORTING_ORGS,
} from './subject-cues.ts';
import type { MentionInput } from './types.ts';

export interface SubjectPick {
  entityId: string;
  name: string;
  /** 'owner-cue' when a word marks it as the owner; 'nearest' otherwise. */
  how: 'owner-cue' | 'nearest';
}

export interface SubjectContext {
  text: string;
  lang: 'en' | 'zh';
  amount: { start: number; end: number };
  sentence: { start: number; end: number };
  clause: { start: number; end: number };
  /** The entities (with an id) lying inside the sentence, in order of position. */
  entities: MentionInput[];
  /** True when a mention stands in a role phrase outside its person's name ("U.S. Commerce Secretary"). */
  insideRole: (m: MentionInput) => boolean;
  mainInvestor?: string;
  nameOf: (entityId: string) => string;
  /** The other amounts of the sentence. */
  otherAmounts?: { start: number; end: number }[];
  /** Mentions that cannot own this figure: its source or estimator, the outlet, a word fragment, a currency prefix. */
  skip?: (m: MentionInput) => boolean;
}

/** Words right before a name that make it what the money buys or goes to. */
const OBJECT_BEFORE_EN = /\b(?:for|buy|buys|bought|buying|acquire|acquires|acquired|acquiring|wins|won|win|takeover of|stake in|bid for|offer for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$/i;
const OBJECT_BEFORE_ZH = /(?:收购|收購|竞购|競購|买下|買下|入股|投资于|投資於)[^，。；：:战戰]{0,6}$/;

const OWNER_BONUS = 40;
const ORG_BONUS = 50;
const CLAUSE_BONUS = 20;
const MAIN_INVESTOR_BONUS = 30;

/** Organisations and countries only; never a reporting organisation or the country of a title. */
function isOwnerCandidate(m: MentionInput, ctx: SubjectContext): boolean {
  if (!m.entityId || (m.entityType !== 'org' && m.entityType !== 'place')) return false;
  if (REPORTING_ORGS.has(m.entityId) || ctx.insideRole(m) || ctx.skip?.(m)) return false;
  return m.entityType === 'org' || CAPITAL_COUNTRY[m.entityId] !== undefined || /^place:[a-z]{2}$/.test(m.entityId);
}

export function pickSubject(ctx: SubjectContext): SubjectPick | undefined {
  const { text, lang } = ctx;
  let best: (SubjectPick & { score: number }) | undefined;
  // Owners named in the amount's own clause come first; the rest of the sentence is the fallback.
  const inOwnClause = ctx.entities.filter((m) => m.start >= ctx.clause.start && m.end <= ctx.clause.end && isOwnerCandidate(m, ctx));
  // Outside its clause, a name with another amount between it and this one is that amount's owner.
  const reachable = (m: MentionInput) => !ctx.otherAmounts?.some((a) => (a.start >= m.end && a.end <= ctx.amount.start) || (a.start >= ctx.amount.end && a.end <= m.start));
  for (const m of inOwnClause.length > 0 ? inOwnClause : ctx.entities.filter(reachable)) {
    if (!isOwnerCandidate(m, ctx)) continue;
    const pre = text.slice(Math.max(ctx.sentence.start, m.start - 40), m.start);
    // The thing bought, bid for or invested in is the object, never the owner ("offered €1.1bn for X", 收购X).
    if ((lang === 'zh' ? OBJECT_BEFORE_ZH : OBJECT_BEFORE_EN).test(pre)) continue;
    const entityId = CAPITAL_COUNTRY[m.entityId!] ?? m.entityId!;
    // A capital stands for its country (or union) and is read like one: "in Brussels" is a destination.
    const isCountry = /^place:[a-z]{2}$/.test(entityId) || CAPITAL_COUNTRY[m.entityId!] !== undefined;
    const before = text.slice(Math.max(ctx.sentence.start, m.start - 14), m.start);
    const after = text.slice(m.end, Math.min(ctx.sentence.end, m.end + 24));
    const owner = lang === 'zh' ? OWNER_AFTER_ZH.test(after) || OWNER_BEFORE_ZH.test(before) : OWNER_AFTER_EN.test(after) || OWNER_BEFORE_EN.test(before);
    // After the figure only a marked owner ("by X", "X's") holds it; "a loan from X", "a bid from X" name someone else.
    if (m.start >= ctx.amount.end && !owner) continue;
    if (isCountry && !owner) {
      const destination = lang === 'zh' ? DESTINATION_BEFORE_ZH.test(before) : DESTINATION_BEFORE_EN.test(before);
      const adjective = lang === 'zh' ? ADJECTIVE_AFTER_ZH.test(after) : ADJECTIVE_AFTER_EN.test(after);
      if (destination || adjective) continue;
    }
    const distance = m.end <= ctx.amount.start ? ctx.amount.start - m.end : m.start - ctx.amount.end;
    const inClause = m.start >= ctx.clause.start && m.end <= ctx.clause.end;
    const score = (owner ? OWNER_BONUS : 0) + (isCountry ? 0 : ORG_BONUS) + (inClause ? CLAUSE_BONUS : 0) +
      (entityId === ctx.mainInvestor ? MAIN_INVESTOR_BONUS : 0) - Math.abs(distance) / (lang === 'zh' ? 2 : 5);
    if (!best || score > best.score || (score === best.score && entityId < best.entityId)) {
      best = { entityId, name: ctx.nameOf(entityId), how: owner ? 'owner-cue' : 'nearest', score };
    }
  }
  return best && { entityId: best.entityId, name: best.name, how: best.how };
}
