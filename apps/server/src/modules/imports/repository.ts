import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sql } from 'kysely';
import type { AddressImportField, ColumnMapping, FileFormat, RowProblem } from '@thuis/domain';
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
/** Problems kept on a job: enough to fix the file, small enough to send. */
const KEPT_PROBLEMS = 500;

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
          staged: false,
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
          staged: false,
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
          staged: boolean;
          totalRows: number;
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
        // The file only when its rows are still to be staged.
        .select([
          'id',
          'project_id as projectId',
          'status',
          'applying',
          'staged',
          'total_rows as totalRows',
          'file_kind as fileKind',
          'text_encoding as textEncoding',
          'delimiter',
          'mapping',
          'created_by as createdBy',
          sql<string>`case when applying or (staged and status = 'committing') then '' else encode(file, 'base64') end`.as('file'),
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

    async finishCheck(id: string, result: { totalRows: number; problems: RowProblem[]; problemCount: number; newCount: number; updatedCount: number }) {
      await db
        .updateTable('import_jobs')
        .set({
          status: 'checked',
          total_rows: result.totalRows,
          processed_rows: result.totalRows,
          problem_count: result.problemCount,
          problems: JSON.stringify(result.problems.slice(0, KEPT_PROBLEMS)),
          new_count: result.newCount,
          updated_count: result.updatedCount,
          locked_until: null,
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .execute();
    },

    /** Only before the point of no return: a job being applied is finished, never failed half-way. */
    async fail(id: string, error: string) {
      await db
        .updateTable('import_jobs')
        .set({ status: 'failed', error, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('applying', '=', false)
        .execute();
    },

    /**
     * Drops a job's staged rows in (after, through] (one short step of clearing them), never those of
     * a job being applied; says whether rows after `through` are left.
     */
    async unstageStep(id: string, after: number, through: number): Promise<boolean> {
      await db.updateTable('import_jobs').set({ staged: false }).where('id', '=', id).where('applying', '=', false).execute();
      const result = await sql<{ more: boolean }>`
        with gone as (
          delete from import_rows where job_id = ${id} and row > ${after} and row <= ${through}
            and exists (select 1 from import_jobs where id = ${id} and not applying))
        select exists (select 1 from import_rows where job_id = ${id} and row > ${through}) as more`.execute(db);
      return result.rows[0]!.more;
    },

    /** All the job's rows are staged: a commit applies them without reading the file again. */
    async markStaged(id: string) {
      await db.updateTable('import_jobs').set({ staged: true }).where('id', '=', id).execute();
    },

    /**
     * The checks that need the project, set-based on the job's staged rows in (after, through]: a
     * building the project does not have, an address that belongs to another unit id. The first
     * problems by row and how many; how many rows, and how many with a unit id the project does not
     * have yet; whether rows after `through` are left.
     */
    async checkStaged(
      id: string,
      projectId: string,
      after: number,
      through: number,
    ): Promise<{ problems: RowProblem[]; problemCount: number; rows: number; newCount: number; more: boolean }> {
      // One pass over the staged rows, each looked up once in the project's indexes (buildings by
      // code, addresses by address and by unit id), instead of one query per check and one to count.
      const result = await sql<{ rows: number; newCount: number; problemCount: number; problems: RowProblem[]; more: boolean }>`
        with checked as materialized (
          select r.row, r.building, r.house_number,
            r.building is not null and b.id is null as unknown_building,
            taken.id is not null as taken,
            known.id is null as new
          from import_rows r
          left join buildings b on b.project_id = ${projectId} and lower(b.code) = lower(r.building)
          left join addresses taken on taken.project_id = ${projectId} and taken.postcode = r.postcode
            and taken.house_number = r.house_number and lower(taken.addition) = lower(r.addition) and taken.unit_id <> r.unit_id
          left join addresses known on known.project_id = ${projectId} and known.unit_id = r.unit_id
          where r.job_id = ${id} and r.row > ${after} and r.row <= ${through}),
        found as (
          select row, 'building' as field, 'errors.unknownBuilding' as key, building as value from checked where unknown_building
          union all
          select row, 'houseNumber', 'errors.addressTakenByOtherUnit', house_number::text from checked where taken)
        select (select count(*)::int from checked) as rows,
          (select (count(*) filter (where new))::int from checked) as "newCount",
          (select count(*)::int from found) as "problemCount",
          (select coalesce(json_agg(f order by f.row), '[]') from (select * from found order by row limit ${KEPT_PROBLEMS}) f) as problems,
          exists (select 1 from import_rows where job_id = ${id} and row > ${through}) as more`.execute(db);
      const { problems, ...counts } = result.rows[0]!;
      return {
        problems: problems.map(({ row, field, key, value }) => ({
          row,
          field: field as AddressImportField,
          key,
          value,
        })),
        ...counts,
      };
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
     * Turns the staged rows in (after, through] into addresses (new unit ids added, known ones
     * updated), drops them from the staging table and counts them on the job, all in the caller's
     * transaction: a crash repeats a step or none. Says whether rows after `through` are left; false
     * when the job is no longer being applied.
     */
    async applyRowsThrough(id: string, projectId: string, after: number, through: number): Promise<boolean> {
      // Locks the job row first, so two instances never apply the same job's rows at once.
      const job = await db
        .selectFrom('import_jobs')
        .where('id', '=', id)
        .where('status', '=', 'committing')
        .where('applying', '=', true)
        .select('id')
        .forUpdate()
        .executeTakeFirst();
      if (!job) return false;
      // A range of row numbers, not "the first n rows": that is an index range whatever the
      // planner knows of the table, and never passes the rows deleted by the steps before.
      const result = await sql<{ more: boolean }>`
        with batch as (
          delete from import_rows where job_id = ${id} and row > ${after} and row <= ${through}
          returning *),
        upserted as (
          insert into addresses (project_id, unit_id, street, house_number, addition, postcode, city, home_type, building_id, latitude, longitude)
          select ${projectId}, r.unit_id, r.street, r.house_number, r.addition, r.postcode, r.city, r.home_type, b.id, r.latitude, r.longitude
          from batch r
          left join buildings b on b.project_id = ${projectId} and lower(b.code) = lower(r.building)
          on conflict (project_id, unit_id) do update set
            street = excluded.street, house_number = excluded.house_number, addition = excluded.addition,
            postcode = excluded.postcode, city = excluded.city, home_type = excluded.home_type,
            building_id = coalesce(excluded.building_id, addresses.building_id),
            -- A row without coordinates keeps the position a click on the map gave the home.
            latitude = coalesce(excluded.latitude, addresses.latitude), longitude = coalesce(excluded.longitude, addresses.longitude),
            updated_at = now()
          returning (xmax = 0) as inserted),
        counted as (select count(*)::int as rows, (count(*) filter (where inserted))::int as inserted from upserted),
        counting as (update import_jobs set
          processed_rows = processed_rows + counted.rows, new_count = new_count + counted.inserted,
          updated_count = updated_count + counted.rows - counted.inserted,
          locked_until = now() + make_interval(secs => ${LOCK_SECONDS}), updated_at = now()
        from counted where import_jobs.id = ${id})
        select exists (select 1 from import_rows where job_id = ${id} and row > ${through}) as more`.execute(db);
      return result.rows[0]!.more;
    },

    /** Marks an applied job committed; undefined when another instance already did. */
    finishCommit(id: string) {
      return db
        .updateTable('import_jobs')
        .set({ status: 'committed', applying: false, staged: false, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .where('status', '=', 'committing')
        .returning(['new_count as inserted', 'updated_count as updated'])
        .executeTakeFirst();
    },
  };
}
export type ImportRepository = ReturnType<typeof createImportRepository>;
