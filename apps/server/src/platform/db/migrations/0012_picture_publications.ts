import { sql, type Kysely } from 'kysely';

// Step 3 of the picture of the neighbourhood: approved quotes, and the report and talking poster as
// versioned PDFs that go through review before they are published.
const statements = [
  `create table picture_quotes (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     registration_id uuid references registrations(id) on delete set null,
     category text not null,
     text text not null,
     theme_id uuid references themes(id) on delete set null,
     approved_by uuid references users(id),
     approved_at timestamptz,
     created_by uuid references users(id),
     created_at timestamptz not null default now()
   )`,
  `create index picture_quotes_project on picture_quotes (project_id)`,
  `create table picture_publications (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     kind text not null,
     version int not null,
     title text not null,
     introduction text not null default '',
     stage text not null default 'concept',
     -- What the version shows, fixed when it is made; the PDF is drawn from it with its current stage.
     content jsonb not null,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     unique (project_id, kind, version)
   )`,
  `create table publication_reviews (
     id bigserial primary key,
     publication_id uuid not null references picture_publications(id) on delete cascade,
     stage text not null,
     note text not null default '',
     reviewed_by uuid references users(id),
     reviewed_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0012 cannot be reverted');
}
