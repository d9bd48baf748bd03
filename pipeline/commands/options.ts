// What every command shares for reading its command line: the option parser, the usage
// error, the default store, date options checked as calendar days, and the tool's version.
// A module of its own, so that cli.ts imports the commands and never the other way round.

import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseIsoDay } from '../../extractors/dates/calendar.ts';

/** Bad usage: the command line names what is wrong and exits 2. */
export class UsageError extends Error {}

export const DEFAULT_DB = 'output/newsfacts.sqlite';

/** A date option: YYYY-MM-DD and a day that exists (2025-02-30 and 2025-13-45 are refused). */
export function calendarDateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  if (!parseIsoDay(value)) throw new UsageError(`${name} "${value}" is not a real calendar day`);
  return value;
}

/** The package's version: its package.json is two folders up from the sources, three from dist/. */
export function toolVersion(): string {
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'newsfacts' && pkg.version) return pkg.version;
    } catch {
      // not this folder
    }
  }
  throw new Error('cannot find newsfacts\'s package.json beside its code');
}

export function parseCommand(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
