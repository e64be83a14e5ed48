import { sql, type Kysely } from 'kysely';

// Phase 5: before and after per household, optional per project. Wellbeing (1-10) and the
// participation ladder (1-6) at the first visit and later, kept on the household's pseudonym only
// (like registrations): no visit, address or household id is stored with a measurement.
const statements = [
  `create table before_after_settings (
     project_id uuid primary key references projects(id) on delete cascade,
     enabled boolean not null default false,
     updated_by uuid references users(id) on delete set null,
     updated_at timestamptz not null default now()
   )`,
  `create table household_measurements (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     household_key text not null,
     moment text not null check (moment in ('first_visit','later')),
     measured_on date not null,
     wellbeing smallint check (wellbeing between 1 and 10),
     ladder smallint check (ladder between 1 and 6),
     building_phase_id uuid references building_phases(id) on delete set null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     check (wellbeing is not null or ladder is not null)
   )`,
  `create index household_measurements_project on household_measurements (project_id, household_key, measured_on)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0029 cannot be reverted');
}
