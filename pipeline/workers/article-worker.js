// Entry of a worker thread when the TypeScript sources run directly (tests, scripts under
// tsx): registers tsx's loader, which a worker does not inherit, then loads the worker.
// The compiled package has no such step: its dist/pipeline/workers/article-worker.js is
// the worker itself (pool.ts points at `./article-worker.js` either way).
import { register } from 'tsx/esm/api';

register();
await import('./article-worker.ts');
