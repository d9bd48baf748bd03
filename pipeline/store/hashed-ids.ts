// Ids that are a prefix and 16 hex digits of a hash (`claim_0123456789abcdef`, from
// pipeline/reconcile/derived-ids.ts) stored as the 64-bit integer those digits spell: 8 bytes
// instead of 22 (migration 21). The table keeps a virtual generated column `id` that spells the
// id again, indexed (UNIQUE), so a lookup by id reads the index as before and every query that
// names `id` is unchanged; an id of another form is kept as written in `id_text`.

import { formOfRow } from './forms.ts';

/** The columns: `hash` (the digits as a signed 64-bit integer), `id_text` (an id of another form), and the generated `id`. */
export const hashedIdColumns = (prefix: string) => `hash          INTEGER,
  id_text       TEXT,
  id            TEXT GENERATED ALWAYS AS (coalesce(id_text, '${prefix}_' || printf('%016x', hash))) VIRTUAL NOT NULL`;

/** Whether the id in `column` has the hashed form. */
export const isHashedSql = (column: string, prefix: string) =>
  `(length(${column}) = ${prefix.length + 17} AND substr(${column}, 1, ${prefix.length + 1}) = '${prefix}_' AND substr(${column}, ${prefix.length + 2}) NOT GLOB '*[^0-9a-f]*')`;

/**
 * The integer the 16 hex digits after `prefix_` in `column` spell, in SQL (which has no
 * conversion from hex): digit by digit, the first taken as signed so that no step overflows.
 */
export const hashSql = (column: string, prefix: string) => {
  const digit = (i: number) => `(instr('0123456789abcdef', substr(${column}, ${prefix.length + 2 + i}, 1)) - 1)`;
  const rest = Array.from({ length: 15 }, (_, i) => `${digit(i + 1)} * ${16n ** BigInt(14 - i)}`).join(' + ');
  return `((CASE WHEN ${digit(0)} >= 8 THEN ${digit(0)} - 16 ELSE ${digit(0)} END) * ${16n ** 15n} + ${rest})`;
};

/**
 * SQL moving the rows of `table` into `next` (made with hashedIdColumns and a `form` column),
 * each id as its hash, each row's `formColumns` as the key of their combination in `formTable`,
 * and the `kept` columns as they are; then `next` takes the table's name and its id's unique index.
 */
export const moveToHashedIds = (table: string, next: string, prefix: string, formTable: string, formColumns: readonly string[], kept: readonly string[]) => `
INSERT INTO ${next} (key, hash, id_text, form, ${kept.join(', ')})
  SELECT r.key, CASE WHEN ${isHashedSql('r.id', prefix)} THEN ${hashSql('r.id', prefix)} END, CASE WHEN NOT ${isHashedSql('r.id', prefix)} THEN r.id END,
    f.key, ${kept.map((k) => `r.${k}`).join(', ')}
  FROM ${table} r JOIN ${formTable} f ON ${formOfRow(formColumns)} ORDER BY r.key;
DROP TABLE ${table};
ALTER TABLE ${next} RENAME TO ${table};
CREATE UNIQUE INDEX ${table}_id ON ${table} (id);`;

const HEX_DIGITS = /^[0-9a-f]{16}$/;

/** The values of `hash` and `id_text` for an id with `prefix`: the integer, or the id as written when it has another form. */
export function hashedId(id: string, prefix: string): [bigint | null, string | null] {
  const digits = id.slice(prefix.length + 1);
  if (id.startsWith(`${prefix}_`) && HEX_DIGITS.test(digits)) return [BigInt.asIntN(64, BigInt(`0x${digits}`)), null];
  return [null, id];
}
