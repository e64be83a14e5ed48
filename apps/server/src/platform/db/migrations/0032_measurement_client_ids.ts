import { sql, type Kysely } from 'kysely';

// Phase 5 edits: a before/after measurement made at the door waits in the device's outbox like a
// registration, so the device gives it an id of its own; the server stores it once per client id.
// Corrections keep who changed a measurement last and when.
const statements = [
  `alter table household_measurements add column client_id uuid`,
  `alter table household_measurements add column updated_at timestamptz`,
  `create unique index household_measurements_client on household_measurements (project_id, client_id) where client_id is not null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0031 cannot be reverted');
}
