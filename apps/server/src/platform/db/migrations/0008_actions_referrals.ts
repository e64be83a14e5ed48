import { sql, type Kysely } from 'kysely';

const statements = [
  // Where a signal was noticed, for the action list's filter: the building phase, never the home.
  `alter table signals add column building_phase_id uuid references building_phases(id) on delete set null`,
  // The project's action list: anonymised like the hand-kept lists it replaces.
  `create table actions (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     signal_id uuid references signals(id) on delete set null,
     title text not null,
     owner_id uuid not null references users(id),
     due_on date,
     status text not null default 'open',
     note text not null default '',
     reminded_on date,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index actions_project on actions (project_id, status)`,
  `create index actions_open_due on actions (due_on) where status in ('open', 'in_progress')`,
  // A referral names a household: it is identity, kept apart from registrations and themes, and
  // what the partner may see is decided per referral by the resident's consent.
  `create table referrals (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     household_id uuid not null references households(id) on delete cascade,
     signal_id uuid references signals(id) on delete set null,
     partner_organisation_id uuid not null references organisations(id),
     question text not null,
     share text[] not null default '{}',
     consent_given_on date not null,
     consent_recorded_by uuid references users(id),
     consent_withdrawn_at timestamptz,
     consent_withdrawn_by uuid references users(id),
     status text not null default 'sent',
     referred_by uuid references users(id),
     responded_at timestamptz,
     responded_by uuid references users(id),
     decline_reason text,
     outcome text,
     outcome_note text not null default '',
     completed_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index referrals_project on referrals (project_id, created_at)`,
  `create index referrals_partner on referrals (partner_organisation_id, project_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0008 cannot be reverted');
}
