import { afterEach, describe, expect, test, vi } from 'vitest';
import { createProgress, formatRate } from '../pipeline/progress.ts';

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
    expect(writes[0]).toBe('\r\x1b[K1/3 files');
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

  describe('rate and ETA', () => {
    afterEach(() => vi.useRealTimers());

    test('are left out until a second has passed, then shown with sensible precision', () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
      const { stream, writes } = fakeStream(false);
      const progress = createProgress(100, stream);
      for (let i = 0; i < 10; i++) progress.tick();
      expect(writes[0]).toBe('progress: 10/100 files\n');
      vi.setSystemTime(new Date('2026-01-01T00:00:02Z'));
      for (let i = 0; i < 10; i++) progress.tick();
      expect(writes[1]).toBe('progress: 20/100 files  10.0/s  ETA 8s\n');
    });

    test('a fast rate reads as a whole number', () => {
      expect(formatRate(19000)).toBe('19000');
      expect(formatRate(7.25)).toBe('7.3');
      expect(formatRate(0.04)).toBe('0.0');
    });
  });
});
