import { sql, type Kysely } from 'kysely';

// Phase 1 (issue 15): the fit check and the privacy plan. The plan itself is generated from the role
// table, the partners and these settings, so only the settings and the sign-offs are stored; a
// sign-off names the version (hash) it was given for. The retention period is 0034's.
const statements = [
  `alter table projects
     add column privacy_contact_name text not null default '',
     add column privacy_contact_email text not null default ''`,
  `create table project_fit_checks (
     project_id uuid primary key references projects(id) on delete cascade,
     works_kinds text[] not null,
     inhabited_share_percent smallint not null check (inhabited_share_percent between 0 and 100),
     relocation_or_demolition_only boolean not null,
     social_issues text not null check (social_issues in ('yes','no','unknown')),
     partners_available text[] not null,
     decision text not null check (decision in ('go','go_with_conditions','no_go')),
     notes text not null default '',
     decided_on date not null,
     decided_by uuid references users(id) on delete set null,
     decided_by_name text not null,
     updated_at timestamptz not null default now()
   )`,
  `create table privacy_plan_signoffs (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     organisation_id uuid not null references organisations(id) on delete cascade,
     version_hash text not null check (version_hash ~ '^[0-9a-f]{64}$'),
     signed_by uuid references users(id) on delete set null,
     signed_by_name text not null,
     signed_at timestamptz not null default now(),
     unique (project_id, organisation_id, version_hash)
   )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0034 cannot be reverted');
}
