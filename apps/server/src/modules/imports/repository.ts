import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sql } from 'kysely';
import type { ColumnMapping, FileFormat, RowProblem } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import type { ImportJobTable } from '../../platform/db/schema.js';
import { formatOf } from './read-spreadsheet.js';

export type ImportStatus = ImportJobTable['status'];

/**
 * The uploaded file is kept gzip-compressed (off the main thread, in libuv's pool) and sent as base64:
 * PGlite stores a 6 MB CSV as a plain bytea parameter in seconds, holding its one session (and the
 * main thread) meanwhile; compressed it is a tenth of that. Files kept before are not compressed.
 */
const packFile = async (file: Buffer) => (await promisify(gzip)(file)).toString('base64');
const unpackFile = async (base64: string) => {
  const stored = Buffer.from(base64, 'base64');
  return stored[0] === 0x1f && stored[1] === 0x8b ? promisify(gunzip)(stored) : stored;
};
export const LOCK_SECONDS = 15;

export function createImportRepository(db: Db) {
  return {
    async create(values: {
      projectId: string;
      userId: string;
      fileName: string;
      fileKind: 'csv' | 'xlsx';
      file: Buffer;
      format: FileFormat | null;
      headers: string[];
      sample: string[][];
      mapping: ColumnMapping;
      totalRows: number;
    }) {
      const row = await db
        .insertInto('import_jobs')
        .values({
          project_id: values.projectId,
          created_by: values.userId,
          file_name: values.fileName,
          file_kind: values.fileKind,
          file: sql<Buffer>`decode(${await packFile(values.file)}, 'base64')`,
          text_encoding: values.format?.encoding ?? null,
          delimiter: values.format?.delimiter ?? null,
          headers: JSON.stringify(values.headers),
          sample: JSON.stringify(values.sample),
          mapping: JSON.stringify(values.mapping),
          status: 'uploaded',
          total_rows: values.totalRows,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    find(projectId: string, id: string) {
      return db
        .selectFrom('import_jobs')
        .where('project_id', '=', projectId)
        .where('id', '=', id)
        .select([
          'id',
          'project_id as projectId',
          'file_name as fileName',
          'file_kind as fileKind',
          'text_encoding as textEncoding',
          'delimiter',
          'status',
          'headers',
          'sample',
          'mapping',
          'total_rows as totalRows',
          'processed_rows as processedRows',
          'problem_count as problemCount',
          'problems',
          'new_count as newCount',
          'updated_count as updatedCount',
          'error',
          'created_at as createdAt',
          'created_by as createdBy',
        ])
        .executeTakeFirst();
    },

    async file(id: string): Promise<Buffer> {
      const row = await db
        .selectFrom('import_jobs')
        .where('id', '=', id)
        .select(sql<string>`encode(file, 'base64')`.as('file'))
        .executeTakeFirstOrThrow();
      return unpackFile(row.file);
    },

    /**
     * The file read again in another format: back to the mapping step, with what that reading shows.
     * False while the job is being checked or committed (the worker would overwrite it).
     */
    async reread(
      id: string,
      values: { format: FileFormat; headers: string[]; sample: string[][]; mapping: ColumnMapping; totalRows: number },
    ): Promise<boolean> {
      const result = await db
        .updateTable('import_jobs')
        .set({
          text_encoding: values.format.encoding,
          delimiter: values.format.delimiter,
          headers: JSON.stringify(values.headers),
          sample: JSON.stringify(values.sample),
          mapping: JSON.stringify(values.mapping),
          total_rows: values.totalRows,
          status: 'uploaded',
          processed_rows: 0,
          problem_count: 0,
          problems: '[]',
          new_count: 0,
          updated_count: 0,
          error: null,
          locked_until: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('status', 'in', ['uploaded', 'checked', 'failed'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async setMapping(id: string, mapping: ColumnMapping) {
      await db
        .updateTable('import_jobs')
        .set({
          mapping: JSON.stringify(mapping),
          status: 'checking',
          processed_rows: 0,
          problem_count: 0,
          problems: '[]',
          new_count: 0,
          updated_count: 0,
          error: null,
          locked_until: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Moves a checked job without problems to committing; false when it was not in that state. */
    async startCommit(id: string): Promise<boolean> {
      const result = await db
        .updateTable('import_jobs')
        .set({ status: 'committing', processed_rows: 0, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'checked')
        .where('problem_count', '=', 0)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Takes the next job that needs work and is not held by a live worker (several instances may run). */
    /**
     * Takes the next job that needs work and is not held by a live worker (several instances may run).
     * A commit waits while another import of its project is being applied. `claimedAt` is the
     * database's clock: what the job checks from now on is at least this recent.
     */
    async claimNext(): Promise<
      | {
          id: string;
          projectId: string;
          status: ImportStatus;
          applying: boolean;
          fileKind: 'csv' | 'xlsx';
          file: Buffer;
          format: FileFormat | null;
          mapping: ColumnMapping;
          createdBy: string | null;
          claimedAt: Date;
        }
      | undefined
    > {
      const result = await sql<{ id: string; claimedAt: Date }>`
        update import_jobs set locked_until = now() + make_interval(secs => ${LOCK_SECONDS})
        where id = (
          select id from import_jobs j
          where status in ('checking', 'committing') and (locked_until is null or locked_until < now())
            and (applying or status = 'checking' or not exists (
              select 1 from import_jobs o where o.project_id = j.project_id and o.id <> j.id and o.status = 'committing' and o.applying))
          order by updated_at limit 1 for update skip locked)
        returning id, now() as "claimedAt"`.execute(db);
      const claimed = result.rows[0];
      if (!claimed) return undefined;
      const job = await db
        .selectFrom('import_jobs')
        .where('id', '=', claimed.id)
        // The file only when it is still to be read.
        .select([
          'id',
          'project_id as projectId',
          'status',
          'applying',
          'file_kind as fileKind',
          'text_encoding as textEncoding',
          'delimiter',
          'mapping',
          'created_by as createdBy',
          sql<string>`case when applying then '' else encode(file, 'base64') end`.as('file'),
        ])
        .executeTakeFirstOrThrow();
      const { textEncoding, delimiter, ...rest } = job;
      return { ...rest, file: await unpackFile(job.file), format: formatOf({ textEncoding, delimiter }), claimedAt: claimed.claimedAt };
    },

    /** Lets go of a job without changing it, so that it is taken up again in a later round. */
    async release(id: string) {
      await db.updateTable('import_jobs').set({ locked_until: null }).where('id', '=', id).execute();
    },

    async progress(id: string, processedRows: number, totalRows?: number) {
      await db
        .updateTable('import_jobs')
        .set({
          processed_rows: processedRows,
          ...(totalRows !== undefined ? { total_rows: totalRows } : {}),
          locked_until: sql`now() + make_interval(secs => ${LOCK_SECONDS})`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },

    async finishCheck(id: string, result: { totalRows: number; problems: RowProblem[]; newCount: number; updatedCount: number }) {
      await db
        .updateTable('import_jobs')
        .set({
          status: 'checked',
          total_rows: result.totalRows,
          processed_rows: result.totalRows,
          problem_count: result.problems.length,
          // Keep the first problems: enough to fix the file, small enough to send.
          problems: JSON.stringify(result.problems.slice(0, 500)),
          new_count: result.newCount,
          updated_count: result.updatedCount,
          locked_until: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Only before the point of no return: a job being applied is finished, never failed half-way. Its chunks go first. */
    async fail(id: string, error: string) {
      await db
        .deleteFrom('import_chunks')
        .where('job_id', '=', id)
        .where((eb) => eb.exists(eb.selectFrom('import_jobs').where('id', '=', id).where('applying', '=', false).select('id')))
        .execute();
      await db
        .updateTable('import_jobs')
        .set({ status: 'failed', error, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('applying', '=', false)
        .execute();
    },

    async clearChunks(id: string) {
      await db.deleteFrom('import_chunks').where('job_id', '=', id).execute();
    },

    /** Keeps checked rows (as JSON) for the commit, one chunk per short statement. */
    async storeChunk(id: string, chunk: number, rows: string) {
      await db.insertInto('import_chunks').values({ job_id: id, chunk, rows }).execute();
    },

    /**
     * The point of no return, under a lock per project: refused while another import of the project
     * is being applied or was finished after this job's rows were checked (its check would be stale).
     */
    async beginApply(id: string, projectId: string, checkedSince: Date): Promise<boolean> {
      await sql`select pg_advisory_xact_lock(hashtext(${`address-import:${projectId}`}))`.execute(db);
      const other = await db
        .selectFrom('import_jobs')
        .where('project_id', '=', projectId)
        .where('id', '<>', id)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'committing'), eb('applying', '=', true)]),
            eb.and([eb('status', '=', 'committed'), eb('updated_at', '>=', checkedSince)]),
          ]),
        )
        .select('id')
        .executeTakeFirst();
      if (other) return false;
      await db
        .updateTable('import_jobs')
        .set({
          applying: true,
          processed_rows: 0,
          new_count: 0,
          updated_count: 0,
          locked_until: sql`now() + make_interval(secs => ${LOCK_SECONDS})`,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
      return true;
    },

    /**
     * Turns the next chunk into addresses (new unit ids added, known ones updated), drops it and
     * counts it on the job, all in the caller's transaction: a crash repeats a chunk or none.
     * Returns the rows applied, or null when no chunk is left.
     */
    async applyNextChunk(id: string, projectId: string): Promise<number | null> {
      // Locks the job row first, so two instances never apply the same job's chunks at once.
      const job = await db
        .selectFrom('import_jobs')
        .where('id', '=', id)
        .where('status', '=', 'committing')
        .where('applying', '=', true)
        .select('id')
        .forUpdate()
        .executeTakeFirst();
      if (!job) return null;
      const result = await sql<{ chunks: number; rows: number; inserted: number; updated: number }>`
        with chunk as (
          delete from import_chunks where (job_id, chunk) = (select job_id, chunk from import_chunks where job_id = ${id} order by chunk limit 1)
          returning rows),
        upserted as (
          insert into addresses (project_id, unit_id, street, house_number, addition, postcode, city, home_type, building_id, latitude, longitude)
          select ${projectId}, r."unitId", r.street, r."houseNumber", r.addition, r.postcode, r.city, r."homeType", b.id, r.latitude, r.longitude
          from chunk, jsonb_to_recordset(chunk.rows) as r("unitId" text, street text, "houseNumber" integer, addition text, postcode text, city text, "homeType" text, building text, latitude double precision, longitude double precision)
          left join buildings b on b.project_id = ${projectId} and lower(b.code) = lower(r.building)
          on conflict (project_id, unit_id) do update set
            street = excluded.street, house_number = excluded.house_number, addition = excluded.addition,
            postcode = excluded.postcode, city = excluded.city, home_type = excluded.home_type,
            building_id = coalesce(excluded.building_id, addresses.building_id),
            -- A row without coordinates keeps the position a click on the map gave the home.
            latitude = coalesce(excluded.latitude, addresses.latitude), longitude = coalesce(excluded.longitude, addresses.longitude),
            updated_at = now()
          returning (xmax = 0) as inserted)
        select (select count(*) from chunk)::int as chunks, count(*)::int as rows,
          count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated
        from upserted`.execute(db);
      const counts = result.rows[0]!;
      if (counts.chunks === 0) return null;
      await db
        .updateTable('import_jobs')
        .set((eb) => ({
          processed_rows: eb('processed_rows', '+', counts.rows),
          new_count: eb('new_count', '+', counts.inserted),
          updated_count: eb('updated_count', '+', counts.updated),
          locked_until: sql`now() + make_interval(secs => ${LOCK_SECONDS})`,
          updated_at: sql`now()`,
        }))
        .where('id', '=', id)
        .execute();
      return counts.rows;
    },

    /** Marks an applied job committed; undefined when another instance already did. */
    finishCommit(id: string) {
      return db
        .updateTable('import_jobs')
        .set({ status: 'committed', applying: false, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'committing')
        .returning(['new_count as inserted', 'updated_count as updated'])
        .executeTakeFirst();
    },

    async buildingCodes(projectId: string): Promise<Set<string>> {
      const rows = await db.selectFrom('buildings').where('project_id', '=', projectId).select('code').execute();
      return new Set(rows.map((r) => r.code.toLowerCase()));
    },

    /** The project's addresses by unit id and by address key, to tell new from updated and spot clashes. */
    async existingAddresses(projectId: string) {
      return db
        .selectFrom('addresses')
        .where('project_id', '=', projectId)
        .select(['unit_id as unitId', 'postcode', 'house_number as houseNumber', 'addition'])
        .execute();
    },
  };
}
export type ImportRepository = ReturnType<typeof createImportRepository>;
