import { describe, expect, test } from 'vitest';
import { createProgress } from '../pipeline/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (chunk: string) => writes.push(chunk) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('createProgress', () => {
  test('on a terminal it redraws one line in place and ends it with a newline', () => {
    const { stream, writes } = fakeStream(true);
    const progress = createProgress(3, stream);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.done();
    expect(writes[0]).toMatch(/^\r\x1b\[K1\/3 files {2}[\d.]+\/s {2}ETA /);
    expect(writes.at(-2)).toMatch(/^\r\x1b\[K3\/3 files/);
    expect(writes.at(-1)).toBe('\n');
  });

  test('elsewhere it prints plain lines, about one per tenth of the way', () => {
    const { stream, writes } = fakeStream(false);
    const progress = createProgress(100, stream);
    for (let i = 0; i < 100; i++) progress.tick();
    progress.done();
    expect(writes.length).toBe(10);
    expect(writes.every((w) => w.startsWith('progress: ') && w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes.at(-1)).toContain('100/100 files');
  });
});
