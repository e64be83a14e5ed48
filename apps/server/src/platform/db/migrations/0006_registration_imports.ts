import { sql, type Kysely } from 'kysely';

const statements = [
  `create table registration_imports (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     created_by uuid references users(id),
     file_name text not null,
     file bytea not null,
     headers jsonb not null,
     row_count integer not null,
     committed_at timestamptz,
     created_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0006 cannot be reverted');
}
