import { z } from 'zod';

/**
 * Paged lists (keyset): a page asks for `limit` rows after an opaque `cursor`, the sort key of the
 * last row of the page before. The answer is `{ items, nextCursor, total? }`; no `nextCursor`, no
 * more rows. The cursor is base64url JSON so that it travels in a query string untouched.
 */
export type CursorKey = readonly (string | number | null)[];

export const defaultPageLimit = 25;
export const maxPageLimit = 100;

export const pageLimit = z.coerce
  .number('errors.pageLimit')
  .int('errors.pageLimit')
  .min(1, 'errors.pageLimit')
  .max(maxPageLimit, 'errors.pageLimit')
  .default(defaultPageLimit);

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(key: CursorKey): string {
  return toBase64Url(JSON.stringify(key));
}

/** The key inside a cursor, or undefined when it is no cursor at all. */
export function decodeCursor(cursor: string): unknown {
  try {
    return JSON.parse(fromBase64Url(cursor));
  } catch {
    return undefined;
  }
}

/** A database timestamp as text (`2026-12-03 13:48:56.123456+00`): microseconds kept, so no row is skipped or repeated. */
export const cursorTimestamp = z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/);
export const cursorDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The `cursor` query field of a list whose sort key has the shape `key`: a wrong one is refused as `errors.cursor`. */
export function keysetCursor<T extends z.ZodType<CursorKey>>(key: T) {
  return z
    .string()
    .max(1000, 'errors.cursor')
    .transform((value, ctx) => {
      const parsed = key.safeParse(decodeCursor(value));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: 'errors.cursor' });
      return z.NEVER;
    })
    .optional();
}

/** A page of a list, as the API sends it and the web reads it. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().optional() });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/** The page of `rows` (asked for one more than `limit`): the cursor after its last row when more follow. */
export function pageFrom<R>(rows: readonly R[], limit: number, keyOf: (row: R) => CursorKey): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
