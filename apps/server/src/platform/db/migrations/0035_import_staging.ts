import { sql, type Kysely } from 'kysely';

// Issue 14: an import at COPY speed. Its rows are COPY'd into a staging table once, at the check,
// checked there set-based, and turned into addresses from there in short steps (ADR 0003), instead
// of being read twice and kept as JSON chunks. `staged` says the staging of a job is complete.
const statements = [
  `create table import_rows (
     job_id uuid not null references import_jobs(id) on delete cascade,
     row integer not null,
     unit_id text not null,
     street text not null,
     house_number integer not null,
     addition text not null,
     postcode text not null,
     city text not null,
     building text,
     home_type text not null,
     latitude double precision,
     longitude double precision,
     primary key (job_id, row)
   )`,
  `alter table import_jobs add column staged boolean not null default false`,
  // A job being applied while the server is upgraded keeps the rows it has still to apply.
  `insert into import_rows
   select c.job_id, r.row, r."unitId", r.street, r."houseNumber", r.addition, r.postcode, r.city, r.building, r."homeType", r.latitude, r.longitude
   from import_chunks c, jsonb_to_recordset(c.rows) as r("row" integer, "unitId" text, street text, "houseNumber" integer, addition text, postcode text,
     city text, building text, "homeType" text, latitude double precision, longitude double precision)`,
  `update import_jobs set staged = true where applying`,
  `drop table import_chunks`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0034 cannot be reverted');
}
