// The `newsfacts` command line: run, extract, report, reconcile. Errors are one line naming the
// file and the problem; exit 0 all good, 1 some inputs failed, 2 bad usage or store.

import { toolVersion, UsageError } from './commands/options.ts';
import { boundHeapGrowth } from './heap-growth.ts';

const USAGE = `usage:
  newsfacts run <drop-dir>... [--db FILE] [--concurrency N] [--published-default YYYY-MM-DD] [--max-file-mb N] [--ignore-old-failures] [--quiet]
  newsfacts extract [--lang auto|en|zh] [--input FILE | --text FILE] [--published YYYY-MM-DD]
  newsfacts report [--db FILE] [--format html|md|json] [--out FILE] [--status S] [--kind K]
  newsfacts reconcile [--full] [--db FILE] [--quiet]
  newsfacts --version
  newsfacts <command> --help   (the command's options and the values they take)`;

/** What `newsfacts <command> --help` prints: every option, its default and the values it takes. */
export const COMMAND_HELP: Record<string, string> = {
  run: `usage: newsfacts run <drop-dir>... [options]
Reads every article file under each drop folder into the store, then reconciles.
  --db FILE                   the store (default output/newsfacts.sqlite)
  --concurrency N             worker threads for a large drop (default 2)
  --published-default DATE    published date (YYYY-MM-DD, a real calendar day) for articles that give none
  --max-file-mb N             files larger than this fail with the reason (default 64)
  --ignore-old-failures       exit 0 even while files failed in earlier runs are still failed
  --quiet                     no progress lines on stderr
The summary goes to stdout, progress to stderr. Exit 0 all good, 1 some inputs failed
(this run or still from an earlier one), 2 bad usage or an unusable store.`,
  extract: `usage: newsfacts extract [options]
Reads JSONL ({"id", "text", "lang"?, "published"?} a line) from stdin or --input, writes one
JSON line of money, dates and entities for each, in order.
  --lang auto|en|zh           the language when a line gives none (default auto: detected)
  --input FILE                read JSONL from FILE instead of stdin
  --text FILE                 read FILE as one plain-text article (its id is the file name)
  --published DATE            published date (YYYY-MM-DD) for --text, or lines that give none
A bad line gets {"id", "line", "error"} in its place; the rest go on; exit 1.`,
  report: `usage: newsfacts report [options]
Writes the store's reconciliation report.
  --db FILE                   the store (default output/newsfacts.sqlite); make one with newsfacts run
  --format html|md|json       (default: from --out's extension, else html)
  --out FILE                  write to FILE instead of stdout
  --status S                  only facts of this status: STATUSES (and their conflicts)
  --kind K                    only conflicts of this kind: KINDS`,
  reconcile: `usage: newsfacts reconcile [options]
Brings the store's canonical layer (entities, claims, facts, conflicts) up to date with its
articles; newsfacts run does this itself after storing articles.
  --db FILE                   the store (default output/newsfacts.sqlite)
  --full                      rebuild the whole layer, not only what new or changed articles touch
                              (after a rule change; a layer built by other rules is always rebuilt whole)
  --quiet                     no progress lines on stderr (each step that takes a second or more)
The summary goes to stdout, progress to stderr. Exit 0 done (or nothing to do), 2 bad usage or an unusable store.`,
};

// Loaded on demand: `report` and `--help` should not pay for loading the extractors.
const COMMANDS: Record<string, () => Promise<(args: string[]) => Promise<number>>> = {
  run: async () => (await import('./commands/run.ts')).runRunCommand,
  extract: async () => (await import('./commands/extract.ts')).runExtractCommand,
  report: async () => (await import('./commands/report.ts')).runReportCommand,
  reconcile: async () => (await import('./commands/reconcile.ts')).runReconcileCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    if (command && rest[0] && COMMAND_HELP[rest[0]]) return printHelp(rest[0]);
    (command ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    process.stdout.write(`newsfacts ${toolVersion()}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  // `--help` anywhere before a lone `--` asks for help, whatever else the line holds.
  const beforeDashes = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (load && (beforeDashes.includes('--help') || beforeDashes.includes('-h'))) return printHelp(command);
  if (!load) {
    process.stderr.write(`newsfacts: unknown command "${command}"\n${USAGE}\n`);
    return 2;
  }
  boundHeapGrowth();
  try {
    const handler = await load();
    return await handler(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`newsfacts ${command}: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`(newsfacts ${command} --help lists its options)\n`);
    return 2;
  }
}

async function printHelp(command: string): Promise<number> {
  let text = COMMAND_HELP[command]!;
  if (command === 'report') {
    const { FACT_STATUSES, CONFLICT_KINDS } = await import('./commands/report-options.ts');
    text = text.replace('STATUSES', FACT_STATUSES.join(', ')).replace('KINDS', CONFLICT_KINDS.join(', '));
  }
  process.stdout.write(`${text}\n`);
  return 0;
}
