import { sql, type Kysely } from 'kysely';

// Phase 5 (evaluation): interim evaluations at the end of a phase, per building phase and once a
// year. Residents who took part are a count, never names; professionals are the team members who
// took part. Adjustments agreed become actions on the project's action list, linked to the
// evaluation instead of a signal.
const statements = [
  `create table interim_evaluations (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     kind text not null check (kind in ('phase_end','building_phase','yearly')),
     phase text check (phase in ('preparation','home_visits','neighbourhood_picture','social_connecting','evaluation')),
     building_phase_id uuid references building_phases(id) on delete set null,
     year integer check (year between 2000 and 2100),
     held_on date not null,
     went_well text not null default '',
     bottlenecks text not null default '',
     collab_corporation_contractor text check (collab_corporation_contractor in ('good','reasonable','needs_attention')),
     collab_corporation_welfare text check (collab_corporation_welfare in ('good','reasonable','needs_attention')),
     collab_contractor_welfare text check (collab_contractor_welfare in ('good','reasonable','needs_attention')),
     collaboration_note text not null default '',
     resident_group_present integer not null default 0 check (resident_group_present >= 0),
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (kind <> 'phase_end' or phase is not null),
     check (kind <> 'yearly' or year is not null)
   )`,
  `create index interim_evaluations_project on interim_evaluations (project_id, held_on)`,
  `create table interim_evaluation_participants (
     evaluation_id uuid not null references interim_evaluations(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     primary key (evaluation_id, user_id)
   )`,
  `alter table actions add column interim_evaluation_id uuid references interim_evaluations(id) on delete set null`,
  // The order of the adjustments as the evaluation lists them.
  `alter table actions add column interim_position integer`,
  `create index actions_interim_evaluation on actions (interim_evaluation_id) where interim_evaluation_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0025 cannot be reverted');
}
