import { sql, type Kysely } from 'kysely';

// A tablet's client id is the key of a registration within its project only: another project's
// registration with the same id must be as unknown as one that does not exist (issue 10, point 6).
const statements = [
  `alter table registrations drop constraint registrations_client_id_key`,
  `alter table registrations add constraint registrations_project_client unique (project_id, client_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0016 cannot be reverted');
}
