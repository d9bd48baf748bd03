// findPublishedInText: the publication date an article states in its own text — front
// matter, a labelled header line, a byline or outlet line with a date, or a dateline at
// the start of one of its first paragraphs — with the id of the rule that found it and,
// when the form names one, the outlet. The forms are data (published-rules.ts); date
// phrases are read by extractors/dates. Also `dateOfMetadata`, the publisher's local date
// of a metadata value (a timestamp's own calendar day, never shifted to UTC).

import { extractDates } from '../../extractors/dates/index.ts';
import type { Lang } from '../../extractors/types.ts';
import {
  BYLINE_SEGMENT, DATE_SEGMENT_REST, DAY_OPENING, DATELINE_RULES, FRONT_MATTER_DATE_KEYS, FRONT_MATTER_SOURCE_KEYS, FRONT_MATTER_TITLE_KEYS,
  HEAD_CHARS, HEAD_LINES, HEADER_DECORATION, HEADER_LINE_MAX, PUBLISHED_LABEL_RULES, SEGMENT_SEPARATOR, SOURCE_LABEL,
  ZH_OUTLET_ENDINGS, ZH_SELF_REFERENCES,
} from './published-rules.ts';

export interface TextPublished {
  /** YYYY-MM-DD, or XXXX-MM-DD when neither the form nor the article's other dates give a year. */
  value: string;
  rule: string;
  outlet?: string;
  /** [start, end) of the date phrase in the text. */
  start: number;
  end: number;
}

export interface FrontMatter {
  fields: Record<string, string>;
  /** Where the text after the closing fence begins. */
  end: number;
}

interface Line {
  text: string;
  start: number;
}

interface Found extends TextPublished {
  rank: number;
}

const DAY_VALUE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
/** Every form these rules accept writes its day in digits or before 日 (三月三日): text without either is passed over unparsed. */
const MAY_HOLD_A_DAY = /[0-9０-９日]/;
const HAN = /[\u3400-\u9fff]/;
const langOf = (phrase: string): Lang => (HAN.test(phrase) ? 'zh' : 'en');

/** The first day-precise date of a short phrase, with its span in the phrase. */
function readDatePhrase(phrase: string): { value: string; start: number; end: number } | undefined {
  const mention = extractDates(phrase, { lang: langOf(phrase) }).find((m) => m.precision === 'day' && DAY_VALUE.test(m.value));
  return mention && { value: mention.value, start: mention.start, end: mention.end };
}

/** YYYY-MM-DD of a metadata value: an ISO date or timestamp's own day, else a date phrase with a year. */
export function dateOfMetadata(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const phrase = readDatePhrase(text.slice(0, 200));
  if (phrase && !phrase.value.startsWith('XXXX')) return phrase.value;
  return undefined;
}

/** A `---` (YAML) or `+++` (TOML) block at the very start: its flat `key: value` / `key = value` fields. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const block = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n\1[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block) return undefined;
  const fields: Record<string, string> = {};
  for (const line of block[2]!.split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*?)\s*$/.exec(line);
    if (field && field[2] !== '') fields[field[1]!] = field[2]!.replace(/^(["'])(.*)\1$/, '$2');
  }
  return { fields, end: block[0].length };
}

const firstField = (fields: Record<string, string>, keys: readonly string[]) =>
  keys.map((key) => [key, fields[key]] as const).find(([, value]) => value !== undefined);

export function frontMatterTitle(matter: FrontMatter): string | undefined {
  return firstField(matter.fields, FRONT_MATTER_TITLE_KEYS)?.[1];
}

export function frontMatterSource(matter: FrontMatter): string | undefined {
  return firstField(matter.fields, FRONT_MATTER_SOURCE_KEYS)?.[1];
}

function fromFrontMatter(text: string, matter: FrontMatter): Found | undefined {
  const field = firstField(matter.fields, FRONT_MATTER_DATE_KEYS);
  const value = dateOfMetadata(field?.[1]);
  if (!field || !value) return undefined;
  const start = text.indexOf(field[1]!);
  const source = frontMatterSource(matter);
  return { value, rule: `text.front-matter:${field[0]}`, rank: 0, start, end: start + field[1]!.length, ...(source && { outlet: source }) };
}

/** The head of the article: its first non-empty lines after any front matter. */
export function headLines(text: string, from = 0): Line[] {
  const lines: Line[] = [];
  let at = from;
  while (at < text.length && lines.length < HEAD_LINES && at < from + HEAD_CHARS) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(at, end).replace(/\r$/, '');
    if (raw.trim() !== '') lines.push({ text: raw, start: at });
    at = end + 1;
  }
  return lines;
}

/** The outlet in a Chinese dateline's lead: up to the first outlet ending that leaves three characters or more. */
function outletOfChineseLead(lead: string): string | undefined {
  const name = lead.trim();
  if (name === '' || ZH_SELF_REFERENCES.test(name)) return undefined;
  let best: number | undefined;
  for (const ending of ZH_OUTLET_ENDINGS) {
    for (let i = name.indexOf(ending); i >= 0; i = name.indexOf(ending, i + 1)) {
      const end = i + ending.length;
      if (end >= 3 && (best === undefined || end < best)) best = end;
    }
  }
  return best === undefined ? undefined : name.slice(0, best);
}

