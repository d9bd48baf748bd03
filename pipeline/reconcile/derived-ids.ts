// Ids of derived rows come from their content, never from insertion order, so the same
// inputs give the same canonical layer whatever order the drops arrived in.

import { createHash } from 'node:crypto';

const digest = (prefix: string, parts: (string | number | null)[]) =>
  `${prefix}_${createHash('sha256').update(parts.map((p) => String(p ?? '')).join('\u0000')).digest('hex').slice(0, 16)}`;

export const claimId = (articleId: string, start: number, end: number) => digest('claim', [articleId, start, end]);
export const factId = (subject: string, predicate: string, topic: string | null, unit: string) => digest('fact', [subject, predicate, topic, unit]);
export const conflictId = (kind: string, about: string, variant: string) => digest('conflict', [kind, about, variant]);
