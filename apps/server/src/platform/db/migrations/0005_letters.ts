import { sql, type Kysely } from 'kysely';

const statements = [
  `create table letter_templates (
     project_id uuid primary key references projects(id) on delete cascade,
     subject text not null,
     body text not null,
     updated_by uuid references users(id),
     updated_at timestamptz not null default now()
   )`,
  `create table letters_sent (
     visit_id uuid primary key references visits(id) on delete cascade,
     project_id uuid not null references projects(id) on delete cascade,
     sent_at timestamptz not null default now(),
     sent_by uuid references users(id)
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0005 cannot be reverted');
}
