import { sql, type Kysely } from 'kysely';

const statements = [
  // Months identities are kept after the project's end; null: the domain's default. The purge marks
  // the project when it ran, so it runs once however many instances look for work.
  `alter table projects add column retention_months integer check (retention_months between 1 and 240)`,
  `alter table projects add column retention_purged_at timestamptz`,
  // Objection (GDPR art. 21): left out of every planning and matching list. Erasure (art. 17): when
  // the identity was removed and the pseudonym unlinked.
  `alter table households add column no_contact boolean not null default false`,
  `alter table households add column identity_erased_at timestamptz`,
  // A resident's request under the GDPR. No free text: it would keep what an erasure removes.
  `create table resident_requests (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     household_id uuid references households(id) on delete set null,
     kind text not null check (kind in ('access','rectification','erasure','objection')),
     status text not null default 'open' check (status in ('open','done')),
     received_on date not null,
     due_on date not null,
     handled_at timestamptz,
     handled_by uuid references users(id) on delete set null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index resident_requests_project on resident_requests (project_id, status, due_on, id)`,
  `create index resident_requests_household on resident_requests (household_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0034 cannot be reverted');
}
