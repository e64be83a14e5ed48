import { z } from 'zod';

/**
 * Keyset paging for long lists: a page is asked for after the sort key of the last row shown, so
 * the database reads only the page (no offset to skip) and rows added meanwhile do not shift pages.
 * The cursor is opaque to clients: base64url of the sort key (a timestamp and the row's id).
 */
export interface PageKey {
  /** The sort timestamp in UTC, to the microsecond as PostgreSQL keeps it ('YYYY-MM-DDTHH:mm:ss.ffffffZ'). */
  at: string;
  id: string;
}

const keyAt = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;
const keyId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function encodeCursor(key: PageKey): string {
  return btoa(`${key.at}|${key.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The sort key in a cursor; null when it is not one this server made (tampered, cut off, another kind). */
export function decodeCursor(cursor: string): PageKey | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const [at, id, ...rest] = text.split('|');
  if (rest.length > 0 || !at || !id || !keyId.test(id)) return null;
  const day = keyAt.exec(at);
  if (!day || !realDay(Number(day[1]), Number(day[2]), Number(day[3]))) return null;
  return { at, id };
}

/** Query fields of a paged list: how many rows (default 100, at most 500) and where to go on. */
export const pageQuery = z.object({
  limit: z.coerce.number('errors.pageLimit').int('errors.pageLimit').min(1, 'errors.pageLimit').max(500, 'errors.pageLimit').default(100),
  cursor: z
    .string()
    .refine((value) => decodeCursor(value) !== null, 'errors.cursor')
    .optional(),
});
export type PageQuery = z.output<typeof pageQuery>;

/** A page of a list: `nextCursor` is null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * Cuts the rows read (asked for one more than the page holds, to know whether more follow) to the page
 * and makes the cursor of the next page from the last row's sort key.
 */
export function toPage<R, T>(
  rows: readonly R[],
  limit: number,
  keyOf: (row: R) => PageKey,
  map: (rows: R[]) => T[],
): { items: T[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { items: map(shown), nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
