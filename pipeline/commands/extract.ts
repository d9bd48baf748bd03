// `newsfacts extract`: JSONL in (one article a line), JSONL out (its money, dates and
// entities with spans into the text as given). A bad line gets an error object, with its
// line number, in its place and the rest go on; the exit status is then 1. `--text FILE`
// reads one plain-text article instead.
//
// A line whose fields are each plainly valid is read directly (plainLineFields); zod, and
// the schema whose messages say what is wrong, load only for a line that is not: zod's 95
// modules (850 KB) were over half the code a cold start compiled. tests/extract-line.test.ts
// checks that both accept the same lines with the same fields.

import { createReadStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type * as Zod from 'zod';
import { parseIsoDay } from '../../extractors/dates/calendar.ts';
import type { Lang } from '../../extractors/types.ts';
import { calendarDateOption, parseCommand, UsageError } from './options.ts';
import { extract, UnsupportedLanguageError } from '../extract-text.ts';

/** The schema of a line (zod's CommonJS build, loaded on first use). */
export function inputLineSchema() {
  const { z } = createRequire(import.meta.url)('zod') as typeof Zod;
  return z.object({
    id: z.union([z.string(), z.number().transform(String)]).optional(),
    text: z.string({ error: 'text is missing or not a string' }),
    lang: z.enum(['en', 'zh']).optional(),
    published: z
      .string()
      .refine((value) => parseIsoDay(value) !== undefined, 'published must be a real calendar day written YYYY-MM-DD')
      .optional(),
  });
}

let inputLine: ReturnType<typeof inputLineSchema> | undefined;

/** The fields extraction reads from a line. */
export interface LineFields {
  text: string;
  lang?: Lang;
  published?: string;
}

/** A line's fields when each is plainly valid as inputLineSchema has it, else undefined (unknown keys are ignored, as there). */
export function plainLineFields(json: { [key: string]: unknown }): LineFields | undefined {
  const { id, text, lang, published } = json;
  if (typeof text !== 'string') return undefined;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return undefined;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh') return undefined;
  if (published !== undefined && (typeof published !== 'string' || parseIsoDay(published) === undefined)) return undefined;
  return { text, ...(lang === undefined ? {} : { lang }), ...(published === undefined ? {} : { published }) };
}

function describeIssues(error: Zod.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
}

export interface ExtractDefaults {
  lang: 'auto' | Lang;
  published?: string;
}

/** The output object of one article; `id` falls back to the line number when the line gives none. */
function extractOne(id: string, text: string, lang: 'auto' | Lang, published: string | undefined): { output: object; ok: boolean } {
  try {
    return { output: { id, ...extract(text, { lang, published }) }, ok: true };
  } catch (error) {
    if (!(error instanceof UnsupportedLanguageError)) throw error;
    return { output: { id, lang: error.lang, error: error.message }, ok: false };
  }
}

/** The output object of one input line (numbered from 1). */
export function extractLine(line: string, defaults: ExtractDefaults | 'auto' | Lang, lineNumber = 1): { output: object; ok: boolean } {
  const { lang, published } = typeof defaults === 'string' ? { lang: defaults, published: undefined } : defaults;
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { output: { line: lineNumber, error: `invalid JSON: ${(error as Error).message}` }, ok: false };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { output: { line: lineNumber, error: 'expected a JSON object {"id", "text", "lang"?, "published"?}' }, ok: false };
  }
  const rawId = (json as { id?: unknown }).id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : String(lineNumber);
  let input = plainLineFields(json as { [key: string]: unknown });
  if (!input) {
    const parsed = (inputLine ??= inputLineSchema()).safeParse(json);
    if (!parsed.success) return { output: { id, line: lineNumber, error: describeIssues(parsed.error) }, ok: false };
    input = parsed.data;
  }
  const result = extractOne(id, input.text, input.lang ?? lang, input.published ?? published);
  return result.ok ? result : { output: { ...result.output, line: lineNumber }, ok: false };
}

export async function runExtractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    lang: { type: 'string' }, input: { type: 'string' }, text: { type: 'string' }, published: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`extract takes no positional arguments (got "${positionals[0]}"); use --input FILE or --text FILE`);
  const langOption = (values.lang as string | undefined) ?? 'auto';
  if (langOption !== 'auto' && langOption !== 'en' && langOption !== 'zh') {
    throw new UsageError(`--lang must be auto, en or zh, not "${langOption}"`);
  }
  const defaults: ExtractDefaults = { lang: langOption, published: calendarDateOption(values.published as string | undefined, '--published') };
  const textFile = values.text as string | undefined;
  const inputFile = values.input as string | undefined;
  if (textFile && inputFile) throw new UsageError('give --input (JSONL) or --text (one plain-text article), not both');
  if (textFile) {
    let text: string;
    try {
      text = readFileSync(textFile, 'utf8');
    } catch (error) {
      throw new UsageError(`${textFile}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    const { output, ok } = extractOne(basename(textFile), text, defaults.lang, defaults.published);
    if (!ok) process.stderr.write(`${textFile}: ${(output as { error: string }).error}\n`);
    process.stdout.write(`${JSON.stringify(output)}\n`);
    return ok ? 0 : 1;
  }
  if (inputFile && /\.(txt|text|md|markdown)$/i.test(inputFile)) {
    throw new UsageError(`${inputFile}: --input reads JSONL; for a plain-text article use --text ${inputFile}`);
  }
  const stream = inputFile ? createReadStream(inputFile) : process.stdin;
  await new Promise<void>((resolve, reject) => {
    if (!inputFile) return resolve();
    stream.once('open', () => resolve());
    stream.once('error', (error: NodeJS.ErrnoException) => reject(new UsageError(`${inputFile}: cannot read (${error.code ?? error.message})`)));
  });
  let failed = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const { output, ok } = extractLine(line, defaults, lineNumber);
    if (!ok) {
      failed++;
      process.stderr.write(`${inputFile ?? 'stdin'}:${lineNumber}: ${(output as { error: string }).error}\n`);
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
