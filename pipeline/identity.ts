// Article identity: the first 16 hex digits of the SHA-256 of the article's text, so the
// same text read twice (from two files or two runs) is one article.

import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export const articleIdOf = (text: string) => sha256(text).slice(0, 16);

/** A failed input has no text to hash: its id comes from where it was and what it held. */
export const failedIdOf = (dropDir: string, path: string, contentSha256: string) =>
  sha256(`failed\n${dropDir}\n${path}\n${contentSha256}`).slice(0, 16);
