// Entry of the files' child process when the TypeScript sources run directly (tests, scripts
// under tsx): registers tsx's loader, which a forked process started without it lacks, then
// loads the child. The compiled package's dist/pipeline/workers/files-child.js is the child itself.
import { register } from 'tsx/esm/api';

register();
await import('./files-child.ts');
