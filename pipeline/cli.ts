// The `newsfacts` command line: run, extract, report. Errors are one line naming the
// file and the problem; exit 0 all good, 1 some inputs failed, 2 bad usage or store.

import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

const USAGE = `usage:
  newsfacts run <drop-dir>... [--db FILE] [--concurrency N] [--published-default YYYY-MM-DD] [--max-file-mb N] [--quiet]
  newsfacts extract [--lang auto|en|zh] [--input FILE]
  newsfacts report [--db FILE] [--format html|md|json] [--out FILE] [--status S] [--kind K]`;

export const DEFAULT_DB = 'output/newsfacts.sqlite';

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function parseCommand(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

// Loaded on demand: `report` and `--help` should not pay for loading the extractors.
const COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  run: async () => (await import('./commands/run.ts')).runRunCommand,
  extract: async () => (await import('./commands/extract.ts')).runExtractCommand,
  report: async () => (await import('./commands/report.ts')).runReportCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const load = COMMANDS[command];
  if (!load) {
    process.stderr.write(`newsfacts: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  try {
    const handler = await load();
    return await handler(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`newsfacts ${command}: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`${USAGE}\n`);
    return 2;
  }
}
