import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
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
  /**
   * Loads rows in COPY's text format (one row a line, tab-separated, `\N` for null) into a table
   * in one statement, outside any transaction: bulk loading at the engine's own speed.
   */
  copyInto(table: string, columns: readonly string[], text: readonly string[]): Promise<void>;
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
  return {
    db,
    engine: 'pglite',
    pglite,
    // Under the dialect's lock, so it never runs inside another request's transaction.
    copyInto: (table, columns, text) =>
      db.connection().execute(async () => {
        await pglite.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([...text]) });
      }),
    close: () => db.destroy(),
  };
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
  return {
    db,
    engine: 'postgres',
    async copyInto(table, columns, text) {
      const client = await pool.connect();
      try {
        await pipeline(Readable.from(text), client.query(copyStreams.from(`copy ${table} (${columns.join(', ')}) from stdin`)));
        client.release();
      } catch (error) {
        // A connection whose COPY broke off is not given to the next query.
        client.release(error as Error);
        throw error;
      }
    },
    close: () => db.destroy(),
  };
}
