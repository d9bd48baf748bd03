// Ids of derived rows come from their content, never from insertion order, so the same
// inputs give the same canonical layer whatever order the drops arrived in.

import { hash } from 'node:crypto';

// crypto.hash, one call, costs a third of createHash().update().digest() (ids are made for every claim of every run).
const digest = (prefix: string, parts: (string | number | null)[]) =>
  `${prefix}_${hash('sha256', parts.map((p) => String(p ?? '')).join('\u0000'), 'hex').slice(0, 16)}`;

export const claimId = (articleId: string, start: number, end: number) => digest('claim', [articleId, start, end]);
export const factId = (subject: string, predicate: string, topic: string | null, unit: string) => digest('fact', [subject, predicate, topic, unit]);
export const conflictId = (kind: string, about: string, variant: string) => digest('conflict', [kind, about, variant]);
