// findNameVariants: the same role of the same country, at the same time, held by two
// different names in different articles ("U.S. Commerce Secretary Rutherford" in one,
// 美国商务部长Howard Lutnick in another) is one office and one person misnamed. The name
// the gazetteer knows and more articles use is canonical; the other is flagged with its
// articles — never merged into the canonical person, never ignored. findStoryNameVariants
// catches the same without a gazetteer entry: a close name in the same role and story.

import { nameCloseness } from '../../extractors/entities/crossscript/name-closeness.ts';
import { soundSpelling } from '../../extractors/entities/crossscript/translit.ts';
import { hasHan } from '../../extractors/entities/name-forms.ts';
import type { CanonicalEntity } from '../../extractors/entities/types.ts';
import { conflictId } from './derived-ids.ts';
import { nameWithoutTitle, roleSignature, sameRole, type RoleSignature } from './role-cues.ts';
import { sentenceAround } from './sentences.ts';
import { grown } from './grown.ts';
import { lastBefore } from './spans.ts';
import type { ArticleInput, Conflict, ConflictVariant, MentionInput, RoleInput } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

/** What findNameVariants reads of a role. */
export type OfficeRole = Pick<RoleInput, 'articleId' | 'start' | 'end' | 'personText' | 'role' | 'roleName' | 'country' | 'dateValue'>;

export interface NameContext<R extends OfficeRole = RoleInput> {
  weightOf: (articleId: string) => number;
  labelOf: (articleId: string) => string;
  /** Canonical entity id of a role's person (gazetteer or discovered), and whether the gazetteer knows it. */
  personOf: (role: R) => { id: string; name: string; known: boolean };
  nameOf: (entityId: string) => string;
}

/** Roles more than this many days apart may be different office holders. */
const SAME_TIME_DAYS = 366;
const GAZETTEER_BONUS = 1;

const dayOf = (value: string | null) => (value && /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? Date.parse(value.length === 7 ? `${value}-01` : value) / 86_400_000 : undefined);

function sameTime(a: OfficeRole[], b: OfficeRole[]): boolean {
  const days = (rs: OfficeRole[]) => rs.map((r) => dayOf(r.dateValue)).filter((d): d is number => d !== undefined);
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
  roles: OfficeRole[];
  articles: string[];
  articleSet: Set<string>;
  score: number;
}

export function findNameVariants<R extends OfficeRole>(roles: R[], ctx: NameContext<R>): Conflict[] {
  const offices = new Map<string, R[]>();
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
    // One office's canonical holder is one variant, shared by every conflict of the office.
    let canonicalVariant: ConflictVariant | undefined;
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
        canonical: canonical.name, canonicalNumber: null, canonicalText: canonical.name, unit: null,
        variants: [(canonicalVariant ??= holderVariant(canonical)), holderVariant(variant)],
        resolution: `${canonical.name} kept; "${variant.name}" flagged as a name variant in ${variant.articles.map(ctx.labelOf).join(', ')}`,
        rule: 'name.variant.same-role',
        explanation: `${variant.articles.map(ctx.labelOf).join(', ')} names the ${ctx.nameOf(country)} ${title} "${variantRole.personText}", but ${canonical.articles.map(ctx.labelOf).join(', ')} and the gazetteer give ${canonical.name} for the same office at the same time.`,
      });
    }
  }
  return [...conflicts.values()];
}

/** An office holder as one side of a name-variant conflict: the name, as written, where. */
function holderVariant(h: Holder): ConflictVariant {
  return {
    value: h.name, stated: [...new Set(h.roles.map((r) => r.personText))].join(' / '), articles: h.articles, entityId: h.id,
    spans: h.roles.map((r) => ({ article: r.articleId, start: r.start, end: r.end })),
  };
}

export interface StoryNameInput {
  articles: ArticleInput[];
  /** Every entity mention with its canonical entity id. */
  mentions: Iterable<{ mention: MentionInput; entityId: string | undefined }>;
  entities: readonly CanonicalEntity[];
}

/**
 * What the story-name check reads of a person's mention (held for every person mention of the
 * store while it runs): where it is, and the roles named around it (mentionRoles), read once
 * when its article is met and kept with the article's names.
 */
export type BearerMention = Pick<MentionInput, 'id' | 'articleId' | 'start' | 'end' | 'text'> & { roles: RoleSignature };

/**
 * What the last reconciliation's story-name check settled, for a run over a store: a pair of
 * people neither of whom changed since (`changed`: entity ids whose mentions, articles, names or
 * Chinese names may differ) was flagged then exactly when it is flagged now, so only pairs
 * flagged then (`flagged`: the name conflicts written, by id) are compared again.
 */
export interface SettledPairs {
  changed: ReadonlySet<string>;
  flagged: ReadonlySet<string>;
  /** The canonical entities of the conflicts flagged (a pair whose canonical is none of them was not flagged). */
  flaggedCanonical: ReadonlySet<string>;
}

