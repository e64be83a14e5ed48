import { sql, type Kysely } from 'kysely';

// Most Significant Change: what the comparison showed to readers outside the social team (ADR 0002).
// The true figures and what was hidden are kept server-side, never in an answer, so that a later
// reading is protected against every earlier one (no subtracting two readings around one story).
const statements = [
  `create table story_comparison_readings (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     figures jsonb not null,
     read_at timestamptz not null default now()
   )`,
  `create index story_comparison_readings_project on story_comparison_readings (project_id, read_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0031 cannot be reverted');
}
