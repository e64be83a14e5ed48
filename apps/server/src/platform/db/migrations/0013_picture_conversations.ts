import { sql, type Kysely } from 'kysely';

// Step 4: rounds of conversation about the picture. Each outcome is a row of its own, so the
// action plan of phase 4 can point at it (and at the themes it concerns).
const statements = [
  `create table picture_conversations (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     held_on date not null,
     with_whom text not null,
     participants int,
     notes text not null default '',
     created_by uuid references users(id),
     created_at timestamptz not null default now()
   )`,
  `create index picture_conversations_project on picture_conversations (project_id, held_on)`,
  `create table conversation_outcomes (
     id uuid primary key default gen_random_uuid(),
     conversation_id uuid not null references picture_conversations(id) on delete cascade,
     position int not null,
     text text not null,
     theme_ids uuid[] not null default '{}'
   )`,
  `create index conversation_outcomes_conversation on conversation_outcomes (conversation_id, position)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0013 cannot be reverted');
}
