import { sql, type Kysely } from 'kysely';

const statements = [
  `create table visits (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     address_id uuid not null references addresses(id) on delete cascade,
     kind text not null check (kind in ('joint_intake','follow_up','final_visit','new_residents')),
     starts_at timestamptz not null,
     ends_at timestamptz not null,
     outcome text check (outcome in ('completed_with_conversation','technical_only','conversation_declined','not_at_home','moved','cancelled')),
     outcome_at timestamptz,
     note text not null default '',
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     check (ends_at > starts_at)
   )`,
  `create index visits_project_time on visits (project_id, starts_at)`,
  `create index visits_address on visits (address_id)`,
  `create table visit_visitors (
     visit_id uuid not null references visits(id) on delete cascade,
     user_id uuid not null references users(id),
     primary key (visit_id, user_id)
   )`,
  `create index visit_visitors_user on visit_visitors (user_id)`,
  // A secret per user for the calendar feed, which calendar apps fetch without a session.
  `create table calendar_tokens (
     user_id uuid primary key references users(id) on delete cascade,
     token_hash text not null unique,
     created_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0003 cannot be reverted');
}
