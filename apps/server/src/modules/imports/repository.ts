import { sql } from 'kysely';
import type { ColumnMapping, FileFormat, ImportedAddress, RowProblem } from '@thuis/domain';
import type { Db } from '../../platform/db/database.js';
import type { ImportJobTable } from '../../platform/db/schema.js';
import { formatOf } from './read-spreadsheet.js';

export type ImportStatus = ImportJobTable['status'];
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
          file: values.file,
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
        .select(['id', 'project_id as projectId', 'file_name as fileName', 'file_kind as fileKind', 'text_encoding as textEncoding', 'delimiter', 'status', 'headers', 'sample', 'mapping', 'total_rows as totalRows', 'processed_rows as processedRows', 'problem_count as problemCount', 'problems', 'new_count as newCount', 'updated_count as updatedCount', 'error', 'created_at as createdAt', 'created_by as createdBy'])
        .executeTakeFirst();
    },

    async file(id: string): Promise<Buffer> {
      const row = await db.selectFrom('import_jobs').where('id', '=', id).select('file').executeTakeFirstOrThrow();
      return Buffer.from(row.file);
    },

    /**
     * The file read again in another format: back to the mapping step, with what that reading shows.
     * False while the job is being checked or committed (the worker would overwrite it).
     */
    async reread(id: string, values: { format: FileFormat; headers: string[]; sample: string[][]; mapping: ColumnMapping; totalRows: number }): Promise<boolean> {
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
        .set({ mapping: JSON.stringify(mapping), status: 'checking', processed_rows: 0, problem_count: 0, problems: '[]', new_count: 0, updated_count: 0, error: null, locked_until: null, updated_at: sql`now()` })
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
    async claimNext(): Promise<
      { id: string; projectId: string; status: ImportStatus; fileKind: 'csv' | 'xlsx'; file: Buffer; format: FileFormat | null; mapping: ColumnMapping; createdBy: string | null } | undefined
    > {
      const result = await sql<{ id: string }>`
        update import_jobs set locked_until = now() + make_interval(secs => ${LOCK_SECONDS})
        where id = (
          select id from import_jobs
          where status in ('checking', 'committing') and (locked_until is null or locked_until < now())
          order by updated_at limit 1 for update skip locked)
        returning id`.execute(db);
      const id = result.rows[0]?.id;
      if (!id) return undefined;
      const job = await db
        .selectFrom('import_jobs')
        .where('id', '=', id)
        .select(['id', 'project_id as projectId', 'status', 'file_kind as fileKind', 'file', 'text_encoding as textEncoding', 'delimiter', 'mapping', 'created_by as createdBy'])
        .executeTakeFirstOrThrow();
      const { textEncoding, delimiter, ...rest } = job;
      // pg gives bytea as a Buffer, PGlite as a plain Uint8Array.
      return { ...rest, file: Buffer.from(job.file), format: formatOf({ textEncoding, delimiter }) };
    },

    async progress(id: string, processedRows: number, totalRows?: number) {
      await db
        .updateTable('import_jobs')
        .set({ processed_rows: processedRows, ...(totalRows !== undefined ? { total_rows: totalRows } : {}), locked_until: sql`now() + make_interval(secs => ${LOCK_SECONDS})`, updated_at: sql`now()` })
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

    async fail(id: string, error: string) {
      await db.updateTable('import_jobs').set({ status: 'failed', error, locked_until: null, updated_at: sql`now()` }).where('id', '=', id).execute();
    },

    async clearStaging(id: string) {
      await db.deleteFrom('import_rows').where('job_id', '=', id).execute();
    },

    async stage(id: string, addresses: readonly ImportedAddress[]) {
      if (addresses.length === 0) return;
      await db
        .insertInto('import_rows')
        .values(
          addresses.map((a) => ({
            job_id: id,
            row: a.row,
            unit_id: a.unitId,
            street: a.street,
            house_number: a.houseNumber,
            addition: a.addition,
            postcode: a.postcode,
            city: a.city,
            building: a.building,
            home_type: a.homeType,
          })),
        )
        .execute();
    },

    /** Turns the staged rows into addresses in one statement: new unit ids are added, known ones updated. */
    async apply(id: string, projectId: string): Promise<{ inserted: number; updated: number }> {
      const result = await sql<{ inserted: number; updated: number }>`
        with upserted as (
          insert into addresses (project_id, unit_id, street, house_number, addition, postcode, city, home_type, building_id)
          select ${projectId}, r.unit_id, r.street, r.house_number, r.addition, r.postcode, r.city, r.home_type, b.id
          from import_rows r
          left join buildings b on b.project_id = ${projectId} and lower(b.code) = lower(r.building)
          where r.job_id = ${id}
          on conflict (project_id, unit_id) do update set
            street = excluded.street, house_number = excluded.house_number, addition = excluded.addition,
            postcode = excluded.postcode, city = excluded.city, home_type = excluded.home_type,
            building_id = coalesce(excluded.building_id, addresses.building_id), updated_at = now()
          returning (xmax = 0) as inserted)
        select count(*) filter (where inserted)::int as inserted, count(*) filter (where not inserted)::int as updated from upserted`.execute(db);
      return result.rows[0]!;
    },

    async finishCommit(id: string, counts: { inserted: number; updated: number }) {
      await db
        .updateTable('import_jobs')
        .set({ status: 'committed', new_count: counts.inserted, updated_count: counts.updated, locked_until: null, updated_at: sql`now()` })
        .where('id', '=', id)
        .execute();
      await db.deleteFrom('import_rows').where('job_id', '=', id).execute();
    },

    async buildingCodes(projectId: string): Promise<Set<string>> {
      const rows = await db.selectFrom('buildings').where('project_id', '=', projectId).select('code').execute();
      return new Set(rows.map((r) => r.code.toLowerCase()));
    },

    /** The project's addresses by unit id and by address key, to tell new from updated and spot clashes. */
    async existingAddresses(projectId: string) {
      return db.selectFrom('addresses').where('project_id', '=', projectId).select(['unit_id as unitId', 'postcode', 'house_number as houseNumber', 'addition']).execute();
    },
  };
}
export type ImportRepository = ReturnType<typeof createImportRepository>;
