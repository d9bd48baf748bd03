// linkByFigures: where spelling cannot decide (北光工坊 is a translation of "Northlight
// Forge", not a transliteration), the figures can. Two articles in different languages
// that state the same amount (same currency, equal within rounding), for the same kind of
// thing, on the same day or in the same story, make their subjects candidates for one
// entity (CATL and 宁德时代 both putting $7.6bn into one plant on one day). A pair joins
// only when each is the other's one best candidate, neither already has a name in the
// other's script, and both are discovered (the gazetteer's entries are never re-linked).
// The link keeps the claims that made it; the Chinese entity's mentions and claims move to
// the joined entity before facts are built.

import type { CanonicalEntity, EntityNameLink, LinkEvidence } from '../../extractors/entities/types.ts';
import { hasHan } from '../../extractors/entities/name-forms.ts';
import type { CanonicalLayer } from './entities.ts';
import type { ArticleInput } from './types.ts';
import { addToGroup } from '../../extractors/group-by-key.ts';

/** The parts of a claim this rule reads and rewrites. */
export interface FigureClaim {
  id: string;
  articleId: string;
  subjectEntityId: string | null;
  subject: string;
  predicate: string;
  value: number;
  unit: string;
  dateValue: string | null;
  start: number;
  end: number;
  text: string;
  measure?: string;
  story?: string;
}

/** Two amounts this close (relative) are one amount written with different rounding. */
const SAME_AMOUNT = 0.006;
/** Articles published this many days apart may report one event. */
const SAME_DAYS = 2;
const EVIDENCE_CLAIMS = 4;

interface Agreement {
  han: string;
  latin: string;
  values: Set<string>;
  /** The claims of both sides kept as evidence: the EVIDENCE_CLAIMS of lowest id met so far, each once, by id (a popular pair meets thousands). */
  evidence: FigureClaim[];
}

/** Takes a claim into an agreement's evidence if it is among the EVIDENCE_CLAIMS of lowest id met (claims of one id are one claim). */
function keepEvidence(kept: FigureClaim[], claim: FigureClaim): void {
  if (kept.includes(claim) || (kept.length === EVIDENCE_CLAIMS && !(claim.id < kept[EVIDENCE_CLAIMS - 1]!.id))) return;
  let at = kept.length;
  while (at > 0 && claim.id < kept[at - 1]!.id) at--;
  kept.splice(at, 0, claim);
  if (kept.length > EVIDENCE_CLAIMS) kept.pop();
}

const dayOf = (value: string | null | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) / 86_400_000 : undefined);

const kindOf = (c: FigureClaim) => (c.measure && c.measure !== 'unknown' ? c.measure : c.predicate);

/** A Chinese-side claim as HanFigures compares it, with its two days worked out once. */
interface HanFigure {
  claim: FigureClaim;
  entity: CanonicalEntity;
  /** Whether its date is a day (a date shared with the other claim then says one time). */
  daily: boolean;
  /** The day its article was published, when known. */
  published: number | undefined;
  /** The last look-up that met it (HanFigures.scan), so a figure found by two of its times is compared once. */
  met: number;
}

/**
 * The Chinese-side figures of one amount bucket, subject type and kind, by each way sameFigure
 * accepts a time: their story (where it is not the article alone), their stated day, and the
 * day their article was published. A common amount's bucket holds thousands of figures, of
 * every day of the store; a Latin-side claim is compared only with those of its own times.
 */
export class TimedFigures {
  readonly byStory = new Map<string, HanFigure[]>();
  readonly byDate = new Map<string, HanFigure[]>();
  readonly byPublished = new Map<number, HanFigure[]>();

  add(h: HanFigure): void {
    const { story, articleId, dateValue } = h.claim;
    if (story !== undefined && story !== articleId) addToGroup(this.byStory, story, h);
    if (h.daily) addToGroup(this.byDate, dateValue!, h);
    if (h.published !== undefined) addToGroup(this.byPublished, h.published, h);
  }

