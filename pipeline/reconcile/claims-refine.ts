// refineRepeats: one article repeating one amount means one thing ("$600m" in the
// headline, "$600m artificial diamond" in the bullets, "$600 million earmarked for an
// artificial diamond initiative" in the body). Repeats that left a slot open (no topic,
// an owner found only by distance, a default predicate) take it from the repeats that
// read it — but only when those agree, so five companies' 250亿美元 stay five claims.

import type { ClaimDraft } from './claims.ts';
import { predicateRow } from './predicates.ts';

const STRONG_SUBJECT = new Set(['owner-cue', 'topic']);

function unanimous<T>(values: T[]): T | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

export function refineRepeats(drafts: ClaimDraft[]): ClaimDraft[] {
  const groups = new Map<string, ClaimDraft[]>();
  for (const d of drafts) {
    const key = `${d.value}|${d.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const refined = new Map<ClaimDraft, ClaimDraft>();
  for (const group of groups.values()) {
    const topic = unanimous(group.filter((d) => d.topic !== null).map((d) => d.topic));
    const strong = group.filter((d) => STRONG_SUBJECT.has(d.subjectHow));
    const subject = unanimous(strong.map((d) => d.subjectEntityId));
    const subjectName = strong.find((d) => d.subjectEntityId === subject)?.subject;
    for (const d of group) {
      const next = { ...d };
      if (next.topic === null && topic !== undefined && group.length > 1) { next.topic = topic; next.topicHow = 'nearest'; next.rule = 'repeat'; }
      if (!STRONG_SUBJECT.has(next.subjectHow) && subject !== undefined && subjectName !== undefined && subject !== next.subjectEntityId) {
        next.subjectEntityId = subject;
        next.subject = subjectName;
        next.rule = 'repeat';
      }
      refined.set(d, next);
    }
    // Repeats that now share subject and topic share the strongest predicate any of them names.
    const bySlot = new Map<string, ClaimDraft[]>();
    for (const d of group) {
      const r = refined.get(d)!;
      const slot = `${r.subjectEntityId}|${r.topic}`;
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), r]);
    }
    for (const members of bySlot.values()) {
      const best = members.map((m) => predicateRow(m.predicate)).sort((a, b) => b.rank - a.rank)[0]!;
      for (const m of members) if (m.predicate !== best.id) { m.predicate = best.id; m.rule = 'repeat'; }
    }
  }
  return drafts.map((d) => {
    const r = refined.get(d)!;
    const parts = [`subject.${r.subjectHow}`, `predicate.${r.predicateHow}`, `topic.${r.topicHow}`];
    if (r.rule === 'repeat') parts.push('repeat-in-article');
    return { ...r, rule: parts.join('+') };
  });
}
