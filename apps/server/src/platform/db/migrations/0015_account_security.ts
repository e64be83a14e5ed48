import { sql, type Kysely } from 'kysely';

// Issue 10: an administrator resets a password with a one-time link instead of setting it, and a
// password an administrator did set (a new account) is replaced by its owner at first log-in.
const statements = [
  `alter table users add column must_change_password boolean not null default false`,
  // Only the hash of a link's secret is kept: the table alone gives no working link.
  `create table password_reset_tokens (
     token_hash text primary key,
     user_id uuid not null references users(id) on delete cascade,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     expires_at timestamptz not null,
     used_at timestamptz
   )`,
  `create index password_reset_tokens_user on password_reset_tokens (user_id)`,
  // Account events are found by the account they are about (the admin's list, a project's members).
  `create index audit_log_resource on audit_log (resource_type, resource_id, id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0015 cannot be reverted');
}
