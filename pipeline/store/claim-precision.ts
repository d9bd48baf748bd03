// A claim's precision (half a unit of the last digit written, relative to the figure:
// claim-model.ts statedPrecision, `(0.5 * 10 ** -decimals) / written`) stored as a one-byte code
// instead of an 8-byte REAL (migration 24). The figure written is the claim's value over a power
// of ten (43.4 of $43.4m is 43400000 / 10 ** 6), so the code holds the decimals written and that
// power, `decimals * 16 + power`, and the claims view computes the precision again from it and
// the claim's value_number with the same two floating-point steps. Where that does not give back
// the same double, the REAL is stored as it is: the column has no type, so an integer there is a
// code and a real the precision itself.

const MAX_DECIMALS = 7;
const MAX_POWER = 15;

/** `0.5 * 10 ** -d` for each number of decimals, as statedPrecision computes it. */
const HALF_UNITS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => 0.5 * 10 ** -d);
/** `10 ** p`, exact in a double for each power used. */
const POWERS = Array.from({ length: MAX_POWER + 1 }, (_, p) => 10 ** p);

/** The most common powers first (millions, billions, 亿, 万), so that encoding a claim rarely tries many. */
const POWER_ORDER = [6, 9, 8, 4, 3, 7, 5, 10, 11, 12, 2, 1, 0, 13, 14, 15];

/**
 * What claim_rows.precision holds for a claim: the code when the view gives `precision` back from
 * it and `value`, else the precision. The code is a bigint: better-sqlite3 binds every number as a
 * REAL, which the untyped column would keep as one.
 */
export function storedPrecision(precision: number, value: number | null): bigint | number {
  if (value === null || !(precision > 0)) return precision;
  for (let d = 0; d <= MAX_DECIMALS; d++) {
    for (const p of POWER_ORDER) if (HALF_UNITS[d]! / (value / POWERS[p]!) === precision) return BigInt(d * 16 + p);
  }
  return precision;
}

/** A literal SQLite reads as exactly this double (JavaScript writes the shortest form that reads back the same). */
const literal = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const caseOf = (expr: string, values: readonly number[]) => `CASE ${expr} ${values.map((v, i) => `WHEN ${i} THEN ${literal(v)}`).join(' ')} END`;

/** SQL giving back a claim's precision from its stored column and its value_number. */
export const precisionSql = (stored: string, value: string) => `CASE WHEN typeof(${stored}) = 'integer'
    THEN (${caseOf(`${stored} >> 4`, HALF_UNITS)}) / (${value} / (${caseOf(`${stored} & 15`, POWERS)})) ELSE ${stored} END`;

/**
 * SQL finding the code of a REAL precision already stored (migrating), as storedPrecision does:
 * the first code, in the same order, whose composition gives it back; else the precision itself.
 */
export const precisionCodeSql = (precision: string, value: string) => `CASE WHEN ${value} IS NOT NULL AND ${precision} > 0 THEN coalesce((
    SELECT k.code FROM precision_codes k WHERE ${precisionSql('k.code', value)} = ${precision} ORDER BY k.rank LIMIT 1), ${precision})
  ELSE ${precision} END`;

/** The candidate codes in the order storedPrecision tries them, as rows (code, rank) for precisionCodeSql's table. */
export const PRECISION_CODE_ROWS = Array.from({ length: MAX_DECIMALS + 1 }, (_, d) => POWER_ORDER.map((p) => d * 16 + p)).flat()
  .map((code, rank) => `(${code}, ${rank})`).join(', ');
