import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageQuery, toPage } from './keyset.js';

const key = { at: '2026-03-02T08:30:00.123456Z', id: '0b9d6a52-3f0e-4c1a-9a57-2f4f1f0c8e11' };

describe('keyset cursor', () => {
  it('decodes what it encoded, and is safe in an address', () => {
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it('refuses what it did not make: not base64url, no id, a day that does not exist, extra parts', () => {
    const raw = (text: string) => btoa(text).replace(/=+$/, '');
    expect(decodeCursor('not a cursor!')).toBeNull();
    expect(decodeCursor(raw(key.at))).toBeNull();
    expect(decodeCursor(raw(`2026-02-31T08:30:00.000000Z|${key.id}`))).toBeNull();
    expect(decodeCursor(raw(`2026-03-02T08:30:00Z|${key.id}`))).toBeNull();
    expect(decodeCursor(raw(`${key.at}|${key.id}|x`))).toBeNull();
    expect(decodeCursor(raw(`${key.at}|1; drop table visits`))).toBeNull();
  });
});

describe('page query', () => {
  it('defaults to 100 rows and allows 1 to 500', () => {
    expect(pageQuery.parse({})).toEqual({ limit: 100 });
    expect(pageQuery.parse({ limit: '500' }).limit).toBe(500);
    for (const limit of ['0', '501', '2.5', 'many']) {
      const result = pageQuery.safeParse({ limit });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['limit'], message: 'errors.pageLimit' });
    }
  });

  it('names the cursor when it is not one', () => {
    const result = pageQuery.safeParse({ cursor: 'abc' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['cursor'], message: 'errors.cursor' });
  });
});

describe('toPage', () => {
  const rows = [1, 2, 3].map((n) => ({ n, at: `2026-03-0${n}T00:00:00.000000Z`, id: key.id }));
  it('gives the next cursor from the last row shown when more rows follow', () => {
    const page = toPage(
      rows,
      2,
      (r) => r,
      (shown) => shown.map((r) => r.n),
    );
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ at: rows[1]!.at, id: key.id });
  });
  it('has no next cursor on the last page', () => {
    expect(
      toPage(
        rows,
        3,
        (r) => r,
        (shown) => shown.map((r) => r.n),
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
  });
});
