// Entry of the reconciliation worker when the TypeScript sources run directly (tests, scripts
// under tsx): registers tsx's loader, which a worker does not inherit, then loads the worker.
// The compiled package's dist/pipeline/workers/reconcile-worker.js is the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./reconcile-worker.ts');
