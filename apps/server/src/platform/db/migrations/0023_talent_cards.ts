import { sql, type Kysely } from 'kysely';

const statements = [
  // A talent card is identity: it names a household and how to reach it, and lives next to the
  // household's contact data, never next to the registration it may have been prompted by (no link).
  `create table talent_cards (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     household_id uuid not null references households(id) on delete cascade,
     contact_name text not null default '',
     contact_phone text not null default '',
     contact_email text not null default '',
     gives text not null default '',
     wishes text not null default '',
     limits text not null default '',
     consent_given_on date not null,
     consent_recorded_by uuid references users(id),
     consent_withdrawn_at timestamptz,
     consent_withdrawn_by uuid references users(id),
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  // One consenting card per household; a withdrawn card stays (emptied) as the trace of the consent.
  `create unique index talent_cards_one_per_household on talent_cards (household_id) where consent_withdrawn_at is null`,
  `create index talent_cards_project on talent_cards (project_id) where consent_withdrawn_at is null`,
  // A match joins two cards (so two households), each with its own consent to this match.
  `create table talent_matches (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     card_a_id uuid not null references talent_cards(id) on delete cascade,
     card_b_id uuid not null references talent_cards(id) on delete cascade,
     kind text not null,
     consent_a_on date not null,
     consent_b_on date not null,
     follow_up_on date,
     note text not null default '',
     outcome text,
     outcome_note text not null default '',
     closed_at timestamptz,
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (card_a_id <> card_b_id)
   )`,
  `create index talent_matches_project on talent_matches (project_id, follow_up_on)`,
  `create index talent_matches_card_a on talent_matches (card_a_id)`,
  `create index talent_matches_card_b on talent_matches (card_b_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0023 cannot be reverted');
}
