import { sql, type Kysely } from 'kysely';

const statements = [
  // Most Significant Change stories: the kind of teller, never a name; free texts pass the identifying check.
  `create table msc_stories (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     teller_kind text not null check (teller_kind in ('resident','corporation_professional','welfare_professional','contractor_professional','partner')),
     period_start date not null,
     period_end date not null,
     activity_id uuid references activities(id) on delete set null,
     theme_id uuid references themes(id) on delete set null,
     title text not null,
     story text not null,
     why text not null,
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (period_end >= period_start)
   )`,
  `create index msc_stories_project on msc_stories (project_id, created_at desc)`,
  // A selection round: a kind of group, a date and a number of participants; never names.
  `create table msc_selection_rounds (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     group_kind text not null check (group_kind in ('resident_project_group','social_team','steering_group','project_team','other')),
     held_on date not null,
     participants integer not null check (participants > 0),
     note text not null default '',
     created_by uuid references users(id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index msc_selection_rounds_project on msc_selection_rounds (project_id, held_on desc)`,
  // The stories a round read; those it selected carry why. A story in a round cannot be deleted.
  `create table msc_round_stories (
     round_id uuid not null references msc_selection_rounds(id) on delete cascade,
     story_id uuid not null references msc_stories(id) on delete restrict,
     selected boolean not null default false,
     reason text not null default '',
     primary key (round_id, story_id),
     check (selected or reason = '')
   )`,
  `create index msc_round_stories_story on msc_round_stories (story_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
