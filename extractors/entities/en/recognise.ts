// recogniseEnglish: English entity mentions in four passes — phrase lookup (gazetteer
// names, role titles), capitalised runs, rule typing, then article-level refinement
// (a name typed once types its repeats and surname; list neighbours share a type;
// compromise only for multi-word runs the rules could not type).

import type { EntityMention, EntityType } from '../../types.ts';
import { gazetteerEntry, gazetteerIndex } from '../gazetteer/index.ts';
import { isDemonymOfKnownPlace, linkEntity } from '../link.ts';
import { classifyRun, type RunVerdict } from './classify-run.ts';
import { namesInCaps } from './caps-names.ts';
import { headlineFlags, isSentenceInitial } from './context.ts';
import { lineKinds } from './line-kinds.ts';
import { personByLayout } from './layout-people.ts';
import { clubsOfSportsReport, isCountryId, isSportsReport } from './sports.ts';
import { classifyLower, classifyWord } from './lexicon.ts';
import { DEMONYM_COUNTRIES } from '../roles/demonyms.ts';
import { isGivenName } from '../data/en-given-names.ts';
import { cityNamed } from '../data/en-places.ts';
import { normaliseName } from '../name-forms.ts';
import { EVENT_HEADS, GENERIC_NAME_OPENERS, NON_ENTITY_WORDS, ORG_SUFFIXES, PERSON_TITLES, ROMANISED_SURNAMES } from './rules.ts';
import { analyseEnglish, findRuns, type Run } from './runs.ts';
import { tokenIndexAt, type EnglishToken } from './tokens.ts';

interface Candidate extends Run {
  verdict?: RunVerdict;
  headline: boolean;
  sentenceInitial: boolean;
}

/**
 * A known name followed by more capitalised words that make one longer name: a known organisation
 * opening an organisation name ("Sony Interactive Entertainment"), a place opening a name ending in
 * an organisation word ("China Daily", "Hong Kong Telecom"), or any known name before an event word
 * ("U.S. Open", "Hong Kong Open").
 */
function nameStartingWithKnown(known: EntityMention, tokens: readonly EnglishToken[], run: Run, verdict: RunVerdict | undefined): RunVerdict | undefined {
  if (EVENT_HEADS.has(tokens[run.from]!.text) || EVENT_HEADS.has(tokens[run.to - 1]!.text)) return { type: 'other', rule: 'en.other.event' };
  if (known.type === 'org' && verdict?.type === 'org') return { type: 'org', rule: 'en.org.known-name-prefix' };
  if (known.type === 'place' && ORG_SUFFIXES.has(tokens[run.to - 1]!.text)) return { type: 'org', rule: 'en.org.place-name-prefix' };
  return undefined;
}

/** Words for who leads an organisation, written between it and the leader's name ("Orion Grid chief Helen Marsh"). */
const LEADER_WORDS = new Set(['chief', 'boss', 'head', 'founder', 'co-founder', 'owner', 'chairman', 'chairwoman']);

/** Person rules that read only the words of a run, which its context may overrule. */
const WEAK_PERSON_RULES = new Set(['en.person.given-name', 'en.person.given-name-list', 'en.person.two-unknown-words']);


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

/**
 * Words written capitalised inside a sentence somewhere in the article: the article itself says
 * they are names, so one of them opening a sentence ("Lebed said", "Rotor won") is not trimmed.
 */
function capitalisedInsideSentences(tokens: readonly EnglishToken[], headline: readonly boolean[], caps: Uint8Array): Set<string> {
  const words = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // (A determiner or preposition capitalised mid-sentence opens a quotation or follows a colon: it says nothing of names.)
    if (t.capitalised && !headline[k] && !caps[k] && !isSentenceInitial(tokens, k) && !NON_ENTITY_WORDS.has(t.text) && !SENTENCE_OPENERS.has(t.text)) words.add(t.text);
  }
  return words;
}

/** Last words of role titles that may follow a field or an office ("Agriculture Secretary", "Deputy Prime Minister"). */
const ROLE_HEAD_WORDS = new Set(['Secretary', 'Minister', 'President', 'Commissioner', 'Chairman', 'Chairwoman', 'Spokesman', 'Spokeswoman', 'Director', 'Governor', 'Ambassador', 'Chancellor', 'Premier', 'Mayor']);

