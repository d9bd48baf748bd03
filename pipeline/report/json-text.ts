// writeJsonText: a value written out as JSON piece by piece, byte for byte the text
// JSON.stringify(value, null, 2) gives, so a report larger than the longest string a
// JavaScript engine holds (about 512 MB in V8: the JSON report of a 10,000-article store
// did not fit) is still written. Arrays and plain objects are walked a few levels down;
// what lies below is stringified item by item and indented to its place.

/** Levels walked before an item is stringified whole (a report's lists and their items sit at levels 1 and 2). */
const WALKED = 3;

const pad = (depth: number) => '  '.repeat(depth);

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const unwritten = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function isWalked(v: unknown): v is Record<string, unknown> | unknown[] {
  if (typeof v !== 'object' || v === null || typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  return Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null;
}

function emit(value: unknown, depth: number, write: (text: string) => void): void {
  if (depth >= WALKED || !isWalked(value)) {
    write(JSON.stringify(value, null, 2).replaceAll('\n', `\n${pad(depth)}`));
    return;
  }
  const array = Array.isArray(value);
  const entries: [string, unknown][] = array ? value.map((v, i) => [String(i), unwritten(v) ? null : v]) : Object.entries(value).filter(([, v]) => !unwritten(v));
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    write(open + close);
    return;
  }
  write(`${open}\n`);
  entries.forEach(([key, v], i) => {
    write(array ? pad(depth + 1) : `${pad(depth + 1)}${JSON.stringify(key)}: `);
    emit(v, depth + 1, write);
    write(i < entries.length - 1 ? ',\n' : '\n');
  });
  write(pad(depth) + close);
}

/** Writes `value` as JSON.stringify(value, null, 2) would, and a newline, in pieces of about `chunk` characters. */
export function writeJsonText(value: unknown, write: (text: string) => void, chunk = 1 << 20): void {
  let pending: string[] = [];
  let size = 0;
  const buffered = (text: string) => {
    pending.push(text);
    size += text.length;
    if (size < chunk) return;
    write(pending.join(''));
    [pending, size] = [[], 0];
  };
  emit(value, 0, buffered);
  buffered('\n');
  if (size > 0) write(pending.join(''));
}
