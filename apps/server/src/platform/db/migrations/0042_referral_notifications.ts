import { sql, type Kysely } from 'kysely';

// Issue 16: a partner organisation is told by e-mail that a referral waits in its inbox. One row per
// referral and recipient, written in the referral's own transaction (an outbox): the job that sends
// sees it only once the referral is committed, claims it with a lease (several app instances) and
// marks it sent, so each recipient is told once. The e-mail names no household.
const statements = [
  `create table referral_notifications (
     referral_id uuid not null references referrals(id) on delete cascade,
     user_id uuid not null references users(id) on delete cascade,
     created_at timestamptz not null default now(),
     attempts integer not null default 0,
     locked_until timestamptz,
     sent_at timestamptz,
     last_error text,
     primary key (referral_id, user_id)
   )`,
  `create index referral_notifications_pending on referral_notifications (created_at) where sent_at is null`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0042 cannot be reverted');
}
