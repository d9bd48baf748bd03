// What a money amount says about its subject: one predicate per row, with the English
// and Chinese cues that name it. A cue counts when it stands in the amount's clause;
// the row with the highest rank wins ("investment commitment" is a commitment, "could
// cost" a cost estimate). Adding a cue is one line here plus one test case.

export interface PredicateRow {
  id: string;
  /** English label used in reports. */
  label: string;
  /** Higher wins when cues of several rows appear near the same amount. */
  rank: number;
  /** Who the claim is about: the investor/company, or the project the topic names. */
  subjectIs: 'investor' | 'topic';
  /** English cues, matched case-insensitively at word starts. */
  en: string[];
  /** Chinese cues, matched as written. */
  zh: string[];
}

export const PREDICATES: readonly PredicateRow[] = [
  { id: 'cost_estimate', label: 'cost estimate', rank: 40, subjectIs: 'topic',
    en: ['cost', 'costs', 'costing', 'estimated cost', 'price tag'], zh: ['估算成本', '成本', '造价', '耗资'] },
  // A country's "fund for investments", "package", "framework" or "plan" is the sum it
  // committed; in this domain they name one commitment, so they share the row.
  { id: 'commitment', label: 'commitment', rank: 30, subjectIs: 'investor',
    en: ['commitment', 'commitments', 'committed', 'commit', 'pledge', 'pledged', 'promise', 'promised', 'framework', 'package', 'fund', 'investment plan', 'deal'],
    zh: ['承诺', '同意', '框架', '一揽子', '基金', '协议'] },
  { id: 'project_value', label: 'project value', rank: 20, subjectIs: 'investor',
    en: ['project value', 'contract', 'worth', 'valued at', 'earmarked', 'tied to', 'linked to'],
    zh: ['项目价值', '价值', '金额', '总额', '项目金额', '预留', '用于'] },
  { id: 'investment', label: 'investment', rank: 10, subjectIs: 'investor',
    en: ['invest', 'invests', 'invested', 'investing', 'investment', 'investments', 'totals'], zh: ['投资'] },
];

/** The predicate a claim gets when nothing in its clause names one. */
export const DEFAULT_PREDICATE = 'investment';

export function predicateRow(id: string): PredicateRow {
  return PREDICATES.find((p) => p.id === id) ?? PREDICATES[PREDICATES.length - 1]!;
}
