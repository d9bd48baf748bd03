// A refiner: "a year ago" in the sentence of a quarter ("third-quarter profit rose to $5.8
// million from $4 million a year ago") is that quarter a year back — the figure compared is
// the quarter's, not the whole year's. Only within one sentence, and only "a year ago":
// on TimeBank, the development set, its annotators valued "a year ago" there as the quarter
// 7 times out of 7, but "last year" there as the year 2 times out of 2.
import type { DateMention } from '../types.ts';

const A_YEAR_AGO = /^(?:a|one)\s{1,3}year\s{1,3}ago$/i;
/** Text that ends a sentence between the quarter and "a year ago". */
const SENTENCE_END = /[.!?]["”']?\s+[A-Z"“]|\n/;
/** The farthest "a year ago" may lie after its quarter. */
const SAME_SENTENCE_CHARS = 300;

export function quarterAYearBack(text: string, mentions: DateMention[]): DateMention[] {
  let quarter: DateMention | undefined;
  return mentions.map((m) => {
    if (m.precision === 'quarter' && /^\d{4}-Q\d$/.test(m.value)) {
      quarter = m;
      return m;
    }
    if (!quarter || !A_YEAR_AGO.test(m.text) || m.start - quarter.end > SAME_SENTENCE_CHARS) return m;
    if (SENTENCE_END.test(text.slice(quarter.end, m.start + 1))) return m; // with the capital of "A year ago"
    const [year, n] = quarter.value.split('-Q');
    return { ...m, value: `${Number(year) - 1}-Q${n}`, precision: 'quarter' };
  });
}
