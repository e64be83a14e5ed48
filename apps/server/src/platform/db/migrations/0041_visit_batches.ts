import { sql, type Kysely } from 'kysely';

// Planning a week in one go (issue 16): the visits of one proposal are saved together under the
// request id the client made for it. A retry after a lost answer finds the batch and returns its
// visits instead of planning them twice; the primary key makes two concurrent retries wait on each other.
const statements = [
  `create table visit_batches (
     id uuid primary key,
     project_id uuid not null references projects(id) on delete cascade,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `alter table visits add column batch_id uuid references visit_batches(id) on delete set null`,
  `create index visits_batch on visits (batch_id) where batch_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0041 cannot be reverted');
}