/** An entity's names in Chinese characters, which a person's close name is also compared with. */
export const chineseForms = (e: CanonicalEntity): string[] => [e.nameZh, ...e.aliases].filter((n): n is string => !!n && hasHan(n));

interface Bearer {
  entity: CanonicalEntity;
  articles: Set<string>;
  mentions: BearerMentions;
}

/**
 * A person's mentions, column by column: the story-name check holds every person mention of
 * the store while it runs, and an object each cost twice what its numbers and two strings do.
 */
export class BearerMentions {
  private readonly articleIds: string[] = [];
  private readonly texts: string[] = [];
  private ids = new Float64Array(4);
  /** Start, end and role signature of each mention. */
  private spans = new Int32Array(12);

  get length(): number {
    return this.articleIds.length;
  }

  push(m: BearerMention): void {
    const i = this.articleIds.length;
    if (i === this.ids.length) this.ids = grown(this.ids);
    if (i * 3 + 3 > this.spans.length) this.spans = grown(this.spans);
    this.articleIds.push(m.articleId);
    this.texts.push(m.text);
    this.ids[i] = m.id;
    this.spans[i * 3] = m.start;
    this.spans[i * 3 + 1] = m.end;
    this.spans[i * 3 + 2] = m.roles;
  }

  at(i: number): BearerMention {
    return { id: this.ids[i]!, articleId: this.articleIds[i]!, start: this.spans[i * 3]!, end: this.spans[i * 3 + 1]!, text: this.texts[i]!, roles: this.spans[i * 3 + 2]! };
  }

  /** The role signatures of the mentions in these articles. */
  rolesIn(articles: ReadonlySet<string>): RoleSignature[] {
    const roles: RoleSignature[] = [];
    this.articleIds.forEach((a, i) => { if (articles.has(a)) roles.push(this.spans[i * 3 + 2]!); });
    return roles;
  }

  /** The mentions of the articles `keep` holds, in their order. */
  filter(keep: (articleId: string) => boolean): BearerMentions {
    const kept = new BearerMentions();
    this.articleIds.forEach((a, i) => { if (keep(a)) kept.push(this.at(i)); });
    return kept;
  }

  *[Symbol.iterator](): Generator<BearerMention> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** The roles named around a mention in its article's text, and in a title the recogniser glued to its front. */
export function mentionRoles(m: Pick<MentionInput, 'start' | 'end' | 'text'>, text: string): RoleSignature {
  const sentence = sentenceAround(text, m.start, m.end);
  const title = m.text.slice(0, m.text.length - nameWithoutTitle(m.text).length);
  return roleSignature(text, m.start, m.end, sentence.start, sentence.end) | roleSignature(title, title.length, title.length, 0, title.length);
}

/** Articles this many days apart or more tell different stories. */
const STORY_DAYS = 30;
/** Other entities two articles must share to be one story. */
const SHARED_ENTITIES = 2;
const VARIANT_CLOSENESS = 0.75;
const VARIANT_WEAKEST = 0.55;

/**
 * findStoryNameVariants: a person named once, in a story where another person with a
 * close name (by spelling, or by the transliteration of their Chinese name) holds the same
 * role — "Luo Yunfang" beside finance chief Luo Yunfeng / 罗云峰 — is that person misnamed.
 * Needs no gazetteer: the canonical name is the one more articles give. Two people who
 * appear in one article, or whose roles differ (relatives sharing a generation name), are
 * never flagged.
 */
export function findStoryNameVariants(input: StoryNameInput, ctx: Pick<NameContext, 'labelOf'>): Conflict[] {
  const bearers = new StoryNameBearers(input.entities);
  const textOf = new Map(input.articles.map((a) => [a.id, a.text]));
  for (const { mention, entityId } of input.mentions) bearers.add(mention, entityId, textOf.get(mention.articleId) ?? '');
  return bearers.conflicts(input.articles, ctx);
}

/** Whether a mention of an entity of this type names a person: a person, or an "organisation" whose name starts with a person's title ("Founder Mikael …"). */
export function bearsName(text: string, type: string): boolean {
  if (type === 'person') return true;
  const bare = nameWithoutTitle(text);
  return bare !== text.trim() && type === 'org' && /\s/.test(bare);
}

/** The people of a store and the other entities of each article, met mention by mention (findStoryNameVariants' input, kept small). */
export class StoryNameBearers {
  private readonly entityById: Map<string, CanonicalEntity>;
  private readonly othersOf = new Map<string, string[]>(); // article → non-person entity ids, sorted, each once (a set each weighed three times as much)
  private readonly bearers = new Map<string, Bearer>();

  constructor(entities: readonly CanonicalEntity[]) {
    this.entityById = new Map(entities.map((e) => [e.id, e]));
  }

