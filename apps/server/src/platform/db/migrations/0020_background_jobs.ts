import { sql, type Kysely } from 'kysely';

// Long work runs as background jobs in short transactions, so the one PGlite session (and the rows
// on PostgreSQL) are never held for long (ADR 0003).
const statements = [
  // An import's checked rows, frozen in chunks of a few hundred: each chunk becomes addresses in a
  // transaction of its own. `applying` is the point of no return: from then on the job is finished
  // (after a crash too), never given up half-way.
  `create table import_chunks (
     job_id uuid not null references import_jobs(id) on delete cascade,
     chunk integer not null,
     rows jsonb not null,
     primary key (job_id, chunk)
   )`,
  `drop table import_rows`,
  `alter table import_jobs add column applying boolean not null default false`,
  // Bulk invitation letters: made in the background, the PDF kept for its maker for a day.
  `create table letter_jobs (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     created_by uuid not null references users(id) on delete cascade,
     visit_ids jsonb not null,
     locale text not null check (locale in ('nl','en')),
     status text not null check (status in ('queued','rendering','done','failed')),
     total integer not null,
     done_count integer not null default 0,
     pdf bytea,
     error text,
     locked_until timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index letter_jobs_pending on letter_jobs (status, locked_until) where status in ('queued','rendering')`,
  `create index letter_jobs_created on letter_jobs (created_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0020 cannot be reverted');
}
