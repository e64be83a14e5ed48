import { sql, type Kysely } from 'kysely';

const statements = [
  // A signal refers to a household only through its pseudonym, like registrations.
  `create table signals (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     category text not null,
     subject text not null,
     description text not null,
     household_key text,
     reported_by uuid references users(id),
     reported_by_contractor boolean not null default false,
     created_at timestamptz not null default now()
   )`,
  `create index signals_project on signals (project_id, created_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0007 cannot be reverted');
}
