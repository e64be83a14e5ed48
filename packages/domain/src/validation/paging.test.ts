import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorTimestamp, decodeCursor, encodeCursor, keysetCursor, pageFrom, pageLimit } from './paging.js';

describe('paging', () => {
  const cursor = keysetCursor(z.tuple([cursorTimestamp, z.uuid()]));
  const id = '0b7c2d9e-4f1a-4c3b-9a8d-1e2f3a4b5c6d';

  it('round-trips a key through an opaque, URL-safe cursor (also non-ASCII text)', () => {
    const key = ['2026-12-03 13:48:56.123456+00', id, 'Ĳsselstraat ë'];
    const encoded = encodeCursor(key);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(key);
  });

  it('refuses a cursor that is no cursor or has the wrong shape, with errors.cursor', () => {
    for (const bad of ['not base64!', encodeCursor(['yesterday', id]), encodeCursor([1]), 'e30']) {
      const result = cursor.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('errors.cursor');
    }
    expect(cursor.parse(encodeCursor(['2026-12-03 13:48:56+00', id]))).toEqual(['2026-12-03 13:48:56+00', id]);
    expect(cursor.parse(undefined)).toBeUndefined();
  });

  it('keeps the limit between 1 and 100, 25 when not asked', () => {
    expect(pageLimit.parse(undefined)).toBe(25);
    expect(pageLimit.parse('40')).toBe(40);
    for (const bad of ['0', '101', '2.5', 'ten']) expect(pageLimit.safeParse(bad).error?.issues[0]?.message).toBe('errors.pageLimit');
  });

  it('gives a next cursor only when a row more than the limit came back', () => {
    const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];
    expect(pageFrom(rows, 3, (r) => [r.n])).toEqual({ items: rows, nextCursor: null });
    const page = pageFrom(rows, 2, (r) => [r.n]);
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.nextCursor!)).toEqual([2]);
  });
});
