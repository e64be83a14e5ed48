import { sql, type Kysely } from 'kysely';

const statements = [
  `create table registration_forms (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     version integer not null,
     definition jsonb not null,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     unique (project_id, version)
   )`,
  // Content of a conversation, kept apart from identity: the household appears only as its
  // pseudonym; no visit, address, name or contact detail is stored here.
  `create table registrations (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     form_id uuid not null references registration_forms(id),
     client_id uuid not null unique,
     household_key text not null,
     content jsonb not null,
     created_by uuid references users(id),
     created_at timestamptz not null default now()
   )`,
  `create index registrations_project on registrations (project_id, created_at)`,
  `alter table visits add column registered boolean not null default false`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0004 cannot be reverted');
}
