import { sql, type Kysely } from 'kysely';

// Work sessions of the picture of the neighbourhood: themes, the statements coded with them (a
// statement is one open text of one registration), the top 5 lists and the session notes.
const statements = [
  `create table themes (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     name text not null,
     description text not null default '',
     conditions text[] not null,
     valence text not null,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (project_id, name)
   )`,
  `create table statement_codings (
     registration_id uuid not null references registrations(id) on delete cascade,
     category text not null,
     project_id uuid not null references projects(id) on delete cascade,
     theme_ids uuid[] not null default '{}',
     is_unique boolean not null default false,
     coded_by uuid references users(id),
     updated_at timestamptz not null default now(),
     primary key (registration_id, category)
   )`,
  `create index statement_codings_project on statement_codings (project_id)`,
  `create table theme_top_lists (
     project_id uuid not null references projects(id) on delete cascade,
     valence text not null,
     theme_ids uuid[] not null default '{}',
     updated_by uuid references users(id),
     updated_at timestamptz not null default now(),
     primary key (project_id, valence)
   )`,
  `create table work_sessions (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     held_on date not null,
     notes text not null default '',
     created_by uuid references users(id),
     created_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0011 cannot be reverted');
}
