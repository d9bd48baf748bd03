// A refiner: a weekday beside a full date ("friday 2018-7-6", "this friday (jun-15)",
// "monday, jan twenty two, 2018", "10月12号，星期一") names one day twice, so the two become
// one mention with the date's value — when they agree. A weekday with a cue ("this
// friday") must resolve to the date itself; a bare weekday name must be the stated year's
// weekday of the date (with no year stated there is nothing to check against).
import type { DateMention } from '../types.ts';
import type { DateCandidate } from './reading.ts';
import { isoWeekday, parseIsoDay } from './calendar.ts';

/** What may stand between the two: a comma, a space, a hyphen, an opening bracket. */
const GAP = /^[\s,，(（-]{0,3}$/;
/** GAP's longest: a farther pair is not tested (nor sliced). */
const GAP_LENGTH = 3;

export function joinWeekdayAndDate(text: string, mentions: DateMention[], candidates: readonly DateCandidate[]): DateMention[] {
  let readingAt: Map<number, DateCandidate['reading']> | undefined; // made for the first close pair only
  const joined: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    if (b && b.start - a.end <= GAP_LENGTH && GAP.test(text.slice(a.end, b.start))) {
      readingAt ??= new Map(candidates.map((c) => [c.start, c.reading]));
      const pair = isWeekday(a, readingAt) && isStatedDate(b, readingAt) ? [a, b] : isStatedDate(a, readingAt) && isWeekday(b, readingAt) ? [b, a] : undefined;
      if (pair && agree(pair[0]!, pair[1]!, readingAt)) {
        const date = pair[1]!;
        let end = b.end;
        if (/[(（]/.test(text.slice(a.end, b.start)) && /^[)）]/.test(text.slice(end, end + 1))) end += 1;
        joined.push({ ...date, start: a.start, end, text: text.slice(a.start, end) });
        i++;
        continue;
      }
    }
    joined.push(a);
  }
  return joined;
}

function isWeekday(m: DateMention, readingAt: Map<number, DateCandidate['reading']>): boolean {
  const r = readingAt.get(m.start);
  return r?.weekday !== undefined && r.dayOffset === undefined && r.month === undefined;
}

function isStatedDate(m: DateMention, readingAt: Map<number, DateCandidate['reading']>): boolean {
  const r = readingAt.get(m.start);
  return m.precision === 'day' && r?.month !== undefined && r.day !== undefined && !r.dayFromContext;
}

function agree(weekday: DateMention, date: DateMention, readingAt: Map<number, DateCandidate['reading']>): boolean {
  const w = readingAt.get(weekday.start)!;
  if (w.lean !== 'tense') return weekday.value === date.value; // "this friday": the same day or two days
  if (readingAt.get(date.start)!.year === undefined) return true;
  const day = parseIsoDay(date.value);
  return day !== undefined && isoWeekday(day) === w.weekday;
}
