import { sql, type Kysely } from 'kysely';

// Phase 4 (social connecting): the activity register. An activity carries no names of residents:
// residents who organise are a count, reach is counts per occasion or as a total.
const statements = [
  `create table activities (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     kind text not null check (kind in ('personal_connection','collective_activity','physical_change')),
     title text not null,
     description text not null default '',
     status text not null check (status in ('proposed','planned','running','done','stopped')),
     place text not null default '',
     starts_on date,
     ends_on date,
     recurrence text not null default 'once' check (recurrence in ('once','weekly','monthly','yearly','irregular')),
     recurrence_note text not null default '',
     building_phase_id uuid references building_phases(id) on delete set null,
     resident_organisers integer not null default 0 check (resident_organisers >= 0),
     resident_organisers_note text not null default '',
     budget_euros numeric(12,2) check (budget_euros >= 0),
     budget_hours numeric(8,2) check (budget_hours >= 0),
     lasts boolean not null default false,
     successor_owner text not null default '',
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (ends_on is null or starts_on is null or ends_on >= starts_on)
   )`,
  `create index activities_project on activities (project_id, status)`,
  // The picture's themes an activity serves; a deleted theme simply drops out.
  `create table activity_themes (
     activity_id uuid not null references activities(id) on delete cascade,
     theme_id uuid not null references themes(id) on delete cascade,
     primary key (activity_id, theme_id)
   )`,
  `create index activity_themes_theme on activity_themes (theme_id)`,
  // Professionals of the project team who own the activity.
  `create table activity_owners (
     activity_id uuid not null references activities(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     primary key (activity_id, user_id)
   )`,
  // A partner (e.g. the municipality for public space), the request made to it and its decision.
  `create table activity_partners (
     id uuid primary key default gen_random_uuid(),
     activity_id uuid not null references activities(id) on delete cascade,
     position integer not null,
     organisation_id uuid references organisations(id) on delete set null,
     name text not null default '',
     request text not null default '',
     requested_on date,
     decision text not null default 'pending' check (decision in ('pending','approved','partly_approved','rejected')),
     decided_on date,
     decision_note text not null default ''
   )`,
  `create index activity_partners_activity on activity_partners (activity_id, position)`,
  // Reach: one row per occasion (held_on set) or one total (held_on null). Counts only, never names.
  `create table activity_reach (
     id uuid primary key default gen_random_uuid(),
     activity_id uuid not null references activities(id) on delete cascade,
     held_on date,
     participants integer not null check (participants >= 0),
     first_timers integer not null check (first_timers >= 0 and first_timers <= participants),
     note text not null default '',
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index activity_reach_activity on activity_reach (activity_id)`,
  // Hours worked on an activity are booked on the phase-4 hour line, marked with the activity.
  `alter table hour_bookings add column activity_id uuid references activities(id) on delete set null`,
  `create index hour_bookings_activity on hour_bookings (activity_id) where activity_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0021 cannot be reverted');
}