  /** A mention with its entity, in its article's text. */
  add(m: MentionInput, id: string | undefined, text: string): void {
    const entity = id ? this.entityById.get(id) : undefined;
    if (!entity) return;
    if (bearsName(m.text, entity.type)) this.bearer({ id: m.id, articleId: m.articleId, start: m.start, end: m.end, text: m.text, roles: mentionRoles(m, text) }, entity.id);
    else this.other(m.articleId, entity.id);
  }

  /** A mention of a person (bearsName), with its entity. */
  bearer(m: BearerMention, id: string): void {
    const entity = this.entityById.get(id);
    if (!entity) return;
    const b = this.bearers.get(entity.id) ?? { entity, articles: new Set<string>(), mentions: new BearerMentions() };
    b.articles.add(m.articleId);
    b.mentions.push(m);
    this.bearers.set(entity.id, b);
  }

  /** Another entity an article names. */
  other(articleId: string, id: string): void {
    if (!this.entityById.has(id)) return;
    const ids = this.othersOf.get(articleId);
    if (!ids) { this.othersOf.set(articleId, [id]); return; }
    const at = lastBefore(ids, id) + 1;
    if (ids[at] !== id) ids.splice(at, 0, id);
  }

  /** Close names in one role and story, over the articles given (mentions of other articles are left out); pairs `settled` before are not compared again. */
  conflicts(articles: readonly ArticleInput[], ctx: Pick<NameContext, 'labelOf'>, settled?: SettledPairs): Conflict[] {
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const othersOf = this.othersOf;
    const bearers = new Map<string, Bearer>();
    for (const [id, b] of this.bearers) {
      // A person all of whose articles are given is taken as met, not copied (the usual case: a run gives every article).
      if ([...b.articles].every((a) => articleById.has(a))) { bearers.set(id, b); continue; }
      const mentions = b.mentions.filter((a) => articleById.has(a));
      if (mentions.length > 0) bearers.set(id, { entity: b.entity, articles: new Set([...mentions].map((m) => m.articleId)), mentions });
    }
    const published = new Map<string, number | undefined>();
    const dayOfArticle = (id: string) => (published.has(id) ? published.get(id) : published.set(id, dayOf(articleById.get(id)!.published)).get(id));
    const sameStory = (a: string, b: string) => {
      const [x, y] = [dayOfArticle(a), dayOfArticle(b)];
      if (x !== undefined && y !== undefined && !(Math.abs(x - y) < STORY_DAYS)) return false;
      return sharesAtLeast(othersOf.get(a), othersOf.get(b), SHARED_ENTITIES);
    };
    const conflicts: Conflict[] = [];
    // A person named the canonical one in many pairs is one variant, shared by all of them (its spans can run to thousands).
    const variants = new Map<Bearer, ConflictVariant>();
    const variantOf = (b: Bearer) => variants.get(b) ?? variants.set(b, conflictVariant(b)).get(b)!;
    const again = comparedAgain(settled);
    for (const group of surnameBuckets(bearers.values())) {
      if (!group.some(again.inPlay)) continue;
      // What a pair compares of each person, worked out once per person rather than once per pair.
      const people = group.map((b) => ({ bearer: b, ...namesCompared(b.entity), articles: [...b.articles] }));
      for (const canonical of people) {
        for (const variant of people) {
          if (variant === canonical || !again.pair(canonical.bearer, variant.bearer)) continue;
          if (shareAny(variant.bearer.articles, canonical.bearer.articles)) continue;
          // The names first (one comparison), then the stories (every article of one against every article of the other).
          const close = closeNames(variant, canonical);
          if (!close) continue;
          // Only the variant's articles in the canonical person's story count, and there the canonical name must be the more common.
          const inStory = variant.articles.filter((a) => canonical.articles.some((c) => sameStory(a, c)));
          const canonicalInStory = canonical.articles.filter((c) => inStory.some((a) => sameStory(a, c)));
          if (inStory.length === 0 || canonicalInStory.length <= inStory.length) continue;
          // Role cues are compared last, only for the pairs that got this far.
          const roles = (b: Bearer, articles: string[]) => b.mentions.rolesIn(new Set(articles));
          const canonicalRoles = roles(canonical.bearer, canonicalInStory);
          if (!roles(variant.bearer, inStory).some((s) => canonicalRoles.some((t) => sameRole(s, t)))) continue;
          conflicts.push(storyVariantConflict(variantOf(canonical.bearer), variant.bearer, inStory, close.by, ctx));
        }
      }
    }
    return conflicts;
  }
}

/**
 * The people conflicts() would compare with another, from their names alone: those of a pair it
 * compares (all pairs, or those `settled` leaves open) whose names are close. A store's run gathers the mentions of these
 * people only, not of every person of the store; the pairs their mentions then decide are the
 * same, as every other pair fails on names or is settled.
 */
export function peopleToCompare(entities: Iterable<CanonicalEntity>, settled: SettledPairs | undefined): Set<string> {
  const again = comparedAgain(settled);
  const wanted = new Set<string>();
  for (const group of surnameBuckets([...entities].map((entity) => ({ entity })))) {
    if (!group.some(again.inPlay)) continue;
    const people = group.map((b) => ({ bearer: b, ...namesCompared(b.entity) }));
    for (const canonical of people) {
      for (const variant of people) {
        if (variant === canonical || !again.pair(canonical.bearer, variant.bearer) || !closeNames(variant, canonical)) continue;
        wanted.add(canonical.bearer.entity.id).add(variant.bearer.entity.id);
      }
    }
  }
  return wanted;
}

/** Which people and pairs a check compares (all, or those `settled` leaves open): a pair of two unchanged people is flagged now exactly when it was then. */
function comparedAgain(settled: SettledPairs | undefined) {
  const changed = (b: { entity: CanonicalEntity }) => !settled || settled.changed.has(b.entity.id);
  const flaggedCanonical = (b: { entity: CanonicalEntity }) => settled?.flaggedCanonical.has(b.entity.id) === true;
  return {
    /** A bucket of people none of whom changed, none flagged before, holds no pair to compare again. */
    inPlay: (b: { entity: CanonicalEntity }) => changed(b) || flaggedCanonical(b),
    pair: (canonical: { entity: CanonicalEntity }, variant: { entity: CanonicalEntity }) => changed(canonical) || changed(variant)
      || (flaggedCanonical(canonical) && settled!.flagged.has(conflictId('name_variant', canonical.entity.id, variant.entity.id))),
  };
}

/** Candidates by the first two sounds of the last name word: never all pairs. In the order the people come. */
function surnameBuckets<B extends { entity: CanonicalEntity }>(people: Iterable<B>): B[][] {
  const buckets = new Map<string, B[]>();
  for (const b of people) {
    const key = surnameKey(nameWithoutTitle(b.entity.name));
    if (key) addToGroup(buckets, key, b);
  }
  return [...buckets.values()];
}

/** What a pair compares of a person's names. */
const namesCompared = (entity: CanonicalEntity) => ({ name: nameWithoutTitle(entity.name), chinese: chineseForms(entity) });

/** How a variant's name is close to a canonical one (by spelling, or the sound of its Chinese names), when close enough to be a misnaming. */
function closeNames(variant: { name: string }, canonical: { name: string; chinese: string[] }) {
  const close = nameCloseness(variant.name, canonical.name, canonical.chinese);
  return close && close.score >= VARIANT_CLOSENESS && close.weakest >= VARIANT_WEAKEST ? close : undefined;
}

/** Whether two sorted lists of distinct ids share at least `n` ids. */
function sharesAtLeast(a: readonly string[] | undefined, b: readonly string[] | undefined, n: number): boolean {
  if (!a || !b) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      if (++shared >= n) return true;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

/** Whether two sets of articles share one (the smaller is walked). */
function shareAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function surnameKey(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && !hasHan(name) ? soundSpelling(words[words.length - 1]!).slice(0, 2) || undefined : undefined;
}

/** A person as one side of a name-variant conflict: the name, as written, where. */
function conflictVariant(b: Bearer): ConflictVariant {
  return {
    value: b.entity.name, stated: [...new Set([...b.mentions].map((m) => m.text))].join(' / '), articles: [...b.articles].sort(), entityId: b.entity.id,
    spans: [...b.mentions].map((m) => ({ article: m.articleId, start: m.start, end: m.end, mention: m.id })),
  };
}

function storyVariantConflict(canonical: ConflictVariant, whole: Bearer, inStory: string[], by: string, ctx: Pick<NameContext, 'labelOf'>): Conflict {
  const variantArticles = [...inStory].sort();
  const variant: Bearer = { ...whole, articles: new Set(variantArticles), mentions: whole.mentions.filter((a) => inStory.includes(a)) };
  const id = conflictId('name_variant', canonical.entityId!, variant.entity.id);
  const label = variantArticles.map(ctx.labelOf).join(', ');
  const name = canonical.value as string;
  return {
    id, kind: 'name_variant', factId: null, entityId: canonical.entityId!,
    canonical: name, canonicalNumber: null, canonicalText: name, unit: null,
    variants: [canonical, conflictVariant(variant)],
    resolution: `${name} kept; "${variant.entity.name}" flagged as a name variant in ${label}`,
    rule: `name.variant.same-role-story.${by}`,
    explanation: `${label} names "${variant.entity.name}" in the role that ${canonical.articles.length} other articles of the same story give to ${name}; the names are close by ${by}, so one is probably a misspelling or a machine translation of the other.`,
  };
}
