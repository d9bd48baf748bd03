// recogniseEnglish: English entity mentions in four passes — phrase lookup (gazetteer
// names, role titles), capitalised runs, rule typing, then article-level refinement
// (a name typed once types its repeats and surname; list neighbours share a type;
// compromise only for multi-word runs the rules could not type).

import type { EntityMention, EntityType } from '../../types.ts';
import { gazetteerEntry } from '../gazetteer/index.ts';
import { isDemonymOfKnownPlace, linkEntity } from '../link.ts';
import { classifyRun, type RunVerdict } from './classify-run.ts';
import { namesInCaps } from './caps-names.ts';
import { headlineFlags, isSentenceInitial } from './context.ts';
import { lineKinds } from './line-kinds.ts';
import { personByLayout } from './layout-people.ts';
import { isSportsReport } from './sports.ts';
import { classifyLower, classifyWord, isCountryWord } from './lexicon.ts';
import { DEMONYM_COUNTRIES } from '../roles/demonyms.ts';
import { isGivenName } from '../data/en-given-names.ts';
import { NON_ENTITY_WORDS, ORG_SUFFIXES, PERSON_TITLES, ROMANISED_SURNAMES } from './rules.ts';
import { analyseEnglish, findRuns, type Run } from './runs.ts';
import type { EnglishToken } from './tokens.ts';

interface Candidate extends Run {
  verdict?: RunVerdict;
  headline: boolean;
  sentenceInitial: boolean;
}

/** "place:jp": a country of the gazetteer (ISO code ids), which stays a place on a results line. */
const isCountryId = (id: string | undefined) => !!id && /^place:[a-z]{2}$/.test(id);

/**
 * On a sports results line a name stands for a team: a person stays a person and a country
 * (a national side) a place; anything else — a city, a county, an unknown word — is the club.
 */
function resultsLineVerdict(verdict: RunVerdict | undefined, countryId: string | undefined): RunVerdict {
  if (verdict?.type === 'person' && verdict.rule !== 'en.person.two-unknown-words') return verdict;
  if (isCountryId(countryId)) return { type: 'place', rule: 'en.place.results-line-country' };
  return { type: 'org', rule: 'en.org.results-line' };
}

const looksCommonAtSentenceStart = (word: string) =>
  classifyWord(word) === 'common' || /^[A-Z][a-z]+(?:ly|ing|ed)$/.test(word) || NON_ENTITY_WORDS.has(word);

/** "Wang Chuanfu said", "Mark Cairns won": a surname or given name opening a longer run is kept at a sentence start. */
const opensName = (token: EnglishToken, runLength: number) =>
  runLength >= 2 && (ROMANISED_SURNAMES.has(token.text) || isGivenName(token.lower) || classifyLower(token.lower) === 'last-name');

/** Words that open sentences and never organisation names, even before a word like "Group". */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'But', 'And', 'Or', 'So', 'Yet', 'When', 'While', 'After', 'Before', 'Under', 'Since', 'If', 'As', 'At', 'In', 'On', 'For', 'By', 'With', 'From', 'Of', 'To']);

/** "General Motors", "United Airlines" at a sentence start: an ordinary first word of an organisation name is kept. */
const opensOrganisation = (tokens: readonly EnglishToken[], from: number, to: number) =>
  to - from >= 2 && ORG_SUFFIXES.has(tokens[to - 1]!.text) && !SENTENCE_OPENERS.has(tokens[from]!.text) && !/ly$/.test(tokens[from]!.text);

/** Drops leading words that are capitalised only because they open a sentence, and non-entity words. */
function trimRun(tokens: readonly EnglishToken[], run: Run): Run | undefined {
  let { from, to } = run;
  while (from < to && (NON_ENTITY_WORDS.has(tokens[from]!.text) ||
    (from === run.from && isSentenceInitial(tokens, from) && looksCommonAtSentenceStart(tokens[from]!.text) && !opensName(tokens[from]!, to - from) &&
      !opensOrganisation(tokens, from, to)))) from++;
  while (to > from && (NON_ENTITY_WORDS.has(tokens[to - 1]!.text) || tokens[to - 1]!.kind === 'punct')) to--;
  return from < to ? { from, to } : undefined;
}

