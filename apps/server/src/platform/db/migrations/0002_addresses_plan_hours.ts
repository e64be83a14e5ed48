import { sql, type Kysely } from 'kysely';

const statements = [
  `create table buildings (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     code text not null,
     name text not null default ''
   )`,
  `create unique index buildings_code_unique on buildings (project_id, lower(code))`,
  `create table sub_neighbourhoods (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     name text not null
   )`,
  `create unique index sub_neighbourhoods_name_unique on sub_neighbourhoods (project_id, lower(name))`,
  `create table building_phases (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     name text not null,
     intervention text not null check (intervention in ('major_maintenance_occupied','sustainability','renovation_with_relocation','demolition_new_build')),
     planned_start date,
     planned_end date,
     actual_start date,
     actual_end date
   )`,
  `create unique index building_phases_name_unique on building_phases (project_id, lower(name))`,
  `create table addresses (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     unit_id text not null,
     street text not null,
     house_number integer not null check (house_number > 0),
     addition text not null default '',
     postcode text not null,
     city text not null,
     home_type text not null default '',
     building_id uuid references buildings(id) on delete set null,
     sub_neighbourhood_id uuid references sub_neighbourhoods(id) on delete set null,
     building_phase_id uuid references building_phases(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (project_id, unit_id)
   )`,
  `create unique index addresses_address_unique on addresses (project_id, postcode, house_number, lower(addition))`,
  `create index addresses_street on addresses (project_id, street, house_number)`,
  `create index addresses_building_phase on addresses (building_phase_id)`,
  `create index addresses_building on addresses (building_id)`,
  `create index addresses_sub_neighbourhood on addresses (sub_neighbourhood_id)`,
  // A household lives at an address for a period. Its pseudonym is the only key that content
  // (registrations, signals) will carry; names and numbers live in household_contacts.
  `create table households (
     id uuid primary key default gen_random_uuid(),
     address_id uuid not null references addresses(id) on delete cascade,
     pseudonym text not null unique default replace(gen_random_uuid()::text, '-', ''),
     moved_in_on date,
     moved_out_on date,
     language text not null default 'nl',
     practical_needs text not null default '',
     share_needs_with_contractor boolean not null default false,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (moved_out_on is null or moved_in_on is null or moved_out_on >= moved_in_on)
   )`,
  `create index households_address on households (address_id)`,
  `create table household_contacts (
     household_id uuid primary key references households(id) on delete cascade,
     name text not null default '',
     phone text not null default '',
     email text not null default ''
   )`,
  `create table import_jobs (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     created_by uuid references users(id),
     file_name text not null,
     file_kind text not null check (file_kind in ('csv','xlsx')),
     file bytea not null,
     headers jsonb not null default '[]'::jsonb,
     sample jsonb not null default '[]'::jsonb,
     mapping jsonb not null default '{}'::jsonb,
     status text not null check (status in ('uploaded','checking','checked','committing','committed','failed')),
     total_rows integer not null default 0,
     processed_rows integer not null default 0,
     problem_count integer not null default 0,
     problems jsonb not null default '[]'::jsonb,
     new_count integer not null default 0,
     updated_count integer not null default 0,
     error text,
     locked_until timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index import_jobs_pending on import_jobs (status, locked_until) where status in ('checking','committing')`,
  // Rows of an import being committed; they become addresses in one statement at the end.
  `create table import_rows (
     job_id uuid not null references import_jobs(id) on delete cascade,
     row integer not null,
     unit_id text not null,
     street text not null,
     house_number integer not null,
     addition text not null,
     postcode text not null,
     city text not null,
     building text,
     home_type text not null,
     primary key (job_id, row)
   )`,
  `create table hour_budget_lines (
     project_id uuid not null references projects(id) on delete cascade,
     key text not null,
     phase text not null,
     mode text not null check (mode in ('per_address','fixed')),
     hours numeric(10,2) not null check (hours >= 0),
     primary key (project_id, key)
   )`,
  `create table hour_bookings (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     user_id uuid not null references users(id),
     organisation_id uuid not null references organisations(id),
     phase text not null,
     worked_on date not null,
     hours numeric(5,2) not null check (hours > 0 and hours <= 24),
     note text not null default '',
     created_at timestamptz not null default now()
   )`,
  `create index hour_bookings_project on hour_bookings (project_id, phase)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0002 cannot be reverted');
}
