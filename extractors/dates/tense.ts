// Does a bare weekday look forward or back? News mostly reports what happened, so a bare
// "Friday" is the latest Friday on or before the published day, unless the clause before
// it speaks of the future ("will meet Friday", "is scheduled to … on Friday", "将于周五").

const FUTURE_CUES = /\b(?:will|shall|'ll|going to|plans? to|planned|scheduled|expected to|is to|are to|due to|upcoming|to be held|next)\b|将|将于|将在|计划|预计|拟/i;

export function leansFuture(text: string, index: number): boolean {
  const from = Math.max(0, index - 120);
  let clause = text.slice(from, index);
  const sentenceEnd = Math.max(clause.lastIndexOf('. '), clause.lastIndexOf('\n'), clause.lastIndexOf('。'));
  if (sentenceEnd >= 0) clause = clause.slice(sentenceEnd + 1);
  return FUTURE_CUES.test(clause);
}