/** Index of the token that starts at `start` (binary search over the sorted tokens). */
function tokenAt(tokens: readonly EnglishToken[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const spanText = (text: string, tokens: readonly EnglishToken[], c: Run) => text.slice(tokens[c.from]!.start, tokens[c.to - 1]!.end);

function mention(text: string, tokens: readonly EnglishToken[], c: Run, type: EntityType, rule: string, id?: string): EntityMention {
  const start = tokens[c.from]!.start;
  const end = tokens[c.to - 1]!.end;
  const surface = text.slice(start, end);
  const link = id ? { entry: gazetteerEntry(id)! } : type === 'other' ? undefined : linkEntity(surface, type);
  const entry = link?.entry;
  return { start, end, text: surface, type: entry?.type ?? type, rule, ...(entry ? { id: entry.id, name: entry.name } : {}) };
}

/** Neighbours in a list ("Asahi Diamond and Noritake", "MOL, Nippon Steel, JFE Steel and Modec"). */
function listNeighbourTypes(tokens: readonly EnglishToken[], c: Run, typeAt: Map<number, EntityType>): EntityType[] {
  const types: EntityType[] = [];
  const before = tokens[c.from - 1];
  if (before && (before.text === ',' || before.text === 'and' || before.text === 'or')) {
    const t = typeAt.get(c.from - 2);
    if (t) types.push(t);
  }
  const after = tokens[c.to];
  if (after && (after.text === ',' || after.text === 'and' || after.text === 'or')) {
    const t = typeAt.get(c.to + 1);
    if (t) types.push(t);
  }
  return types;
}

export function recogniseEnglish(text: string): EntityMention[] {
  const { tokens, claims } = analyseEnglish(text);
  const headline = headlineFlags(tokens);
  const lines = lineKinds(tokens);
  const sportsReport = isSportsReport(tokens);
  const claimed = new Uint8Array(tokens.length);
  const titleEndsAt = new Set<number>();
  for (const claim of claims) {
    claimed.fill(1, claim.from, claim.to);
    if (claim.kind === 'role') titleEndsAt.add(claim.to);
  }
  const mentions: EntityMention[] = [];
  /** Known organisations by the token after their last, so a longer name that starts with one can absorb it. */
  const knownOrgEndingAt = new Map<number, { from: number; mention: EntityMention }>();
  const absorbed = new Set<EntityMention>();
  const typeAt = new Map<number, EntityType>(); // token index (first or last of a mention) → type
  const noteType = (c: Run, type: EntityType) => { typeAt.set(c.from, type); typeAt.set(c.to - 1, type); };
  for (const claim of claims) {
    if (claim.kind !== 'known') continue;
    let m = mention(text, tokens, claim, 'other', 'en.gazetteer', claim.id);
    if (lines.results[claim.from] && m.type === 'place' && !isCountryId(m.id)) {
      m = { start: m.start, end: m.end, text: m.text, type: 'org', rule: 'en.org.results-line' };
    }
    mentions.push(m);
    noteType(claim, m.type);
    if (m.type === 'org') knownOrgEndingAt.set(claim.to, { from: claim.from, mention: m });
  }

  const candidates: Candidate[] = [];
  const capsRuns: Run[] = [];
  for (const raw of findRuns(tokens, claimed)) {
    const datelineEnd = lines.datelines.get(raw.from);
    if (datelineEnd !== undefined && datelineEnd <= raw.to) {
      candidates.push({ from: raw.from, to: datelineEnd, headline: false, sentenceInitial: true, verdict: { type: 'place', rule: 'en.place.dateline' } });
      if (datelineEnd < raw.to && lines.caps[raw.from]) capsRuns.push({ from: datelineEnd, to: raw.to });
      continue;
    }
    if (lines.caps[raw.from] && !lines.results[raw.from]) { capsRuns.push(raw); continue; }
    const run = trimRun(tokens, raw);
    if (!run) continue;
    const lastWord = tokens[run.to - 1]!.text;
    if (classifyLower(tokens[run.to - 1]!.lower) === 'demonym' || DEMONYM_COUNTRIES[spanText(text, tokens, run)] || isDemonymOfKnownPlace(lastWord)) continue;
    // "Senator Ellen Vasquez": a capitalised title opening the run stays outside the person.
    // The title counts only before a given name or surname: "General Motors" and "Cardinal Health" are names of their own.
    const titled = run.to - run.from >= 2 && PERSON_TITLES.has(tokens[run.from]!.text) && opensName(tokens[run.from + 1]!, 2) &&
      !ORG_SUFFIXES.has(tokens[run.to - 1]!.text);
    if (titled) run.from++;
    const afterTitle = titled || titleEndsAt.has(run.from) || (titleEndsAt.has(run.from - 1) && tokens[run.from - 1]?.text === ',');
    // On a Title-Case headline capitals prove nothing: only a name the body confirms counts.
    const onResultsLine = lines.results[run.from] === 1;
    const onHeadline = headline[run.from]! && !onResultsLine;
    let verdict = onHeadline ? undefined : classifyRun(tokens, run.from, run.to, afterTitle);
    if (onResultsLine) verdict = resultsLineVerdict(verdict, linkEntity(spanText(text, tokens, run), 'place')?.entry.id);
    // "Sony Interactive Entertainment": a known organisation's name opening a longer organisation name is part of it.
    const known = knownOrgEndingAt.get(run.from);
    if (known && verdict?.type === 'org' && tokens[run.from]!.gap === 'space') {
      absorbed.add(known.mention);
      candidates.push({ from: known.from, to: run.to, headline: false, sentenceInitial: false, verdict: { type: 'org', rule: 'en.org.known-name-prefix' } });
      continue;
    }
    candidates.push({ ...run, headline: onHeadline, sentenceInitial: isSentenceInitial(tokens, run.from), verdict });
  }

  // A name typed with confidence anywhere in the article types its other mentions.
  const knownTypes = new Map<string, RunVerdict>();
  for (const m of mentions) knownTypes.set(m.text, { type: m.type, rule: 'en.article.same-name' });
  for (const c of candidates) {
    if (!c.verdict || c.headline) continue;
    const surface = spanText(text, tokens, c);
    if (!knownTypes.has(surface)) knownTypes.set(surface, { type: c.verdict.type, rule: 'en.article.same-name' });
    const words = surface.split(' ');
    if (c.verdict.type === 'person' && words.length >= 2) knownTypes.set(words[words.length - 1]!, { type: 'person', rule: 'en.article.surname' });
    // "Hokuriku Cable Works" … "Hokuriku": an organisation's first word stands for it later in the article.
    if (c.verdict.type === 'org' && words.length >= 2 && !knownTypes.has(words[0]!) && classifyWord(words[0]!) === undefined && /^[A-Z][a-z]+$/.test(words[0]!)) {
      knownTypes.set(words[0]!, { type: 'org', rule: 'en.article.org-short-form' });
    }
  }
  for (const c of candidates) {
    if (c.verdict) noteType(c, c.verdict.type);
  }
  for (const c of candidates) {
    if (c.verdict) continue;
    const surface = spanText(text, tokens, c);
    const known = knownTypes.get(surface);
    if (known) { c.verdict = known; continue; }
    if (c.headline) continue;
    const linked = linkEntity(surface);
    if (linked) { c.verdict = { type: linked.entry.type, rule: `en.link.${linked.how}` }; continue; }
    const byLayout = personByLayout(text, tokens, c, lines, sportsReport);
    if (byLayout) { c.verdict = byLayout; continue; }
    const multiWord = c.to - c.from >= 2;
    const neighbours = listNeighbourTypes(tokens, c, typeAt);
    if (neighbours.length > 0) { c.verdict = { type: neighbours[0]!, rule: 'en.list-neighbour' }; noteType(c, neighbours[0]!); continue; }
    if (multiWord) {
      c.verdict = { type: 'org', rule: 'en.run.default-org' };
    } else if (!c.sentenceInitial && classifyWord(surface) !== 'demonym') {
      c.verdict = { type: 'other', rule: 'en.proper.unknown' };
    }
  }
  for (const c of candidates) {
    if (c.verdict) mentions.push(mention(text, tokens, c, c.verdict.type, c.verdict.rule));
  }
  // Lines in capitals last: the names typed in mixed case vouch for their capitalised forms.
  if (capsRuns.length > 0) {
    const articleTypes = new Map<string, EntityType>();
    for (const m of mentions) if (m.type !== 'other' && !lines.caps[tokenAt(tokens, m.start)]) articleTypes.set(m.text.toLowerCase(), m.type);
    for (const run of capsRuns) {
      for (const found of namesInCaps(tokens, run.from, run.to, articleTypes)) mentions.push(mention(text, tokens, found, found.type, found.rule));
    }
  }
  if (absorbed.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((m) => !absorbed.has(m)));
  mentions.sort((a, b) => a.start - b.start);
  if (sportsReport) clubsOfSportsReport(tokens, mentions);
  return mentions;
}

/** Rules whose places stay places in a sports report: datelines and national sides. */
const PLACES_NOT_CLUBS = new Set(['en.place.dateline', 'en.place.results-line-country', 'en.place.suffix']);
/** Words before a name that make it the place where something happens ("in Salzburg", "at Leicester"). */
const VENUE_WORDS = new Set(['in', 'at', 'near', 'between', 'outside', 'visit', 'visited', 'capital', 'city', 'of']);

/** In a sports report, a city, county or state standing alone is its club: typed org in place. */
function clubsOfSportsReport(tokens: readonly EnglishToken[], mentions: EntityMention[]): void {
  for (const [n, m] of mentions.entries()) {
    if (m.type !== 'place' || PLACES_NOT_CLUBS.has(m.rule) || isCountryId(m.id) || isCountryWord(m.text.toLowerCase())) continue;
    const at = tokenAt(tokens, m.start);
    const before = tokens[at - 1];
    if (before && VENUE_WORDS.has(before.lower)) continue;
    // "Karlsruhe of Germany", "Salzburg , Austria": a place placed in its country is a town.
    const after = tokens[tokenAt(tokens, m.end)];
    if (after && after.start >= m.end && after.text === ',' && mentions[n + 1]?.id && isCountryId(mentions[n + 1]!.id)) continue;
    mentions[n] = { start: m.start, end: m.end, text: m.text, type: 'org', rule: 'en.org.sports-club' };
  }
}
