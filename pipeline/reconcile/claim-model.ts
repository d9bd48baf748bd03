// The parts of the claim model read from an amount's own words: its measure (with the
// period a periodic measure holds for and a "so far" stage), whether the text restates it
// as a revised or an earlier figure, the precision its digits state, whether it glosses
// the amount before it in another currency ("€1.86bn (about $2bn)"), its object, and
// which entity mentions cannot be its subject (fragments, currency prefixes, the outlet).
// Tables live in measures.ts and sources.ts; this is the engine.

import { gapTo, keywordFinder } from './keywords.ts';
import {
  GLOSS_GAP, MEASURE_BY_ID, MEASURES, PRIOR_AFTER, PRIOR_CUE, PRIOR_WINDOW, REVISED_AFTER, REVISED_CUE, TO_DATE_CUE, type MeasureRow,
} from './measures.ts';
import type { MentionInput } from './types.ts';

const findMeasures = keywordFinder(MEASURES.flatMap((m) => [...m.en, ...m.zh].map((cue) => [cue, m] as const)));
/** The older predicate rows: among them the highest rank wins, as it always did. */
const LEGACY = new Set(['cost_estimate', 'commitment', 'project_value', 'investment']);

export interface MeasureReading {
  row: MeasureRow | undefined;
  /** Key part: measure id, with "@year" for a periodic measure and ":to_date" for a figure so far. */
  key: string | undefined;
  period: string | null;
  rule: string;
}

interface Range { start: number; end: number }

/** The comma-bounded stretch of the clause around the amount: "…, who values the studio at €1.6 billion, calls…". */
function segmentOf(text: string, amount: Range, clause: Range): Range {
  let start = amount.start;
  while (start > clause.start && !SEGMENT_END.test(text[start - 1]!)) start--;
  let end = amount.end;
  while (end < clause.end && !SEGMENT_END.test(text[end]!)) end++;
  return { start, end };
}
const SEGMENT_END = /[,，、:：]/;

export function readMeasure(text: string, lang: 'en' | 'zh', amount: Range, clause: Range): MeasureReading {
  // Cues of the amount's own comma-bounded stretch first, then of its whole clause.
  const segment = segmentOf(text, amount, clause);
  const own = findMeasures(text, segment.start, segment.end);
  const hits = own.length > 0 ? own : findMeasures(text, clause.start, clause.end);
  if (hits.length === 0) return { row: undefined, key: undefined, period: null, rule: 'measure.unknown: no measure cue in its clause' };
  hits.sort((a, b) => gapTo(a, amount) - gapTo(b, amount) || b.value.rank - a.value.rank);
  let row = hits[0]!.value;
  let how = 'nearest-cue';
  if (LEGACY.has(row.id)) {
    row = hits.filter((h) => LEGACY.has(h.value.id)).sort((a, b) => b.value.rank - a.value.rank || gapTo(a, amount) - gapTo(b, amount))[0]!.value;
    how = 'ranked-cue';
  }
  const period = row.periodic ? periodOf(text, lang, clause) : null;
  const clauseText = text.slice(clause.start, clause.end);
  const toDate = TO_DATE_CUE[lang].test(clauseText);
  const key = `${row.id}${period ? `@${period}` : ''}${toDate ? ':to_date' : ''}`;
  return { row, key, period, rule: `measure.${how}${period ? '+period' : ''}${toDate ? '+to-date' : ''}` };
}

const YEAR_EN = /\b(?:in|for|by|to|of|through)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:revenue|revenues|sales|turnover|target|output|gdp)\b/i;
const YEAR_ZH = /((?:19|20)\d{2})年(?:全年|度)?/;

