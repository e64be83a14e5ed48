import { sql, type Kysely } from 'kysely';

// Issue 15, phase 1 of the approach: orientation meetings, collaboration agreements (the document in
// the database), the task matrix, joint goals with their review at interim evaluations, the
// communication plan and the training register. Nothing here is tied to a household.
const statements = [
  `create table orientation_meetings (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     held_on date not null,
     place text not null,
     attendees integer not null check (attendees >= 0),
     notes text not null default '',
     themes jsonb not null default '[]',
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index orientation_meetings_project on orientation_meetings (project_id, held_on)`,
  `create table collaboration_agreements (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     party_a_id uuid not null references organisations(id),
     party_b_id uuid not null references organisations(id),
     signed_on date,
     valid_until date,
     note text not null default '',
     file_name text,
     file_type text check (file_type in ('pdf','docx')),
     file bytea,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index collaboration_agreements_project on collaboration_agreements (project_id)`,
  `create table task_matrix_cells (
     project_id uuid not null references projects(id) on delete cascade,
     position integer not null,
     task text not null,
     phase text not null,
     organisation_id uuid references organisations(id),
     primary key (project_id, position, phase)
   )`,
  `create table joint_goals (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     position integer not null,
     title text not null,
     description text not null default '',
     indicator text not null default ''
   )`,
  `create index joint_goals_project on joint_goals (project_id, position)`,
  `create table interim_goal_reviews (
     evaluation_id uuid not null references interim_evaluations(id) on delete cascade,
     goal_id uuid not null references joint_goals(id) on delete cascade,
     status text not null check (status in ('on_track','attention','off_track')),
     note text not null default '',
     primary key (evaluation_id, goal_id)
   )`,
  `create table communication_items (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     phase text not null,
     audience text not null,
     channel text not null check (channel in ('letter','newsletter','meeting','app')),
     language text not null,
     frequency text not null,
     owner_id uuid references organisations(id),
     status text not null check (status in ('proposed','agreed')),
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index communication_items_project on communication_items (project_id, phase)`,
  `create table training_records (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     user_id uuid not null references users(id),
     topic text not null check (topic in ('introduction','cards','registration','privacy_plan')),
     trained_on date not null,
     hours numeric(5,2) not null default 0,
     -- The phase-1 hour booking the training's hours became, removed with the record.
     hour_booking_id uuid references hour_bookings(id) on delete set null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index training_records_project on training_records (project_id, user_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0036 cannot be reverted');
}