  /**
   * Calls `visit` with each figure of the Latin-side claim's time not met yet in look-up
   * `lookup` (its story's, its day's, those published days around it), until `visit` says stop;
   * says whether it did. A plain loop, not a generator: it runs for every Latin-side claim near
   * a Chinese-side amount, millions in a large store.
   */
  scan(claim: FigureClaim, published: number | undefined, lookup: number, visit: (h: HanFigure) => boolean): boolean {
    const each = (figures: HanFigure[] | undefined) => {
      if (figures === undefined) return false;
      for (const h of figures) {
        if (h.met === lookup) continue;
        h.met = lookup;
        if (visit(h)) return true;
      }
      return false;
    };
    if (claim.story !== undefined && each(this.byStory.get(claim.story))) return true;
    if (claim.dateValue !== null && each(this.byDate.get(claim.dateValue))) return true;
    if (published === undefined) return false;
    for (let day = published - SAME_DAYS; day <= published + SAME_DAYS; day++) if (each(this.byPublished.get(day))) return true;
    return false;
  }
}

/**
 * Whether two claims of one kind state one amount (within rounding) at one time — one story
 * (the Chinese claim's own, not its article's), one day stated, or articles published days
 * apart at most: the figures this rule joins on.
 */
function sameFigure(h: HanFigure, b: FigureClaim, published: number | undefined): boolean {
  const a = h.claim;
  if (!(Math.abs(a.value - b.value) <= SAME_AMOUNT * Math.max(a.value, b.value))) return false;
  if (a.story !== undefined && a.story === b.story && a.story !== a.articleId) return true;
  if (h.daily && a.dateValue === b.dateValue) return true;
  return h.published !== undefined && published !== undefined && Math.abs(h.published - published) <= SAME_DAYS;
}

/** The script of a discovered entity (not a place) whose names are all in one, the only entities this rule joins. */
export function oneScriptSide(entity: CanonicalEntity): 'han' | 'latin' | undefined {
  if (entity.source !== 'discovered' || entity.type === 'place') return undefined;
  const names = [entity.name, ...entity.aliases];
  const han = names.filter(hasHan).length;
  return han === names.length ? 'han' : han === 0 ? 'latin' : undefined;
}

/** The discovered entity a claim is about, when it has names in one script only. */
function oneScriptSubject(c: FigureClaim, byId: ReadonlyMap<string, CanonicalEntity>): { entity: CanonicalEntity; han: boolean } | undefined {
  const entity = c.subjectEntityId ? byId.get(c.subjectEntityId) : undefined;
  const side = entity && oneScriptSide(entity);
  return side ? { entity: entity!, han: side === 'han' } : undefined;
}

/** An amount's step on a log scale as fine as the tolerance. A Latin-side amount looks in its own step and the two beside it (never all pairs). */
const amountStep = (value: number) => Math.round(Math.log(value) / Math.log(1 + SAME_AMOUNT));

/** The Chinese-side figures of one currency, subject type and kind, by amount step (HanFigures.figuresOf). */
export type KindFigures = ReadonlyMap<number, TimedFigures>;

/** Whether some figure of `figures` is near this amount: in its step or one beside it (the first of sameFigure's tests, asked of an amount alone). */
export function nearIn(figures: KindFigures, value: number): boolean {
  const step = amountStep(value);
  return figures.has(step) || figures.has(step - 1) || figures.has(step + 1);
}

/**
 * The Chinese-side claims (a one-script Chinese subject, in a Chinese article, a positive amount)
 * by currency, subject type and kind of figure (sameFigure's first tests: a common amount's
 * step holds many of other kinds), then amount step, asked which of them state the figure a
 * Latin-side claim states: the test linkByFigures joins on, and what lets the store keep of the
 * Latin side only the claims that can take part.
 */
export class HanFigures {
  /** By currency, subject type and kind (HanFigures.key), then amount step. */
  private readonly buckets = new Map<string, Map<number, TimedFigures>>();
  /** How many look-ups were made (HanFigure.met). */
  private lookups = 0;

