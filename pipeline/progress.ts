// Progress of a long run: on a terminal a live line (done/total, rate, ETA) redrawn in
// place; elsewhere a plain line every tenth of the way (or every 10 s), for logs. Rate
// and ETA appear once a second has passed, so the first line never reads `0.0/s ETA ?`.

export interface Progress {
  tick(): void;
  done(): void;
}

const formatSeconds = (s: number) => (s >= 90 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

const MIN_SECONDS_FOR_RATE = 1;
const MIN_COUNT_FOR_RATE = 3;

/** 0.4, 7.2, 38, 19000: one decimal only where it carries information. */
export const formatRate = (rate: number) => (rate >= 20 ? String(Math.round(rate)) : rate.toFixed(1));

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr, label = 'files'): Progress {
  const started = Date.now();
  const live = stream.isTTY === true;
  let count = 0;
  let lastDraw = 0;
  let lastPlainAt = started;
  let lastPlainStep = 0;

  const line = () => {
    const elapsed = (Date.now() - started) / 1000;
    const counted = `${count}/${total} ${label}`;
    // A rate over less than a second (or a handful of files) says nothing yet.
    if (elapsed < MIN_SECONDS_FOR_RATE || count < MIN_COUNT_FOR_RATE || count === total) return counted;
    const rate = count / elapsed;
    return `${counted}  ${formatRate(rate)}/s  ETA ${formatSeconds((total - count) / rate)}`;
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
