// extractRoles: person–role facts from a title next to a person mention —
// "[country|demonym|country's] [modifier] TITLE PERSON" and "PERSON, [country's] TITLE" in
// English; "[国家]TITLE PERSON" and "PERSON(此前)曾担任TITLE" in Chinese.

import type { EntityMention, ExtractOptions } from '../../types.ts';
import { analyseEnglish, type Claim } from '../en/runs.ts';
import type { EnglishToken } from '../en/tokens.ts';
import { gazetteerEntry } from '../gazetteer/index.ts';
import { phraseTables } from '../phrase-tables.ts';
import type { RoleMention } from '../types.ts';
import { DEMONYM_COUNTRIES, TITLE_MODIFIERS } from './demonyms.ts';
import type { RoleTitle } from './role-table.ts';

interface TitleSpan {
  start: number;
  end: number;
  role: RoleTitle;
  /** Start of the country (or demonym) before the title, if any. */
  countryStart?: number;
  country?: string;
  former: boolean;
}

const isCountry = (m: EntityMention | undefined) => !!m && m.type === 'place' && /^place:[a-z]{2}$/.test(m.id ?? '');

function personCountry(person: EntityMention): string | undefined {
  return person.id ? gazetteerEntry(person.id)?.country : undefined;
}

function roleMention(text: string, title: TitleSpan, person: EntityMention, rule: string, personFirst: boolean): RoleMention {
  const start = personFirst ? person.start : Math.min(title.countryStart ?? title.start, title.start);
  const end = personFirst ? title.end : person.end;
  const country = title.country ?? personCountry(person);
  return {
    start, end, text: text.slice(start, end),
    personStart: person.start, personEnd: person.end, personText: person.text,
    ...(person.id ? { personId: person.id } : {}),
    role: title.role.id, roleName: title.role.name,
    ...(country ? { country } : {}),
    tense: title.former ? 'former' : 'current', rule,
  };
}

function englishTitles(tokens: readonly EnglishToken[], claims: readonly Claim[], byEnd: Map<number, EntityMention>): TitleSpan[] {
  const titles: TitleSpan[] = [];
  for (const claim of claims) {
    if (claim.kind !== 'role') continue;
    const title: TitleSpan = { start: tokens[claim.from]!.start, end: tokens[claim.to - 1]!.end, role: claim.role!, former: false };
    let j = claim.from - 1;
    while (j >= 0 && TITLE_MODIFIERS.has(tokens[j]!.lower.replace(/-$/, ''))) {
      if (/^(former|ex|then)$/i.test(tokens[j]!.text)) title.former = true;
      j--;
    }
    if (j >= 0 && tokens[j]!.kind === 'possessive') j--;
    const before = tokens[j];
    const place = before ? byEnd.get(before.end) : undefined;
    const demonym = before && (DEMONYM_COUNTRIES[`${tokens[j - 1]?.text} ${before.text}`] ? `${tokens[j - 1]!.text} ${before.text}` : before.text);
    if (isCountry(place)) { title.country = place!.id; title.countryStart = place!.start; }
    else if (demonym && DEMONYM_COUNTRIES[demonym]) {
      title.country = DEMONYM_COUNTRIES[demonym];
      title.countryStart = demonym.includes(' ') ? tokens[j - 1]!.start : before!.start;
    }
    titles.push(title);
  }
  return titles;
}

function extractEnglishRoles(text: string, entities: readonly EntityMention[]): RoleMention[] {
  const { tokens, claims } = analyseEnglish(text);
  const byStart = new Map(entities.map((e) => [e.start, e]));
  const byEnd = new Map(entities.map((e) => [e.end, e]));
  const roles: RoleMention[] = [];
  for (const title of englishTitles(tokens, claims, byEnd)) {
    const gap = text[title.end] === ' ' ? 1 : text.startsWith(', ', title.end) ? 2 : 0;
    const after = gap ? byStart.get(title.end + gap) : undefined;
    if (after?.type === 'person') { roles.push(roleMention(text, title, after, 'en.role.title-before-name', false)); continue; }
    // Apposition: "Ryosei Akazawa, Japan's trade minister".
    const leadEnd = title.countryStart ?? title.start;
    const lead = text.endsWith(', the ', leadEnd) ? 6 : text.endsWith(', ', leadEnd) ? 2 : 0;
    const before = lead ? byEnd.get(leadEnd - lead) : undefined;
    if (before?.type === 'person') roles.push(roleMention(text, title, before, 'en.role.apposition', true));
  }
  return roles;
}

const ZH_FORMER_BEFORE = /(?:此前|之前|曾经|曾|先前)*(?:担任过|担任|出任过|出任|任)$/;

function extractChineseRoles(text: string, entities: readonly EntityMention[]): RoleMention[] {
  const { chineseRoles } = phraseTables();
  const byStart = new Map(entities.map((e) => [e.start, e]));
  const byEnd = new Map(entities.map((e) => [e.end, e]));
  const covered = new Uint8Array(text.length);
  for (const e of entities) covered.fill(1, e.start, e.end);
  const roles: RoleMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue;
    const match = chineseRoles.longestMatch(text, i);
    if (!match) continue;
    const title: TitleSpan = { start: i, end: i + match.length, role: match.value, former: text[i - 1] === '前' };
    const countryAt = byEnd.get(title.former ? i - 1 : i);
    if (isCountry(countryAt)) { title.country = countryAt!.id; title.countryStart = countryAt!.start; }
    const after = byStart.get(title.end);
    if (after?.type === 'person') {
      roles.push(roleMention(text, title, after, 'zh.role.title-before-name', false));
    } else {
      const lead = text.slice(Math.max(0, (title.countryStart ?? i) - 12), title.countryStart ?? i).match(ZH_FORMER_BEFORE);
      const person = lead ? byEnd.get((title.countryStart ?? i) - lead[0].length) : undefined;
      if (person?.type === 'person') roles.push(roleMention(text, { ...title, former: /曾|此前|之前|先前/.test(lead![0]) }, person, 'zh.role.served-as', true));
    }
    i += match.length - 1;
  }
  return roles;
}

export function extractRoles(text: string, entities: EntityMention[], options: ExtractOptions): RoleMention[] {
  const roles = options.lang === 'zh' ? extractChineseRoles(text, entities) : extractEnglishRoles(text, entities);
  return roles.sort((a, b) => a.start - b.start);
}
