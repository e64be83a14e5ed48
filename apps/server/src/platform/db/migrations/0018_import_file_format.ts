import { sql, type Kysely } from 'kysely';

// How an uploaded CSV file is read (its character set and column separator), detected at upload or
// chosen by the user, so the check and the commit read it the same way as the preview did (issue 11).
// Null for XLSX, and for uploads from before: those are read as detected.
const statements = [
  `alter table import_jobs
     add column text_encoding text,
     add column delimiter text`,
  `alter table registration_imports
     add column text_encoding text,
     add column delimiter text`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0018 cannot be reverted');
}