function periodOf(text: string, lang: 'en' | 'zh', clause: Range): string | null {
  const m = (lang === 'zh' ? YEAR_ZH : YEAR_EN).exec(text.slice(clause.start, clause.end));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/** 'revised' when the text gives the figure as a newer value, 'prior' when it quotes it as an earlier one. */
export function readTimeRole(text: string, lang: 'en' | 'zh', amount: Range, clause: Range): { role: 'revised' | 'prior' | null; rule: string } {
  const before = text.slice(Math.max(clause.start, amount.start - PRIOR_WINDOW[lang] * 2), amount.start);
  const near = before.slice(-PRIOR_WINDOW[lang]);
  const after = text.slice(amount.end, Math.min(clause.end + 60, amount.end + 60));
  if (PRIOR_CUE[lang].test(near) || PRIOR_AFTER[lang].test(after)) return { role: 'prior', rule: 'time.prior-cue' };
  if (REVISED_CUE[lang].test(before) || REVISED_AFTER[lang].test(after)) return { role: 'revised', rule: 'time.revised-cue' };
  return { role: null, rule: 'time.none' };
}

/** Half a unit of the last digit written, relative to the value ("1.86 billion" → 0.27%, "19亿" → 2.6%). */
export function statedPrecision(mentionText: string, value: number): number {
  const m = /\d[\d,，]*(?:\.(\d+))?/.exec(mentionText);
  if (!m || !(value > 0)) return 0;
  const written = Number(m[0].replace(/[,，]/g, ''));
  if (!(written > 0)) return 0;
  const decimals = m[1]?.length ?? 0;
  return (0.5 * 10 ** -decimals) / written;
}

/** Whether the text between two amounts makes the second a restatement of the first. */
export function isGlossGap(gap: string): boolean {
  return gap.length <= 24 && GLOSS_GAP.test(gap);
}

const CJK = /[\u3400-\u9fff]/;

/** A Chinese mention that cut a longer name: the character before it and its start recur in the article ("耀能源" of 天耀能源). */
export function isFragment(m: MentionInput, text: string): boolean {
  const prev = text[m.start - 1];
  if (!prev || !CJK.test(prev) || !CJK.test(m.text[0] ?? '')) return false;
  const joined = prev + m.text.slice(0, 2);
  const first = text.indexOf(joined);
  return first >= 0 && text.indexOf(joined, first + 1) >= 0;
}

/** A legal-form suffix read as a name on its own ("Ltd.", "Inc."). */
export function isLegalSuffix(m: MentionInput): boolean {
  return /^(?:ltd|inc|co|corp|llc|plc|gmbh|ag|sa|limited|company|有限公司|股份有限公司)\.?$/i.test(m.text.trim());
}

/** The place of a dateline ("HEFEI, China, March 11 (…) -", "HONG KONG —"): a name in capitals opening a line, then a comma, bracket or dash. */
export function isDateline(m: MentionInput, text: string): boolean {
  const lineStart = m.start === 0 || text[m.start - 1] === '\n' || /^[*_\s]*$/.test(text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start));
  return lineStart && /[A-Z]{3}/.test(m.text) && m.text === m.text.toUpperCase() && /^\s*[,(（—–-]/.test(text.slice(m.end, m.end + 3));
}

/** A currency prefix read as a name ("NT" of NT$, "HK" of HK$). */
export function isCurrencyPrefix(m: MentionInput, text: string): boolean {
  return /^[A-Z]{1,3}$/.test(m.text) && /^[$＄]/.test(text.slice(m.end, m.end + 1));
}

/** The outlet named in a dateline or byline bracket ("(Asia Markets Daily) -", 【香港財經時報 2026年6月17日電】), or the article's own outlet. */
export function isOutletMention(m: MentionInput, text: string, outlet: string | null): boolean {
  if (outlet) {
    const fold = (s: string) => s.toLowerCase().replace(/[\s*_]/g, '');
    const a = fold(m.text);
    const b = fold(outlet);
    if (a.length >= 2 && (b.includes(a) || a.includes(b))) return true;
  }
  const after = text.slice(m.end, m.end + 40);
  return /^[^()（）【】\n]{0,24}[)）]\s*[-—–]/.test(after) || /^[^\n【】]{0,24}(?:电|電)\s*[】）)]/.test(after);
}

const OBJECT_TYPES = new Set(['org', 'place', 'other']);
const OBJECT_BEFORE = { en: /\b(?:in|near|at|for|into|buy|acquire|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i, zh: /(?:在|于|於|收购|收購|为|為)[^，。；]{0,6}$/ };
const COUNTRY_LIKE = /^place:(?:[a-z]{2}|europe|asia|africa|americas?|north-america|south-america|oceania|middle-east)$/;

/** What the figure is for or about: a named place, project or organisation in its clause that is not its subject or source. */
export function readObject(text: string, lang: 'en' | 'zh', amount: Range, clause: Range, entities: MentionInput[], notObject: (m: MentionInput) => boolean):
  { entityId: string | null; name: string | null; rule: string } {
  const inClause = entities.filter((m) => m.entityId && OBJECT_TYPES.has(m.entityType ?? '') && m.start >= clause.start && m.end <= clause.end &&
    !COUNTRY_LIKE.test(m.entityId) && !notObject(m));
  const after = inClause.find((m) => m.start >= amount.end);
  if (after) return { entityId: after.entityId, name: after.text, rule: 'object.after-amount' };
  const before = [...inClause].reverse().find((m) => m.end <= amount.start && OBJECT_BEFORE[lang].test(text.slice(Math.max(clause.start, m.start - 30), m.start)));
  if (before) return { entityId: before.entityId, name: before.text, rule: 'object.before-amount' };
  return { entityId: null, name: null, rule: 'object.unknown: no place, project or organisation named for it in its clause' };
}

export function measureRow(id: string): MeasureRow | undefined {
  return MEASURE_BY_ID.get(id);
}
