// Which characters can begin a match of a pattern, read from its source. The engine tries
// each rule at a handful of positions before every key, and most tries fail on the first
// character ("the", a weekday or a digit must open "the 27th of October"); skipping the
// positions whose character cannot open a match saves running the regex there. Anything
// this reader does not know (a negated class, ".", \s, a backreference, a non-ASCII
// letter under the i flag) makes the answer "any character", so a skip is always safe.

/** Code units, or null for "any character". */
type Characters = Set<number> | null;

interface Part {
  first: Characters;
  /** Can the part match the empty string? */
  empty: boolean;
}

interface Reader {
  source: string;
  at: number;
  ignoreCase: boolean;
}

/** The code units a non-empty match of `pattern` can begin with, or null when any may. */
export function firstCharacters(pattern: RegExp): ReadonlySet<number> | null {
  if (pattern.unicode || pattern.flags.includes('v')) return null;
  const reader: Reader = { source: pattern.source, at: 0, ignoreCase: pattern.ignoreCase };
  const { first } = readAlternation(reader);
  return reader.at === reader.source.length ? first : null;
}

function union(a: Characters, b: Characters): Characters {
  if (a === null || b === null) return null;
  for (const c of b) a.add(c);
  return a;
}

function readAlternation(r: Reader): Part {
  let first: Characters = new Set();
  let empty = false;
  for (;;) {
    const branch = readSequence(r);
    first = union(first, branch.first);
    empty ||= branch.empty;
    if (r.source[r.at] !== '|') return { first, empty };
    r.at++;
  }
}

/** Items up to "|" or ")": the first characters of every item up to the first that cannot be empty. */
function readSequence(r: Reader): Part {
  let first: Characters = new Set();
  let emptySoFar = true;
  while (r.at < r.source.length && r.source[r.at] !== '|' && r.source[r.at] !== ')') {
    const item = readItem(r);
    const optional = readQuantifier(r);
    if (emptySoFar) first = union(first, item.first);
    emptySoFar &&= item.empty || optional;
  }
  return { first, empty: emptySoFar };
}

/** Reads a quantifier if one follows; true when it allows zero repetitions. */
function readQuantifier(r: Reader): boolean {
  const c = r.source[r.at];
  let optional: boolean;
  if (c === '?' || c === '*' || c === '+') {
    optional = c !== '+';
    r.at++;
  } else {
    const braces = /^\{(\d+)(?:,\d*)?\}/.exec(r.source.slice(r.at));
    if (!braces) return false;
    optional = Number(braces[1]) === 0;
    r.at += braces[0].length;
  }
  if (r.source[r.at] === '?') r.at++; // lazy
  return optional;
}

const ZERO_WIDTH: Part = { first: new Set(), empty: true };
const ANY_CHARACTER: Part = { first: null, empty: false };

function readItem(r: Reader): Part {
  const c = r.source[r.at]!;
  if (c === '^' || c === '$') {
    r.at++;
    return ZERO_WIDTH;
  }
  if (c === '(') return readGroup(r);
  if (c === '[') return { first: readClass(r), empty: false };
  if (c === '.') {
    r.at++;
    return ANY_CHARACTER;
  }
  if (c === '\\') {
    const next = r.source[r.at + 1];
    if (next === 'b' || next === 'B') {
      r.at += 2;
      return ZERO_WIDTH;
    }
    const escaped = readEscape(r);
    return { first: typeof escaped === 'number' ? withCase(r, escaped, escaped) : escaped, empty: escaped === null };
  }
  r.at++;
  return { first: withCase(r, c.charCodeAt(0), c.charCodeAt(0)), empty: false };
}

function readGroup(r: Reader): Part {
  const rest = r.source.slice(r.at, r.at + 4);
  const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
  if (lookaround) r.at += lookaround[0].length;
  else if (rest.startsWith('(?:')) r.at += 3;
  else if (rest.startsWith('(?<')) r.at = r.source.indexOf('>', r.at) + 1; // a named group
  else if (rest.startsWith('(?')) return invalid(r);
  else r.at += 1;
  const inner = readAlternation(r);
  if (r.source[r.at] !== ')') return invalid(r);
  r.at++;
  return lookaround ? ZERO_WIDTH : inner;
}

/** A construct this reader does not follow: give up on the whole pattern. */
function invalid(r: Reader): Part {
  r.at = Infinity;
  return ANY_CHARACTER;
}

/** A character class such as [0-9０-９] or [-/.]; a negated one may begin with anything. */
function readClass(r: Reader): Characters {
  r.at++;
  const negated = r.source[r.at] === '^';
  if (negated) r.at++;
  let chars: Characters = new Set();
  while (r.at < r.source.length && r.source[r.at] !== ']') {
    const low = readClassAtom(r);
    if (r.source[r.at] === '-' && r.at + 1 < r.source.length && r.source[r.at + 1] !== ']' && typeof low === 'number') {
      r.at++;
      const high = readClassAtom(r);
      chars = typeof high === 'number' ? union(chars, withCase(r, low, high)) : null;
    } else {
      chars = union(chars, typeof low === 'number' ? withCase(r, low, low) : low);
    }
  }
  r.at++;
  return negated ? null : chars;
}

/** One character of a class (its code), or a class escape (\d) as a set. */
function readClassAtom(r: Reader): number | Characters {
  const c = r.source[r.at]!;
  if (c !== '\\') {
    r.at++;
    return c.charCodeAt(0);
  }
  if (r.source[r.at + 1] === 'b') {
    r.at += 2;
    return 8; // backspace inside a class
  }
  return readEscape(r);
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11 };

/**
 * An escape after "\": the code of one character (\n, \uXXXX, \xXX, \.), the set of \d or
 * \w, or null (any) for \s, \D, \W, \S, backreferences, octal and the rest.
 */
function readEscape(r: Reader): number | Characters {
  const next = r.source[r.at + 1] ?? '';
  r.at += 2;
  if (next === 'd') return range(48, 57);
  if (next === 'w') return union(union(union(range(48, 57), range(65, 90)), range(97, 122)), new Set([95]));
  if (next in CONTROL_ESCAPES) return CONTROL_ESCAPES[next]!;
  const hex = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(r.source.slice(r.at)) : next === 'x' ? /^[0-9a-fA-F]{2}/.exec(r.source.slice(r.at)) : null;
  if (hex) {
    r.at += hex[0].length;
    return parseInt(hex[0], 16);
  }
  if (/[A-Za-z0-9]/.test(next)) {
    while (/[0-9]/.test(next) && /[0-9]/.test(r.source[r.at] ?? '')) r.at++; // \12, \012
    return null;
  }
  return next.charCodeAt(0);
}

function range(low: number, high: number): Set<number> {
  const chars = new Set<number>();
  for (let c = low; c <= high; c++) chars.add(c);
  return chars;
}

/**
 * The codes low…high, and under the i flag the other case of each ASCII letter among them
 * (without the u flag only ASCII letters fold to ASCII). Non-ASCII under i: any.
 */
function withCase(r: Reader, low: number, high: number): Characters {
  if (high < low) return null;
  const chars = range(low, high);
  if (!r.ignoreCase) return chars;
  if (high > 127) return null;
  for (let c = low; c <= high; c++) {
    if (c >= 65 && c <= 90) chars.add(c + 32);
    else if (c >= 97 && c <= 122) chars.add(c - 32);
  }
  return chars;
}
