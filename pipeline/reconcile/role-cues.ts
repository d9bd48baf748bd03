// Role words read around a person's name, for telling whether two names hold the same
// position ("provincial finance chief Luo …" and "…, head of the provincial finance
// department"). A cue maps to a role id or a field id; two mentions agree on a role when
// they share a role id and, if both name a field, a field. "vice"/"deputy"/副 before a
// title make it another role. One line per cue; English cues are matched as whole words.

import { addToGroup } from '../../extractors/group-by-key.ts';

const ROLE_CUES: [string, string[]][] = [
  ['minister', ['minister', 'secretary', '部长', '大臣', '部長']],
  ['ceo', ['chief executive', 'ceo', 'managing director', '首席执行官', '总裁', '總裁', '首席執行官']],
  ['founder', ['founder', 'co-founder', 'founded', '创始人', '創始人', '创办人', '創辦人', '创立', '創立', '创办', '創辦']],
  ['chairman', ['chairman', 'chairwoman', 'chair', '董事长', '董事長', '主席']],
  ['spokesperson', ['spokesman', 'spokeswoman', 'spokesperson', '发言人', '發言人']],
  ['head', ['head', 'director', 'chief', 'commissioner', '厅长', '廳長', '局长', '局長', '主任', '署长', '署長']],
  ['governor', ['governor', '省长', '省長', '行长', '行長']],
  ['mayor', ['mayor', '市长', '市長']],
  ['economist', ['economist', '经济学家', '經濟學家']],
  ['analyst', ['analyst', '分析师', '分析師']],
  ['auctioneer', ['auctioneer', '拍卖师', '拍賣師']],
];

const FIELD_CUES: [string, string[]][] = [
  ['finance', ['finance', 'financial', 'treasury', '财政', '財政', '财务', '財務']],
  ['economy', ['economy', 'economic', 'economics', '经济', '經濟']],
  ['trade', ['trade', 'commerce', '贸易', '貿易', '商务', '商務']],
  ['foreign', ['foreign', '外交', '外务', '外務']],
  ['defence', ['defence', 'defense', '国防', '國防', '防卫', '防衛']],
  ['energy', ['energy', '能源']],
];

/** English field words, which may stand between "deputy" and the title ("deputy finance minister"). */
const FIELD_WORDS = FIELD_CUES.flatMap(([, cues]) => cues).filter((c) => /^[a-z]+$/.test(c));
/** "vice"/"deputy" (a field word between allowed) or 副 right before a title make it a deputy's. */
const DEPUTY = new RegExp(`(?:\\b(?:vice|deputy)[\\s-]*(?:(?:${FIELD_WORDS.join('|')})[\\s-]+)?|副)$`, 'i');
/** How far before a title DEPUTY looks: "deputy", a field word and the spaces between. */
const DEPUTY_REACH = 8 + Math.max(...FIELD_WORDS.map((w) => w.length)) + 1;
/** How far from the name a cue may stand, in characters, within its sentence. */
const WINDOW = 60;

/**
 * The roles and fields named around a name, as bits: role i of ROLE_CUES is bit i, its deputy
 * bit ROLE_CUES.length + i, field j of FIELD_CUES bit 2 * ROLE_CUES.length + j. A number, so
 * an article's names can keep the signature of each person mention (article-names.ts) and two
 * are compared without sets.
 */
export type RoleSignature = number;

const DEPUTY_SHIFT = ROLE_CUES.length;
const FIELD_SHIFT = 2 * ROLE_CUES.length;
if (FIELD_SHIFT + FIELD_CUES.length > 31) throw new Error('role-cues: too many roles and fields for a 31-bit signature');
const ROLES_MASK = (1 << FIELD_SHIFT) - 1;

/** A cue as roleSignature compares it: its text, its bit, whether it names a role (a deputy's counts apart) or a field. */
interface Cue {
  text: string;
  bit: number;
  role: boolean;
  /** English: matched as a whole word, ASCII letters case-blind (as the pattern /\bcue\b/i would); else the characters themselves. */
  english: boolean;
}

