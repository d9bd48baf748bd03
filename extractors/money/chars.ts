// Character classes the money scanner asks about. Full-width digits count as digits so
// the extractor works on raw (un-normalised) Chinese text too.

export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

export function isDigitAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && digitValue(text.charCodeAt(index)) >= 0;
}

export function isAsciiLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index) | 0x20;
  return code >= 0x61 && code <= 0x7a;
}

/** Letters, digits and apostrophes glue a token to its neighbour ("it's", "A380"). */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const ch = text[index]!;
  return isAsciiLetterAt(text, index) || isDigitAt(text, index) || ch === "'" || ch === '\u2019';
}

export function isHanAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Space, tab, no-break, thin, narrow no-break and ideographic spaces. */
export function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x3000;
}

/** Index after at most `max` spaces starting at `index`. */
export function skipSpacesForward(text: string, index: number, max: number): number {
  let i = index;
  while (i - index < max && isSpaceAt(text, i)) i++;
  return i;
}

/** Index of the first of at most `max` spaces ending just before `index`, not below `floor`. */
export function skipSpacesBackward(text: string, index: number, max: number, floor: number): number {
  let i = index;
  while (index - i < max && i - 1 >= floor && isSpaceAt(text, i - 1)) i--;
  return i;
}

/** Rounds away binary noise such as 36.57 * 1e8 = 3656999999.9999995. */
export function cleanFloat(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(15));
}

/**
 * Does `text` hold `lowerForm` at `start`, ignoring ASCII case? Compares code units in
 * place: the scanner asks this for every table form near every number, so no slicing.
 */
export function matchesFoldedAt(text: string, start: number, lowerForm: string): boolean {
  if (start < 0 || start + lowerForm.length > text.length) return false;
  for (let k = 0; k < lowerForm.length; k++) {
    let code = text.charCodeAt(start + k);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if (code !== lowerForm.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * A look-up of the character at `index` (nothing outside the text) by its lower case. The
 * answer is kept per code unit: the scanner asks about the characters around nearly every
 * number, and lower-casing a non-ASCII one builds a string each time.
 */
export function byLowerCaseCharacter<T>(byKey: Map<string, T>): (text: string, index: number) => T | undefined {
  const found = new Map<number, T>();
  /** Per code unit: 0 not looked up yet, 1 nothing, 2 an entry in `found`. */
  const known = new Uint8Array(0x10000);
  return (text, index) => {
    if (index < 0 || index >= text.length) return undefined;
    const code = text.charCodeAt(index);
    if (known[code] === 0) {
      const entry = byKey.get(String.fromCharCode(code).toLowerCase());
      if (entry !== undefined) found.set(code, entry);
      known[code] = entry === undefined ? 1 : 2;
    }
    return known[code] === 2 ? found.get(code) : undefined;
  };
}
