import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Both engines return the same JavaScript values: dates as 'YYYY-MM-DD' strings (no time-zone
 * shifts), bigint counts and numerics as numbers, timestamps as Date.
 */
const sameParsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
  // Hours and other small decimals; never money or ids.
  [NUMERIC_OID]: (value: string) => Number(value),
};

export interface DatabaseHandle {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** The PGlite instance when embedded (for snapshots in tests). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<DatabaseHandle> {
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: {
      [pgliteTypes.DATE]: sameParsers[DATE_OID],
      [pgliteTypes.INT8]: sameParsers[INT8_OID],
      [pgliteTypes.NUMERIC]: sameParsers[NUMERIC_OID],
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, engine: 'pglite', pglite, close: () => db.destroy() };
}

export function openPostgres(connectionString: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid in sameParsers ? sameParsers[oid as keyof typeof sameParsers] : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server closes (restart, failover, a dropped test database) must not
  // crash the process; the next query that needs a connection gets a fresh one or a clear error.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', close: () => db.destroy() };
}
