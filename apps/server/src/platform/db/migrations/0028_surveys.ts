import { sql, type Kysely } from 'kysely';

// Issue 13, surveys over time: versioned survey definitions (Wijkwaardenkaart, KTO), rounds per
// building phase, anonymous responses, one-time resident links and the published result figures.
const statements = [
  `create table survey_versions (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     template text not null check (template in ('wijkwaarden','kto')),
     version integer not null,
     definition jsonb not null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     unique (project_id, template, version)
   )`,
  `create table survey_rounds (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     survey_version_id uuid not null references survey_versions(id),
     building_phase_id uuid references building_phases(id) on delete set null,
     opens_on date not null,
     closes_on date not null check (closes_on >= opens_on),
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index survey_rounds_project on survey_rounds (project_id, opens_on)`,
  // A response is anonymous: no household, visit, user, link or address of the caller, and only the
  // day it came in. The building phase is as coarse as the registration's.
  `create table survey_responses (
     id uuid primary key default gen_random_uuid(),
     round_id uuid not null references survey_rounds(id) on delete cascade,
     building_phase_id uuid references building_phases(id) on delete set null,
     channel text not null check (channel in ('tablet','link')),
     answers jsonb not null,
     submitted_on date not null default current_date
   )`,
  `create index survey_responses_round on survey_responses (round_id)`,
  // A resident's link: only the hash of its secret. It knows the household only to refuse a second
  // response; no response refers to it. It is marked used in the transaction that stores the response.
  `create table survey_links (
     token_hash text primary key,
     round_id uuid not null references survey_rounds(id) on delete cascade,
     household_id uuid not null references households(id) on delete cascade,
     building_phase_id uuid references building_phases(id) on delete set null,
     issued_on date not null default current_date,
     expires_at timestamptz not null,
     used boolean not null default false,
     unique (round_id, household_id)
   )`,
  // Every version of the result figures readers outside the team were shown (ADR 0002).
  `create table survey_result_publications (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     figures jsonb not null,
     published_at timestamptz not null default now()
   )`,
  `create index survey_result_publications_project on survey_result_publications (project_id, published_at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0028 cannot be reverted');
}
