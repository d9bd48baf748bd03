// Does a date without its own year or week look forward or back? News mostly reports what
// happened, so a bare "Friday" is the latest Friday on or before the published day, unless
// the clause before it speaks of the future ("will meet Friday", "is scheduled to … on
// Friday", "could come as early as Tuesday", "将于周五"). A reporting verb between the
// future cue and the date ("… will now resist the ruling, Cuba predicted Wednesday") puts
// the date back on the report's side: it is when something was said, not what was said;
// "since" does the same ("will replace the carrier, which has been on patrol since March").
// So does a possessive ("Wednesday's ruling", "Friday's close"): news names a day that way
// for what happened on it.

const FUTURE_CUES =
  /\b(?:will|shall|would|'ll|going to|plans? to|planning to|planned|scheduled|expected to|is to|are to|due to|set to|ready to|as (?:early|soon) as|upcoming|to be held|next(?! to))\b|将|将于|将在|计划|预计|拟/gi;
const PAST_CUES = /\b(?:since|said|says|told|announced|reported|predicted|declared|ruled|refused|confirmed|added|noted|wrote|stated)\b/i;

const POSSESSIVE = /^['’]s\b/;

/** How far back the clause of a date is looked for. */
const CLAUSE_CHARS = 120;

export function leansFuture(text: string, index: number, end = index): boolean {
  if (POSSESSIVE.test(text.slice(end, end + 3))) return false;
  const clause = clauseEndingAt(text, index);
  let lastCueEnd = -1;
  FUTURE_CUES.lastIndex = 0;
  for (let m = FUTURE_CUES.exec(clause); m; m = FUTURE_CUES.exec(clause)) lastCueEnd = m.index + m[0].length;
  return lastCueEnd >= 0 && !PAST_CUES.test(clause.slice(lastCueEnd));
}

/**
 * The sentence before index, at most CLAUSE_CHARS long. A period ends a sentence unless it
 * closes an abbreviation ("Mr.", "Daniel P.", "Jan.", "a.m.", "U.S."), which would
 * otherwise cut "will succeed Daniel P. Davison Feb. 1" off from its "will".
 */
function clauseEndingAt(text: string, index: number): string {
  const from = Math.max(0, index - CLAUSE_CHARS);
  for (let i = index - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '。' || c === '!' || c === '?') return text.slice(i + 1, index);
    if (c === '.' && text[i + 1] === ' ' && !closesAbbreviation(text, i)) return text.slice(i + 1, index);
  }
  return text.slice(from, index);
}

const ABBREVIATION = /(?:^|[^A-Za-z.])(?:[A-Z][a-z]{0,2}|[A-Za-z](?:\.[A-Za-z])+)$/;

function closesAbbreviation(text: string, period: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, period - 6), period));
}
