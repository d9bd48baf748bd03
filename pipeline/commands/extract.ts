// `newsfacts extract`: JSONL in (one article a line), JSONL out (its money, dates and
// entities with spans into the text as given). A bad line gets an error object in its
// place and the rest go on; the exit status is then 1.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { Lang } from '../../extractors/types.ts';
import { parseCommand, UsageError } from '../cli.ts';
import { extractArticle } from '../extract.ts';
import { detectLanguage } from '../language.ts';

const InputLine = z.object({
  id: z.string(),
  text: z.string(),
  lang: z.enum(['en', 'zh']).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'published must be YYYY-MM-DD').optional(),
});

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
}

/** The output object of one input line. */
export function extractLine(line: string, langOption: 'auto' | Lang): { output: object; ok: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { output: { error: `invalid JSON: ${(error as Error).message}` }, ok: false };
  }
  const parsed = InputLine.safeParse(json);
  const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
  if (!parsed.success) return { output: { ...(id !== undefined && { id }), error: describeIssues(parsed.error) }, ok: false };
  const input = parsed.data;
  const lang = input.lang ?? (langOption === 'auto' ? detectLanguage(input.text).lang : langOption);
  if (lang !== 'en' && lang !== 'zh') {
    return { output: { id: input.id, lang, error: `language ${lang} is not extracted (only en and zh are)` }, ok: false };
  }
  const result = extractArticle(input.text, { lang, published: input.published });
  return {
    output: {
      id: input.id,
      lang,
      money: result.money,
      dates: result.dates,
      entities: result.entities,
      roles: result.roles,
    },
    ok: true,
  };
}

export async function runExtractCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(args, { lang: { type: 'string' }, input: { type: 'string' } });
  const langOption = (values.lang as string | undefined) ?? 'auto';
  if (langOption !== 'auto' && langOption !== 'en' && langOption !== 'zh') {
    throw new UsageError(`--lang must be auto, en or zh, not "${langOption}"`);
  }
  const inputFile = values.input as string | undefined;
  const stream = inputFile ? createReadStream(inputFile) : process.stdin;
  const opened = new Promise<void>((resolve, reject) => {
    if (!inputFile) return resolve();
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`${inputFile}: cannot read (${error.code ?? error.message})`)));
  });
  await opened;
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const { output, ok } = extractLine(line, langOption);
    if (!ok) {
      failed++;
      process.stderr.write(`${inputFile ?? 'stdin'}:${lineNumber}: ${(output as { error: string }).error}\n`);
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