function fromDateline(line: Line): Found | undefined {
  const trimmed = line.text.trimStart();
  const decoration = /^[*_]*/.exec(trimmed)![0].length; // a bold or italic dateline in Markdown
  const body = trimmed.slice(decoration);
  const offset = line.start + (line.text.length - trimmed.length) + decoration;
  for (const rule of DATELINE_RULES) {
    const match = rule.pattern.exec(body);
    const phrase = match?.groups?.date;
    if (!match || !phrase) continue;
    const at = match[0].indexOf(phrase, (match.groups!.place ?? match.groups!.lead ?? '').length);
    const date = readDatePhrase(phrase);
    if (!date || date.start !== 0) continue;
    const outlet = match.groups!.outlet?.trim() ?? (match.groups!.lead !== undefined ? outletOfChineseLead(match.groups!.lead) : undefined);
    const start = offset + match.index + at;
    return { value: date.value, rule: rule.id, rank: rule.rank, start, end: start + date.end, ...(outlet && { outlet }) };
  }
  return undefined;
}

const looksLikeOutlet = (segment: string) =>
  segment.length <= 60 && !/\d/.test(segment) && !BYLINE_SEGMENT.test(segment) &&
  (/^(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|and|&|the|for|on)?\s*[A-Z][\w&'’.-]*)+$/.test(segment) ||
    (HAN.test(segment) && ZH_OUTLET_ENDINGS.some((ending) => segment.endsWith(ending))));

/** A short head line split into segments: a labelled date, a byline or outlet beside a bare date. */
function fromHeaderLine(line: Line): Found | undefined {
  if (line.text.trim().length > HEADER_LINE_MAX || !MAY_HOLD_A_DAY.test(line.text)) return undefined;
  const clean = line.text.replace(HEADER_DECORATION, '');
  const cleanStart = line.start + line.text.indexOf(clean);
  const segments: { text: string; start: number }[] = [];
  const separator = new RegExp(SEGMENT_SEPARATOR.source, 'g');
  let at = 0;
  for (let m = separator.exec(clean); ; m = separator.exec(clean)) {
    const end = m ? m.index : clean.length;
    const raw = clean.slice(at, end);
    const text = raw.replace(/^[\s*_]+|[\s*_]+$/g, '');
    if (text !== '') segments.push({ text, start: cleanStart + at + raw.indexOf(text) });
    if (!m) break;
    if (m[0].length === 0) separator.lastIndex++;
    at = m.index + m[0].length;
  }
  let found: Found | undefined;
  let labelledSource: string | undefined;
  let byline = false;
  let dateSegment = -1;
  segments.forEach((segment, i) => {
    const source = SOURCE_LABEL.exec(segment.text)?.groups?.outlet;
    if (source) labelledSource = source.trim();
    if (BYLINE_SEGMENT.test(segment.text)) byline = true;
    for (const rule of PUBLISHED_LABEL_RULES) {
      const phrase = rule.pattern.exec(segment.text)?.groups?.date;
      if (!phrase || !DAY_OPENING.test(phrase)) continue;
      const date = readDatePhrase(phrase);
      const offset = segment.start + segment.text.lastIndexOf(phrase);
      if (date && date.start === 0 && (!found || rule.rank < found.rank)) {
        found = { value: date.value, rule: rule.id, rank: rule.rank, start: offset + date.start, end: offset + date.end };
      }
    }
    if (dateSegment < 0 && DAY_OPENING.test(segment.text)) {
      const date = readDatePhrase(segment.text);
      if (date && date.start === 0 && DATE_SEGMENT_REST.test(segment.text.slice(date.end))) {
        dateSegment = i;
        const bare: Found = { value: date.value, rule: '', rank: 2, start: segment.start, end: segment.start + date.end };
        if (!found || bare.rank < found.rank) found = bare;
      }
    }
  });
  if (!found) return undefined;
  if (found.rule === '') found.rule = byline ? 'text.header.byline-date' : 'text.header.date-line';
  const named = labelledSource ?? (dateSegment > 0 && !byline && looksLikeOutlet(segments[0]!.text) ? segments[0]!.text : undefined);
  return named ? { ...found, outlet: named } : found;
}

/** A yearless date takes the year extractors/dates gives it from the article's other dates. */
function withYearFromText(text: string, found: Found): Found {
  if (!found.value.startsWith('XXXX')) return found;
  const mention = extractDates(text, { lang: langOf(text.slice(found.start, found.end)) })
    .find((m) => m.start <= found.start && m.end >= found.end && DAY_VALUE.test(m.value));
  if (mention && !mention.value.startsWith('XXXX')) return { ...found, value: mention.value.slice(0, 10), rule: `${found.rule}+year-from-text` };
  return found;
}

/** The publication date the text states, the rule that found it and the outlet it names. */
export function findPublishedInText(text: string): TextPublished | undefined {
  const matter = readFrontMatter(text);
  const fromMatter = matter && fromFrontMatter(text, matter);
  if (fromMatter) return strip(fromMatter);
  let best: Found | undefined;
  for (const line of headLines(text, matter?.end ?? 0)) {
    for (const found of [fromHeaderLine(line), fromDateline(line)]) {
      if (found && (!best || found.rank < best.rank)) best = found;
    }
  }
  return best && strip(withYearFromText(text, best));
}

function strip({ rank: _rank, ...published }: Found): TextPublished {
  return published;
}

/** `XXXX-MM-DD` given the year that puts it nearest to `reference` (YYYY-MM-DD). */
export function withYearNear(value: string, reference: string): string {
  const year = Number(reference.slice(0, 4));
  const monthDay = value.slice(4);
  const timeOf = (y: number) => Date.parse(`${y}${monthDay}T00:00:00Z`);
  const exists = (y: number) => !Number.isNaN(timeOf(y)) && new Date(timeOf(y)).toISOString().slice(4, 10) === monthDay;
  const distance = (y: number) => Math.abs(timeOf(y) - Date.parse(`${reference}T00:00:00Z`));
  const candidates = [year - 1, year, year + 1].filter(exists);
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0] ?? year;
  return `${best}${monthDay}`;
}