/** "U.S. Open", "U.K. Steel": an event or organisation word right after an abbreviation continues its name. */
const afterAbbreviationInName = (tokens: readonly EnglishToken[], at: number) =>
  tokens[at]!.gap === 'space' && /^(?:\p{Lu}\.)+$/u.test(tokens[at - 1]?.text ?? '') && (EVENT_HEADS.has(tokens[at]!.text) || ORG_SUFFIXES.has(tokens[at]!.text));

/** A run of two or three words that is a known city or gazetteer place as a whole ("NEW YORK", "ST LOUIS"). */
function namesPlace(tokens: readonly EnglishToken[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  let key = tokens[from]!.lower;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k]!.lower}`;
  if (cityNamed(key)) return true;
  const ids = gazetteerIndex().normalised.get(normaliseName(key));
  return !!ids && ids.some((id) => id.startsWith('place:'));
}

/** Drops leading words that are capitalised only because they open a sentence, and non-entity words. */
function trimRun(tokens: readonly EnglishToken[], run: Run, capitalisedInside: ReadonlySet<string>): Run | undefined {
  let { from, to } = run;
  while (from < to && (NON_ENTITY_WORDS.has(tokens[from]!.text) ||
    (from === run.from && isSentenceInitial(tokens, from) && looksCommonAtSentenceStart(tokens[from]!.text) && !opensName(tokens[from]!, to - from) &&
      !opensOrganisation(tokens, from, to) && !capitalisedInside.has(tokens[from]!.text) && !namesPlace(tokens, from, to) &&
      !afterAbbreviationInName(tokens, from)))) from++;
  while (to > from && (NON_ENTITY_WORDS.has(tokens[to - 1]!.text) || tokens[to - 1]!.kind === 'punct')) to--;
  // What trimming left at the front must still be a capitalised word ("Year-on-year" → nothing).
  while (from < to && !tokens[from]!.capitalised) from++;
  return from < to ? { from, to } : undefined;
}

/** "Polish", "Kurdish", "Scottish": adjectives of peoples and languages the demonym table lacks. */
const ISH_ADJECTIVE = /^[A-Z][a-z]{2,}ish$/;

const isDemonym = (token: EnglishToken) =>
  classifyLower(token.lower) === 'demonym' || DEMONYM_COUNTRIES[token.text] !== undefined || isDemonymOfKnownPlace(token.text) ||
  (ISH_ADJECTIVE.test(token.text) && !isGivenName(token.lower));


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
  const titleStartsAt = new Set<number>();
  for (const claim of claims) {
    claimed.fill(1, claim.from, claim.to);
    if (claim.kind === 'role') { titleEndsAt.add(claim.to); titleStartsAt.add(claim.from); }
  }
  const mentions: EntityMention[] = [];
  /** Known names by the token after their last, so a longer name that starts with one can absorb it. */
  const knownEndingAt = new Map<number, { from: number; mention: EntityMention }>();
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
    knownEndingAt.set(claim.to, { from: claim.from, mention: m });
  }

  const candidates: Candidate[] = [];
  const capsRuns: Run[] = [];
  const capitalisedInside = capitalisedInsideSentences(tokens, headline, lines.caps);
  for (const raw of findRuns(tokens, claimed)) {
    const datelineEnd = lines.datelines.get(raw.from);
    if (datelineEnd !== undefined && datelineEnd <= raw.to) {
      candidates.push({ from: raw.from, to: datelineEnd, headline: false, sentenceInitial: true, verdict: { type: 'place', rule: 'en.place.dateline' } });
      if (datelineEnd < raw.to && lines.caps[raw.from]) capsRuns.push({ from: datelineEnd, to: raw.to });
      continue;
    }
    if (lines.caps[raw.from] && !lines.results[raw.from]) { capsRuns.push(raw); continue; }
    const run = trimRun(tokens, raw, capitalisedInside);
    if (!run) continue;
    const lastWord = tokens[run.to - 1]!.text;
    if (isDemonym(tokens[run.to - 1]!) || DEMONYM_COUNTRIES[spanText(text, tokens, run)] || isDemonymOfKnownPlace(lastWord)) continue;
    // "Australian Tom Moody": a nationality before a person is not part of the name; before anything
    // else ("Bosnian Serbs", "Japanese Government Bonds") the run names a group or a thing, not an entity.
    if (run.to - run.from >= 2 && isDemonym(tokens[run.from]!)) {
      const rest = classifyRun(tokens, run.from + 1, run.to, false);
      if (rest?.type !== 'person') continue;
      run.from++;
    }
    // "Senator Ellen Vasquez": a capitalised title opening the run stays outside the person.
    // The title counts only before a given name or surname: "General Motors" and "Cardinal Health" are names of their own.
    // "Agriculture Secretary Dan Glickman": a title inside the run, before a given name or surname, ends what precedes the person.
    for (let k = run.from + 1; k < run.to - 1; k++) {
      if (ROLE_HEAD_WORDS.has(tokens[k]!.text) && opensName(tokens[k + 1]!, 2)) { run.from = k; break; }
    }
    const titled = run.to - run.from >= 2 && (PERSON_TITLES.has(tokens[run.from]!.text) || ROLE_HEAD_WORDS.has(tokens[run.from]!.text)) && opensName(tokens[run.from + 1]!, 2) &&
      !ORG_SUFFIXES.has(tokens[run.to - 1]!.text);
    if (titled) run.from++;
    const afterTitle = titled || titleEndsAt.has(run.from) || (titleEndsAt.has(run.from - 1) && tokens[run.from - 1]?.text === ',');
    // On a Title-Case headline capitals prove nothing: only a name the body confirms counts.
    const onResultsLine = lines.results[run.from] === 1;
    const onHeadline = headline[run.from]! && !onResultsLine;
    let verdict = onHeadline ? undefined : classifyRun(tokens, run.from, run.to, afterTitle);
    if (onResultsLine) verdict = resultsLineVerdict(verdict, linkEntity(spanText(text, tokens, run), 'place')?.entry.id);
    // "Orion Grid chief Helen Marsh", "Kestrel's chief executive": a name right before a role title is its organisation.
    // (One capitalised word before a title is as often a ministry's field or a party: "Education Minister".)
    const possessive = tokens[run.to]?.kind === 'possessive';
    const roleAt = possessive ? run.to + 1 : run.to;
    const leaderFollows = LEADER_WORDS.has(tokens[roleAt]?.lower ?? '') && tokens[roleAt + 1]?.capitalised === true;
    if ((titleStartsAt.has(roleAt) || leaderFollows) && (possessive || run.to - run.from >= 2) && !onHeadline && (!verdict || WEAK_PERSON_RULES.has(verdict.rule))) {
      verdict = { type: 'org', rule: 'en.org.before-role' };
    }
    const known = knownEndingAt.get(run.from);
    const longer = known && tokens[run.from]!.gap === 'space' && !onHeadline ? nameStartingWithKnown(known.mention, tokens, run, verdict) : undefined;
    if (known && longer) {
      absorbed.add(known.mention);
      candidates.push({ from: known.from, to: run.to, headline: false, sentenceInitial: false, verdict: longer });
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
    // "Wang Donghai" … "Wang": a romanised Chinese or Korean name puts the surname first.
    if (c.verdict.type === 'person' && words.length === 2 && ROMANISED_SURNAMES.has(words[0]!) && !knownTypes.has(words[0]!)) {
      knownTypes.set(words[0]!, { type: 'person', rule: 'en.article.surname-first' });
    }
    // "Hokuriku Cable Works" … "Hokuriku": an organisation's first word stands for it later in the article.
    if (c.verdict.type === 'org' && words.length >= 2 && !knownTypes.has(words[0]!) && classifyWord(words[0]!) === undefined && /^[A-Z][a-z]+$/.test(words[0]!) &&
      !EVENT_HEADS.has(words[1]!) && !GENERIC_NAME_OPENERS.has(words[0]!)) {
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
    for (const m of mentions) if (m.type !== 'other' && !lines.caps[tokenIndexAt(tokens, m.start)]) articleTypes.set(m.text.toLowerCase(), m.type);
    for (const run of capsRuns) {
      for (const found of namesInCaps(tokens, run.from, run.to, articleTypes)) mentions.push(mention(text, tokens, found, found.type, found.rule));
    }
  }
  if (absorbed.size > 0) mentions.splice(0, mentions.length, ...mentions.filter((m) => !absorbed.has(m)));
  mentions.sort((a, b) => a.start - b.start);
  if (sportsReport) clubsOfSportsReport(tokens, mentions, lines.datelines);
  return mentions;
}
