import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type KyselyPlugin, type OperationNode, type RootOperationNode } from 'kysely';
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

/** The channel of the database's notices about callers (migration 0044). */
export const CALLER_CHANNEL = 'thuis_callers';

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
  /**
   * Hears the database's notices of changes to sessions, users, organisations and memberships
   * (CALLER_CHANNEL, sent when a transaction commits; ADR 0006): `onNotice` with each payload,
   * `onListening(false)` when notices may be missed from now on (connection lost) and
   * `onListening(true)` once every notice will be heard again. Resolves to a function that stops.
   */
  listenForCallerChanges?(onNotice: (payload: string) => void, onListening: (listening: boolean) => void): Promise<() => Promise<void>>;
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
    // PGlite hands a notice to its listeners before the query that caused it resolves: nothing is missed.
    async listenForCallerChanges(onNotice, onListening) {
      const unlisten = await db.connection().execute(() => pglite.listen(CALLER_CHANNEL, onNotice));
      onListening(true);
      return async () => {
        onListening(false);
        await db.connection().execute(() => unlisten());
      };
    },
    close: () => db.destroy(),
  };
}

const LISTEN_RETRY_MS = 1_000;

/** The tables a caller (session, user, organisation, role) is read from: ADR 0006, migration 0044. */
const CALLER_TABLES = new Set(['sessions', 'users', 'organisations', 'project_members']);

/** The first table named in a node (the target of an insert, update or delete). */
function firstTable(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as OperationNode & { table?: { identifier?: { name?: string } } };
  if (n.kind === 'TableNode') return n.table?.identifier?.name;
  for (const value of Object.values(node)) {
    const found = Array.isArray(value) ? value.map(firstTable).find(Boolean) : firstTable(value);
    if (found) return found;
  }
  return undefined;
}

/** Whether a query writes to what a caller is made of (a touch of a session aside: it only slides the expiry). */
function changesCallers(node: RootOperationNode): boolean {
  const target =
    node.kind === 'InsertQueryNode'
      ? firstTable(node.into)
      : node.kind === 'UpdateQueryNode'
        ? firstTable(node.table)
        : node.kind === 'DeleteQueryNode'
          ? firstTable(node.from)
          : undefined;
  return target !== undefined && CALLER_TABLES.has(target) && !(node.kind === 'UpdateQueryNode' && target === 'sessions');
}

/**
 * PostgreSQL announces a change to the callers' tables to every instance, but a notice travels on
 * a connection of its own and may come in just after the change's own answer. A change made through
 * this process is announced here at once as well (`all`), so the very next request of this process
 * never sees the old caller. (Changes only raw SQL or a cascade makes still come with the notice.)
 */
function localCallerNotices() {
  const listeners = new Set<(payload: string) => void>();
  const writes = new WeakSet<Parameters<KyselyPlugin['transformQuery']>[0]['queryId']>();
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      if (listeners.size && changesCallers(args.node)) writes.add(args.queryId);
      return args.node;
    },
    async transformResult(args) {
      if (writes.delete(args.queryId)) for (const listener of listeners) listener('all');
      return args.result;
    },
  };
  return { plugin, listeners };
}

/** A connection of its own that LISTENs on the channel, and finds its way back after it is lost. */
async function listenOnPostgres(
  connectionString: string,
  channel: string,
  onNotice: (payload: string) => void,
  onListening: (listening: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    const candidate = new pg.Client({ connectionString });
    candidate.on('notification', (message) => {
      if (message.channel === channel) onNotice(message.payload ?? '');
    });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      onListening(false);
      if (client === candidate) client = undefined;
      void candidate.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect().catch(() => {}), LISTEN_RETRY_MS);
    };
    candidate.on('error', onLost);
    candidate.on('end', onLost);
    try {
      await candidate.connect();
      await candidate.query(`listen ${channel}`);
    } catch (error) {
      onLost();
      throw error;
    }
    if (stopped) {
      await candidate.end();
      return;
    }
    client = candidate;
    onListening(true);
  };
  // The first connection must succeed (as the pool's must); later losses are retried.
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    onListening(false);
    await client?.end().catch(() => {});
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
  const local = localCallerNotices();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [local.plugin] });
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
    async listenForCallerChanges(onNotice, onListening) {
      const stop = await listenOnPostgres(connectionString, CALLER_CHANNEL, onNotice, onListening);
      local.listeners.add(onNotice);
      return async () => {
        local.listeners.delete(onNotice);
        await stop();
      };
    },
    close: () => db.destroy(),
  };
}