  /** `articleOf` finds a claim's article (its language and the day it was published), as the caller holds them. */
  constructor(readonly byId: ReadonlyMap<string, CanonicalEntity>, claims: Iterable<FigureClaim>, private readonly articleOf: (articleId: string) => ArticleInput | undefined) {
    for (const claim of claims) this.add(claim);
  }

  /** The day an article was published, when known (the day a claim's time is compared by). */
  publishedDay(articleId: string): number | undefined {
    return dayOf(this.articleOf(articleId)?.published);
  }

  /** Takes a claim if it is a Chinese-side one (a one-script Chinese subject, in a Chinese article, a positive amount); says whether it did. */
  add(claim: FigureClaim): boolean {
    const subject = oneScriptSubject(claim, this.byId);
    if (!subject?.han || !(claim.value > 0) || !this.inChinese(claim.articleId)) return false;
    const figure = { claim, entity: subject.entity, daily: dayOf(claim.dateValue) !== undefined, published: this.publishedDay(claim.articleId), met: 0 };
    const key = HanFigures.key(claim.unit, subject.entity.type, kindOf(claim));
    let bySteps = this.buckets.get(key);
    if (!bySteps) this.buckets.set(key, (bySteps = new Map()));
    const step = amountStep(claim.value);
    let timed = bySteps.get(step);
    if (!timed) bySteps.set(step, (timed = new TimedFigures()));
    timed.add(figure);
    return true;
  }

  private static key(unit: string, type: string, kind: string): string {
    return `${unit}\u0000${type}\u0000${kind}`;
  }

  /** The figures of one currency, subject type and kind (a Latin-side claim's `kindOf`), by amount step; undefined where there are none. */
  figuresOf(unit: string, type: string, kind: string): KindFigures | undefined {
    return this.buckets.get(HanFigures.key(unit, type, kind));
  }

  /**
   * Calls `visit` with each Chinese-side claim of `figures` (those of the Latin-side claim's currency,
   * subject type and kind) stating the figure the claim states, each once, in no set order, until
   * `visit` says stop. `published`: the day of the claim's article.
   */
  private scan(claim: FigureClaim, visit: (h: HanFigure) => boolean, published: number | undefined, figures: KindFigures | undefined): void {
    if (figures === undefined) return;
    const lookup = ++this.lookups;
    const step = amountStep(claim.value);
    const agreeing = (h: HanFigure) => sameFigure(h, claim, published) && visit(h);
    for (let near = -1; near <= 1; near++) if (figures.get(step + near)?.scan(claim, published, lookup, agreeing)) return;
  }

  /** The Chinese-side claims stating the figure a Latin-side claim states, their subject of its subject's type; each once, in no set order. */
  agreeing(claim: FigureClaim, type: string): HanFigure[] {
    const found: HanFigure[] = [];
    this.scan(claim, (h) => { found.push(h); return false; }, this.publishedDay(claim.articleId), this.figuresOf(claim.unit, type, kindOf(claim)));
    return found;
  }

  /** Whether an article is in Chinese (the side its claims can be on). */
  inChinese(articleId: string): boolean {
    return this.articleOf(articleId)?.lang === 'zh';
  }

  /** Whether no claim was taken. */
  get empty(): boolean {
    return this.buckets.size === 0;
  }

  /**
   * Whether some Chinese-side claim states the figure a Latin-side claim states. A caller meeting
   * many claims gives the day of each one's article and its bucket (figuresOf), found once for many.
   */
  meets(claim: FigureClaim, type: string, published = this.publishedDay(claim.articleId), figures = this.figuresOf(claim.unit, type, kindOf(claim))): boolean {
    let met = false;
    this.scan(claim, () => (met = true), published, figures);
    return met;
  }
}

/**
 * Joins entities on agreeing figures; rewrites the layer and the claims in place. Returns the
 * links made. The claims of the Chinese side are all gathered (HanFigures) before the Latin
 * side is met.
 */
