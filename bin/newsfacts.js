#!/usr/bin/env node
// Entry point of the `newsfacts` bin: runs the compiled command line from dist/ (built by
// `npm run build`, which `npm ci` and `npm install` run through the `prepare` script). In a
// checkout (the TypeScript sources beside dist/), a missing or stale build is refused with
// one line saying what to run; an installed package ships no sources and skips the check.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the modules between runs (in the system's
// temporary folder, or NODE_COMPILE_CACHE); it never throws. Node 20 has no such cache.
module.enableCompileCache?.();

const root = new URL('../', import.meta.url);
const built = new URL('dist/.built', root);

/** The first source file edited after the build, if any (a checkout only). */
function newerSource() {
  const since = statSync(built).mtimeMs;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      if (entry.isDirectory()) {
        const found = walk(url);
        if (found) return found;
      } else if (statSync(url).mtimeMs > since && !entry.name.endsWith('.md')) return url;
    }
    return undefined;
  };
  for (const folder of ['pipeline/', 'extractors/']) {
    const found = walk(new URL(folder, root));
    if (found) return found;
  }
  return undefined;
}

const checkout = existsSync(new URL('pipeline/cli.ts', root));
if (!existsSync(built)) {
  process.stderr.write('newsfacts: not built yet (no dist/); run "npm run build"\n');
  process.exit(2);
}
const stale = checkout ? newerSource() : undefined;
if (stale) {
  process.stderr.write(`newsfacts: dist/ is older than ${stale.pathname.slice(root.pathname.length)}; run "npm run build"\n`);
  process.exit(2);
}
const { main } = await import('../dist/pipeline/cli.js');
process.exitCode = await main(process.argv.slice(2));
