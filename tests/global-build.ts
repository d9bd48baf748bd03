// Vitest global setup: builds dist/ from the current sources once before the suite, since
// the tests that run the `newsfacts` bin run the compiled package, as users do.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildOnce(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))], { stdio: ['ignore', 'ignore', 'inherit'] });
}
