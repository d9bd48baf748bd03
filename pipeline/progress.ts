// Progress of a long run: on a terminal a live line (done/total, rate, ETA) redrawn in
// place; elsewhere a plain line every tenth of the way (or every 10 s), for logs.

export interface Progress {
  tick(): void;
  done(): void;
}

const formatSeconds = (s: number) => (s >= 90 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, label = 'files'): Progress {
  const started = Date.now();
  const live = stream.isTTY === true;
  let count = 0;
  let lastDraw = 0;
  let lastPlainAt = started;
  let lastPlainStep = 0;

  const line = () => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const eta = rate > 0 ? formatSeconds((total - count) / rate) : '?';
    return `${count}/${total} ${label}  ${rate.toFixed(1)}/s  ETA ${eta}`;
  };

  return {
    tick() {
      count++;
      const t = Date.now();
      if (live) {
        if (t - lastDraw >= 100 || count === total) {
          stream.write(`\r\x1b[K${line()}`);
          lastDraw = t;
        }
        return;
      }
      const step = total > 0 ? Math.floor((count * 10) / total) : 10;
      if (step > lastPlainStep || t - lastPlainAt >= 10_000) {
        stream.write(`progress: ${line()}\n`);
        lastPlainStep = step;
        lastPlainAt = t;
      }
    },
    done() {
      if (live && count > 0) stream.write('\n');
    },
  };
}
