import { sql, type Kysely } from 'kysely';

// Phase 4: the action plan, in versions reviewed like the picture (concept → outside reader →
// resident project group → published). Goals belong to a version, so a published version keeps
// its goals while the next one is written.
const statements = [
  `create table action_plans (
     id uuid primary key default gen_random_uuid(),
     project_id uuid not null references projects(id) on delete cascade,
     version int not null,
     title text not null,
     introduction text not null default '',
     stage text not null default 'concept',
     created_by uuid references users(id),
     created_at timestamptz not null default now(),
     published_at timestamptz,
     unique (project_id, version)
   )`,
  `create table action_plan_goals (
     id uuid primary key default gen_random_uuid(),
     plan_id uuid not null references action_plans(id) on delete cascade,
     position int not null,
     kind text not null,
     title text not null,
     description text not null default '',
     -- Top 5 themes of the picture and outcomes of the conversations about it.
     theme_ids uuid[] not null default '{}',
     outcome_ids uuid[] not null default '{}',
     created_by uuid references users(id),
     updated_by uuid references users(id),
     updated_at timestamptz not null default now()
   )`,
  `create index action_plan_goals_plan on action_plan_goals (plan_id, position)`,
  // The activities of the register a goal works through; an activity leaves the plan when it is deleted.
  `create table action_plan_goal_activities (
     goal_id uuid not null references action_plan_goals(id) on delete cascade,
     activity_id uuid not null references activities(id) on delete cascade,
     position int not null,
     primary key (goal_id, activity_id)
   )`,
  `create index action_plan_goal_activities_activity on action_plan_goal_activities (activity_id)`,
  `create table action_plan_reviews (
     id bigserial primary key,
     plan_id uuid not null references action_plans(id) on delete cascade,
     stage text not null,
     decision text not null,
     note text not null default '',
     reviewed_by uuid references users(id),
     reviewed_at timestamptz not null default now()
   )`,
  `create index action_plan_reviews_plan on action_plan_reviews (plan_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migration 0022 cannot be reverted');
}