/** Folds an ASCII capital to its small letter (non-ASCII characters never match an English cue). */
const folded = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);
const isWordChar = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * The cues by their first character, so a piece is read once, position by position, whatever
 * the number of cues. No cue overlaps itself (no ending of one is its beginning), so every
 * position a cue stands at is a match of its own, as a regular expression's matches would be.
 */
const CUES_BY_FIRST = new Map<number, Cue[]>();
for (const [table, shift, role] of [[ROLE_CUES, 0, true], [FIELD_CUES, FIELD_SHIFT, false]] as const) {
  table.forEach(([, cues], i) => {
    for (const text of cues) addToGroup(CUES_BY_FIRST, text.charCodeAt(0), { text, bit: 1 << (shift + i), role, english: /^[a-z -]+$/.test(text) });
  });
}

function standsAt(piece: string, at: number, cue: Cue): boolean {
  const end = at + cue.text.length;
  if (end > piece.length) return false;
  if (!cue.english) return piece.startsWith(cue.text, at);
  for (let k = 1; k < cue.text.length; k++) if (folded(piece.charCodeAt(at + k)) !== cue.text.charCodeAt(k)) return false;
  return (at === 0 || !isWordChar(piece.charCodeAt(at - 1))) && (end === piece.length || !isWordChar(piece.charCodeAt(end)));
}

/** The roles and fields named within WINDOW characters of [start, end) inside the range [from, to). */
export function roleSignature(text: string, start: number, end: number, from: number, to: number): RoleSignature {
  const lo = Math.max(from, start - WINDOW);
  const hi = Math.min(to, end + WINDOW);
  let signature = 0;
  for (const [piece, offset] of [[text.slice(lo, start), lo], [text.slice(end, hi), end]] as const) {
    for (let at = 0; at < piece.length; at++) {
      for (const cue of CUES_BY_FIRST.get(folded(piece.charCodeAt(at))) ?? []) {
        if (!standsAt(piece, at, cue)) continue;
        const deputy = cue.role && DEPUTY.test(text.slice(Math.max(0, offset + at - DEPUTY_REACH), offset + at));
        signature |= deputy ? cue.bit << DEPUTY_SHIFT : cue.bit;
      }
    }
  }
  return signature;
}

/** Two signatures name the same position: a shared role and, when both name fields, a shared field. */
export function sameRole(a: RoleSignature, b: RoleSignature): boolean {
  if ((a & b & ROLES_MASK) === 0) return false;
  const fieldsA = a & ~ROLES_MASK;
  const fieldsB = b & ~ROLES_MASK;
  return fieldsA === 0 || fieldsB === 0 || (fieldsA & fieldsB) !== 0;
}

/** The role ids ("minister", "deputy-head") and field ids ("finance") a signature names, for reading it. */
export function namedRoles(signature: RoleSignature): { roles: string[]; fields: string[] } {
  const roles: string[] = [];
  ROLE_CUES.forEach(([id], i) => { if (signature & (1 << i)) roles.push(id); });
  ROLE_CUES.forEach(([id], i) => { if (signature & (1 << (DEPUTY_SHIFT + i))) roles.push(`deputy-${id}`); });
  const fields = FIELD_CUES.filter((_, j) => signature & (1 << (FIELD_SHIFT + j))).map(([id]) => id);
  return { roles, fields };
}

const CUE_WORDS = new Set([...ROLE_CUES, ...FIELD_CUES].flatMap(([, cues]) => cues).filter((c) => /^[a-z-]+$/.test(c)));

/**
 * A person name without the title words a recogniser left glued to its front
 * ("Economy **Agnes Calvario" → "Agnes Calvario"), for comparing names.
 */
export function nameWithoutTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 2 && (CUE_WORDS.has(words[first]!.toLowerCase()) || !/\p{L}/u.test(words[first]!))) first++;
  return words.slice(first).join(' ').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}
