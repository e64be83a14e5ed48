import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CursorKey } from '@thuis/domain';

/** One part of a list's sort key: a column or expression and its direction. The last part must be unique (the id). */
export interface KeyPart {
  by: RawBuilder<unknown>;
  desc?: boolean;
}

/**
 * The rows after the cursor's `values` in the order of `keys` (keyset paging). One direction: a row
 * comparison the index can use; mixed directions: (k0 beyond v0) or (k0 = v0 and the rest beyond).
 */
export function afterKey(keys: readonly KeyPart[], values: CursorKey): RawBuilder<SqlBool> {
  const op = (desc: boolean | undefined) => sql.raw(desc ? '<' : '>');
  if (keys.every((k) => !!k.desc === !!keys[0]!.desc)) {
    return sql<SqlBool>`(${sql.join(keys.map((k) => k.by))}) ${op(keys[0]!.desc)} (${sql.join(values.map((v) => sql`${v}`))})`;
  }
  const [first, ...rest] = keys;
  const [value, ...others] = values;
  const beyond = sql<SqlBool>`${first!.by} ${op(first!.desc)} ${value}`;
  return rest.length === 0 ? beyond : sql<SqlBool>`(${beyond} or (${first!.by} = ${value} and ${afterKey(rest, others)}))`;
}

/** The `order by` of the same key. */
export function orderByKey(keys: readonly KeyPart[]): RawBuilder<unknown> {
  return sql.join(keys.map((k) => sql`${k.by} ${sql.raw(k.desc ? 'desc' : 'asc')}`));
}
