// Role words read around a person's name, for telling whether two names hold the same
// position ("provincial finance chief Luo …" and "…, head of the provincial finance
// department"). A cue maps to a role id or a field id; two mentions agree on a role when
// they share a role id and, if both name a field, a field. "vice"/"deputy"/副 before a
// title make it another role. One line per cue; English cues are matched as whole words.

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

const DEPUTY = /(?:\b(?:vice|deputy)[\s-]*|副)$/i;
/** How far from the name a cue may stand, in characters, within its sentence. */
const WINDOW = 60;

export interface RoleSignature {
  roles: Set<string>;
  fields: Set<string>;
}

function cuePattern(cue: string): RegExp {
  return /^[a-z -]+$/.test(cue) ? new RegExp(`\\b${cue}\\b`, 'gi') : new RegExp(cue, 'g');
}

/**
 * Each cue with its pattern and the text it needs: a match of an English cue (ASCII, matched
 * case-blind) is that cue in the lower-cased text, and a Chinese cue is itself, so a piece that
 * does not hold it is passed over without running the pattern (most pieces hold one cue or none).
 */
const COMPILED = (table: [string, string[]][]) => table.flatMap(([id, cues]) => cues.map((c) => [id, cuePattern(c), c] as const));
const ROLE_PATTERNS = COMPILED(ROLE_CUES);
const FIELD_PATTERNS = COMPILED(FIELD_CUES);

/** The roles and fields named within WINDOW characters of [start, end) inside the range [from, to). */
export function roleSignature(text: string, start: number, end: number, from: number, to: number): RoleSignature {
  const lo = Math.max(from, start - WINDOW);
  const hi = Math.min(to, end + WINDOW);
  const before = text.slice(lo, start);
  const after = text.slice(end, hi);
  const roles = new Set<string>();
  const fields = new Set<string>();
  for (const [piece, offset] of [[before, lo], [after, end]] as const) {
    const lower = piece.toLowerCase();
    for (const [id, pattern, cue] of ROLE_PATTERNS) {
      if (!lower.includes(cue)) continue;
      for (const m of piece.matchAll(pattern)) roles.add(DEPUTY.test(text.slice(Math.max(0, offset + m.index! - 8), offset + m.index!)) ? `deputy-${id}` : id);
    }
    for (const [id, pattern, cue] of FIELD_PATTERNS) if (lower.includes(cue) && piece.search(pattern) >= 0) fields.add(id);
  }
  return { roles, fields };
}

/** Two signatures name the same position: a shared role and, when both name fields, a shared field. */
export function sameRole(a: RoleSignature, b: RoleSignature): boolean {
  if (![...a.roles].some((r) => b.roles.has(r))) return false;
  return a.fields.size === 0 || b.fields.size === 0 || [...a.fields].some((f) => b.fields.has(f));
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
