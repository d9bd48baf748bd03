// walkDrop: every file below a drop folder, in a stable order. Symbolic links are
// followed once when they stay inside the drop; a link leaving it, a loop, or a folder
// that cannot be read is reported, never silently passed over.

import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface DropFile {
  absolutePath: string;
  /** Path relative to the drop, with forward slashes. */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

export interface DropListing {
  files: DropFile[];
  skipped: SkippedEntry[];
}

const toPosix = (p: string) => p.split(sep).join('/');

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

export async function walkDrop(dropDir: string): Promise<DropListing> {
  const root = await realpath(dropDir);
  const files: DropFile[] = [];
  const skipped: SkippedEntry[] = [];
  const visited = new Set<string>();

  async function visit(dir: string, realDir: string): Promise<void> {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: toPosix(relative(dropDir, dir)) || '.', reason: `cannot read folder: ${(error as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolutePath = join(dir, entry.name);
      const path = toPosix(relative(dropDir, absolutePath));
      try {
        let real = absolutePath;
        if (entry.isSymbolicLink()) {
          real = await realpath(absolutePath);
          if (!isInside(root, real)) {
            skipped.push({ path, reason: 'symbolic link points outside the drop (not followed)' });
            continue;
          }
        }
        const info = entry.isSymbolicLink() ? await stat(real) : await lstat(absolutePath);
        if (info.isDirectory()) {
          await visit(absolutePath, entry.isSymbolicLink() ? real : await realpath(absolutePath));
        } else if (info.isFile()) {
          files.push({ absolutePath, path, size: info.size, mtimeMs: Math.floor(info.mtimeMs) });
        } else {
          skipped.push({ path, reason: 'not a regular file' });
        }
      } catch (error) {
        skipped.push({ path, reason: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      }
    }
  }

  await visit(dropDir, root);
  return { files, skipped };
}
