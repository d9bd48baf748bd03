// findNameVariants: the same role of the same country, at the same time, held by two
// different names in different articles ("U.S. Commerce Secretary Rutherford" in one,
// 美国商务部长Howard Lutnick in another) is one office and one person misnamed. The name
// the gazetteer knows and more articles use is canonical; the other is flagged with its
// articles — never merged into the canonical person, never ignored.

import { conflictId } from './derived-ids.ts';
import { lastBefore } from './spans.ts';
import type { Conflict, RoleInput } from './types.ts';

export interface NameContext {
  weightOf: (articleId: string) => number;
  labelOf: (articleId: string) => string;
  /** Canonical entity id of a role's person (gazetteer or discovered), and whether the gazetteer knows it. */
  personOf: (role: RoleInput) => { id: string; name: string; known: boolean };
  nameOf: (entityId: string) => string;
}

/** Roles more than this many days apart may be different office holders. */
const SAME_TIME_DAYS = 366;
const GAZETTEER_BONUS = 1;

const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? Date.parse(value.length === 7 ? `${value}-01` : value) / 86_400_000 : undefined);

function sameTime(a: RoleInput[], b: RoleInput[]): boolean {
  const days = (rs: RoleInput[]) => rs.map((r) => dayOf(r.dateValue)).filter((d): d is number => d !== undefined);
  const da = days(a);
  const db = days(b);
  if (da.length === 0 || db.length === 0) return true;
  // A day of b within SAME_TIME_DAYS of x: only the first one not before x - SAME_TIME_DAYS can be.
  // Impossible dates (NaN days) are never the same time as anything.
  const sorted = db.filter((d) => !Number.isNaN(d)).sort((x, y) => x - y);
  return da.some((x) => {
    const near = sorted[lastBefore(sorted, x - SAME_TIME_DAYS) + 1];
    return near !== undefined && near - x <= SAME_TIME_DAYS;
  });
}

interface Holder {
  id: string;
  name: string;
  known: boolean;
  roles: RoleInput[];
  articles: string[];
  articleSet: Set<string>;
  score: number;
}

export function findNameVariants(roles: RoleInput[], ctx: NameContext): Conflict[] {
  const offices = new Map<string, RoleInput[]>();
  for (const r of roles) {
    if (!r.country) continue;
    const key = `${r.role}|${r.country}`;
    const held = offices.get(key);
    if (held) held.push(r);
    else offices.set(key, [r]);
  }
  const conflicts = new Map<string, Conflict>();
  for (const [office, held] of [...offices.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const holders = new Map<string, Holder>();
    for (const r of held) {
      const person = ctx.personOf(r);
      const h = holders.get(person.id) ?? { ...person, roles: [], articles: [], articleSet: new Set<string>(), score: 0 };
      h.roles.push(r);
      if (!h.articleSet.has(r.articleId)) {
        h.articleSet.add(r.articleId);
        h.articles.push(r.articleId);
      }
      holders.set(person.id, h);
    }
    if (holders.size < 2) continue;
    for (const h of holders.values()) {
      h.articles.sort();
      h.score = h.articles.reduce((s, a) => s + ctx.weightOf(a), 0) + (h.known ? GAZETTEER_BONUS : 0);
    }
    const ranked = [...holders.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    const canonical = ranked[0]!;
    if (!canonical.known) continue; // two unknown names: nothing says which is right
    for (const variant of ranked.slice(1)) {
      // Two people the gazetteer knows under one title are successive holders unless they share a day.
      if (variant.known) continue;
      if (variant.articles.every((a) => canonical.articleSet.has(a))) continue;
      if (!sameTime(canonical.roles, variant.roles)) continue;
      const id = conflictId('name_variant', canonical.id, variant.id);
      if (conflicts.has(id)) continue;
      const title = held[0]!.roleName;
      const country = office.split('|')[1]!;
      const variantRole = variant.roles[0]!;
      conflicts.set(id, {
        id, kind: 'name_variant', factId: null, entityId: canonical.id,
        canonical: canonical.name,
        variants: [canonical, variant].map((h) => ({
          value: h.name, stated: [...new Set(h.roles.map((r) => r.personText))].join(' / '), articles: h.articles,
          evidence: h.roles.map((r) => ({ article: r.articleId, start: r.start, end: r.end, text: r.text })),
        })),
        resolution: `${canonical.name} kept; "${variant.name}" flagged as a name variant in ${variant.articles.map(ctx.labelOf).join(', ')}`,
        rule: 'name.variant.same-role',
        explanation: `${variant.articles.map(ctx.labelOf).join(', ')} names the ${ctx.nameOf(country)} ${title} "${variantRole.personText}", but ${canonical.articles.map(ctx.labelOf).join(', ')} and the gazetteer give ${canonical.name} for the same office at the same time.`,
      });
    }
  }
  return [...conflicts.values()];
}
