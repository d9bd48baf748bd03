// Entry of a worker thread: registers tsx's loader (a worker does not inherit the main
// thread's), then loads the TypeScript worker, as bin/newsfacts.js does for the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./article-worker.ts');
