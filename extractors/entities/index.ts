// The entity extractor's public surface: recognition with gazetteer links, person–role
// facts, the cross-article resolver and the gazetteer itself.

import type { EntityMention, ExtractOptions } from '../types.ts';
import { recogniseEnglish } from './en/recognise.ts';
import { recogniseChinese } from './zh/recognise.ts';

export { extractRoles } from './roles/extract-roles.ts';
export { resolveCanonicalEntities, type ArticleMention } from './resolve.ts';
export { getGazetteer } from './gazetteer/index.ts';
export { linkEntity } from './link.ts';
export { ROLE_TITLES } from './roles/role-table.ts';
export type { CanonicalEntity, GazetteerEntry, RoleMention } from './types.ts';

/** Keeps the earliest, then longest, of overlapping mentions, so spans never overlap. */
function dropOverlaps(mentions: EntityMention[]): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: EntityMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
  }
  return kept;
}

export function extractEntities(text: string, options: ExtractOptions): EntityMention[] {
  const mentions = options.lang === 'zh' ? recogniseChinese(text) : recogniseEnglish(text);
  return dropOverlaps(mentions);
}
