import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite, type DatabaseHandle } from './database.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openPglite(undefined);
  await handle.db.schema.createTable('things').addColumn('name', 'text').execute();
});
afterAll(async () => {
  await handle?.close();
});

it('keeps a query of one request out of another request’s transaction', async () => {
  let releaseTransaction!: () => void;
  const held = new Promise<void>((resolve) => (releaseTransaction = resolve));
  const failing = handle.db
    .transaction()
    .execute(async (trx) => {
      await trx
        .insertInto('things' as never)
        .values({ name: 'rolled back' } as never)
        .execute();
      await held;
      throw new Error('abort');
    })
    .catch(() => 'aborted');
  // Issued while the transaction above is open; must not become part of it.
  const outside = handle.db
    .insertInto('things' as never)
    .values({ name: 'kept' } as never)
    .execute();
  // Released on the next macrotask, not after a guessed delay: from execute() to the PGlite client
  // is microtasks only, so by then a query not held back by the driver would already have been sent
  // into the open transaction (and rolled back with it).
  setImmediate(releaseTransaction);
  expect(await failing).toBe('aborted');
  await outside;
  const rows = await handle.db
    .selectFrom('things' as never)
    .select('name' as never)
    .execute();
  expect(rows).toEqual([{ name: 'kept' }]);
});

it('returns dates as plain strings and counts as numbers', async () => {
  const { rows } = await sql<{ d: unknown; n: unknown }>`select date '2026-03-29' as d, count(*) as n from things`.execute(handle.db);
  expect(rows[0]).toEqual({ d: '2026-03-29', n: 1 });
});
