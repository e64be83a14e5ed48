import { sql, type Kysely } from 'kysely';

// Phase 5: the final evaluation report, in versions reviewed like the picture and the action plan.
// A version's content and figures are frozen when it is made (published figures are never changed),
// and where a published version was shared is recorded with it.
const statements = [
  `create table final_reports (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     version int not null,
     title text not null,
     introduction text not null default '',
     stage text not null default 'concept',
     content jsonb not null,
     -- The true figures and what was hidden: server-side only, to protect later versions against.
     figures jsonb not null,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     published_at timestamptz,
     unique (project_id, version)
   )`,
  `create table final_report_reviews (
     id bigserial primary key,
     report_id uuid not null references final_reports(id) on delete cascade,
     stage text not null,
     decision text not null,
     note text not null default '',
     reviewed_by uuid references users(id),
     reviewed_at timestamptz not null default now()
   )`,
  `create index final_report_reviews_report on final_report_reviews (report_id)`,
  `create table final_report_sharings (
     id uuid primary key default gen_random_uuid(),
     report_id uuid not null references final_reports(id) on delete cascade,
     venue text not null,
     shared_on date not null,
     note text not null default '',
     created_by uuid references users(id),
     created_at timestamptz not null default now()
   )`,
  `create index final_report_sharings_report on final_report_sharings (report_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0030 cannot be reverted');
}
