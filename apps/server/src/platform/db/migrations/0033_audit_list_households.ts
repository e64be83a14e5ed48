import { sql, type Kysely } from 'kysely';

// Issue 14: a list read is one audit entry naming what it showed. Besides the ids of the items
// (details -> 'ids') it names the households they belong to, so "who saw household X" finds it; both
// are looked up through an index instead of reading every entry of the project.
const statements = [
  `alter table audit_log add column household_ids uuid[]`,
  `create index audit_log_households on audit_log using gin (household_ids)`,
  `create index audit_log_shown_ids on audit_log using gin ((details -> 'ids') jsonb_path_ops)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0031 cannot be reverted');
}