export function linkByFigures(layer: CanonicalLayer, claims: FigureClaim[], articles: readonly ArticleInput[]): EntityNameLink[] {
  const byId = new Map(layer.entities.map((e) => [e.id, e]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const { links, joined } = joinByFigures(layer, new HanFigures(byId, claims, (id) => articleById.get(id)), claims);
  for (const c of claims) {
    const to = c.subjectEntityId ? joined.get(c.subjectEntityId) : undefined;
    if (to) {
      c.subjectEntityId = to;
      c.subject = byId.get(to)!.name;
    }
  }
  return links;
}

/**
 * The joins of linkByFigures, the layer rewritten: the Latin-side claims of `latin` (others
 * are passed over) met against the Chinese-side ones of `han`, one at a time, so a store can
 * stream them. Returns the links made and each joined Chinese entity's Latin one.
 */
export function joinByFigures(layer: CanonicalLayer, han: HanFigures, latin: Iterable<FigureClaim>): { links: EntityNameLink[]; joined: Map<string, string> } {
  const byId = han.byId;
  const agreements = new Map<string, Agreement>();
  for (const b of latin) {
    const subject = oneScriptSubject(b, byId);
    if (!subject || subject.han || !(b.value > 0) || han.inChinese(b.articleId)) continue;
    for (const a of han.agreeing(b, subject.entity.type)) {
      const key = `${a.entity.id}\u0000${subject.entity.id}`;
      const agreement = agreements.get(key) ?? { han: a.entity.id, latin: subject.entity.id, values: new Set<string>(), evidence: [] };
      agreement.values.add(`${a.claim.unit}${Number(a.claim.value.toPrecision(3))}`);
      keepEvidence(agreement.evidence, a.claim);
      keepEvidence(agreement.evidence, b);
      agreements.set(key, agreement);
    }
  }
  const bySide = { han: new Map<string, Agreement[]>(), latin: new Map<string, Agreement[]>() };
  for (const g of agreements.values()) for (const side of ['han', 'latin'] as const) addToGroup(bySide[side], g[side], g);
  const best = (side: 'han' | 'latin', id: string) => {
    const ranked = [...bySide[side].get(id)!].sort((x, y) => y.values.size - x.values.size);
    return ranked.length === 1 || (ranked.length > 1 && ranked[0]!.values.size > ranked[1]!.values.size) ? ranked[0] : undefined;
  };
  const links: EntityNameLink[] = [];
  const joined = new Map<string, string>(); // Chinese entity id → Latin entity id
  for (const g of [...agreements.values()].sort((x, y) => (x.han < y.han ? -1 : x.han > y.han ? 1 : x.latin < y.latin ? -1 : 1))) {
    if (best('han', g.han) !== g || best('latin', g.latin) !== g || joined.has(g.han)) continue;
    joined.set(g.han, g.latin);
    const evidence: LinkEvidence[] = g.evidence.map((c) => ({ article: c.articleId, start: c.start, end: c.end, text: c.text, claim: c.id }));
    const han = byId.get(g.han)!;
    const latin = byId.get(g.latin)!;
    const made = [han.name, ...han.aliases].map((alias) => ({ alias, rule: 'figures.same-amount', score: g.values.size, via: latin.name, evidence }));
    links.push(...made);
    mergeInto(layer, han, latin, made);
  }
  return { links, joined };
}

/** Moves every name and mention of `from` to `to`, and drops `from` from the layer. */
function mergeInto(layer: CanonicalLayer, from: CanonicalEntity, to: CanonicalEntity, links: EntityNameLink[]): void {
  const names = [from.name, ...from.aliases];
  to.aliases = [...new Set([...to.aliases, ...names])].filter((n) => n !== to.name).sort();
  to.nameZh ??= names.find(hasHan);
  to.links = [...(to.links ?? []), ...links].sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  layer.entities.splice(layer.entities.indexOf(from), 1);
  for (const [old, now] of layer.renamed) if (now === from.id) layer.renamed.set(old, to.id);
  layer.renamed.set(from.id, to.id);
  for (const alias of layer.aliases) if (alias.entityId === from.id) alias.entityId = to.id;
  for (const name of names) if (!layer.aliases.some((a) => a.entityId === to.id && a.alias === name)) layer.aliases.push({ entityId: to.id, alias: name, origin: 'text' });
  layer.aliases.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
}
