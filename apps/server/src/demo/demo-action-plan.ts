import type { ActivityKind, ActivityStatus, GoalKind, ReviewStage, SocialQualityCondition, ThemeValence } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';

interface DemoPlan {
  themes: { key: string; name: string; conditions: SocialQualityCondition[]; valence: ThemeValence }[];
  conversation: { heldOn: string; withWhom: string; participants: number; outcomes: { key: string; text: string; themes: string[] }[] };
  activities: { key: string; kind: ActivityKind; title: string; status: ActivityStatus; place: string; startsOn: string | null; lasts?: string; partner?: string; euros?: number; reach?: [number, number] }[];
  plan: { title: string; introduction: string; stage: ReviewStage; reviewers: ('communityWorker' | 'leader' | 'residents')[] };
  goals: { kind: GoalKind; title: string; description: string; themes: string[]; outcomes: string[]; activities: string[]; by: 'communityWorker' | 'residents' }[];
}

/** The finished Spoorbuurt: a published plan with the handbook's example activities, most done, some lasting. */
const spoorbuurtPlan: DemoPlan = {
  themes: [
    { key: 'help', name: 'Buren helpen elkaar', conditions: ['social_cohesion'], valence: 'promising' },
    { key: 'proud', name: 'Trots op de Spoorbuurt', conditions: ['social_empowerment'], valence: 'promising' },
    { key: 'lonely', name: 'Eenzaamheid bij ouderen', conditions: ['social_inclusion'], valence: 'concern' },
    { key: 'dark', name: 'Donkere achterpaden', conditions: ['socio_economic_security'], valence: 'concern' },
  ],
  conversation: {
    heldOn: '2018-03-14',
    withWhom: 'Bewonersprojectgroep en buurtbewoners in het wijkcentrum',
    participants: 34,
    outcomes: [
      { key: 'walk', text: 'Een wandelclub voor wie weinig buiten komt.', themes: ['lonely'] },
      { key: 'light', text: 'Meer licht in de achterpaden.', themes: ['dark'] },
      { key: 'benches', text: 'Bankjes maken van de gekapte boom, als plek om elkaar te treffen.', themes: ['proud', 'help'] },
    ],
  },
  activities: [
    { key: 'walk', kind: 'collective_activity', title: 'Wandelclub', status: 'running', place: 'Start bij het wijkcentrum', startsOn: '2018-05-02', lasts: 'Buurtvereniging Spoorbuurt', reach: [14, 6] },
    { key: 'soup', kind: 'collective_activity', title: 'Soep van de bakfiets', status: 'done', place: 'Op straat, per bouwfase', startsOn: '2018-10-06', euros: 350, reach: [62, 25] },
    { key: 'benches', kind: 'physical_change', title: 'Bankjes van de gekapte boom', status: 'done', place: 'Pleintje bij de spoorlijn', startsOn: '2018-09-01', partner: 'Gemeente Nijmegen', euros: 1800 },
    { key: 'light', kind: 'physical_change', title: 'Verlichting in de achterpaden', status: 'done', place: 'Achterpaden van de derde bouwfase', startsOn: '2019-02-01', partner: 'Gemeente Nijmegen' },
  ],
  plan: {
    title: 'Actieplan Spoorbuurt',
    introduction: 'Wat we samen met bewoners gaan doen, op basis van het beeld van de buurt en de gesprekken erover.',
    stage: 'published',
    reviewers: ['communityWorker', 'leader', 'communityWorker'],
  },
  goals: [
    { kind: 'strengthen', title: 'Ontmoeting op straat vasthouden', description: 'Buren helpen elkaar al; we geven dat een vaste plek en een vast moment.', themes: ['help', 'proud'], outcomes: ['benches'], activities: ['benches', 'soup'], by: 'communityWorker' },
    { kind: 'improve', title: 'Ouderen komen weer buiten', description: 'Samen wandelen, elke week, voor wie weinig de deur uit komt.', themes: ['lonely'], outcomes: ['walk'], activities: ['walk'], by: 'communityWorker' },
    { kind: 'improve', title: 'Veilige achterpaden', description: 'Met de gemeente zorgen voor licht in de achterpaden.', themes: ['dark'], outcomes: ['light'], activities: ['light'], by: 'communityWorker' },
  ],
};

/** The Lankforst under way: a concept the resident project group is writing with the team. */
const lankforstPlan: DemoPlan = {
  themes: [
    { key: 'garden', name: 'Samen in de binnentuin', conditions: ['social_cohesion'], valence: 'promising' },
    { key: 'unsure', name: 'Onzekerheid over sloop en verhuizing', conditions: ['socio_economic_security'], valence: 'concern' },
  ],
  conversation: {
    heldOn: '2022-06-08',
    withWhom: 'Bewonersprojectgroep Lankforst',
    participants: 9,
    outcomes: [
      { key: 'coffee', text: 'Koffie bij de modelwoning, om vragen over de verhuizing te stellen.', themes: ['unsure'] },
      { key: 'garden', text: 'De binnentuin samen onderhouden.', themes: ['garden'] },
    ],
  },
  activities: [{ key: 'coffee', kind: 'collective_activity', title: 'Koffie bij de modelwoning', status: 'proposed', place: 'Modelwoning', startsOn: null }],
  plan: { title: 'Actieplan Lankforst', introduction: 'Concept, samen met de bewonersprojectgroep.', stage: 'concept', reviewers: [] },
  goals: [
    { kind: 'improve', title: 'Minder onzekerheid over de verhuizing', description: 'Een vaste plek en tijd om vragen te stellen.', themes: ['unsure'], outcomes: ['coffee'], activities: ['coffee'], by: 'residents' },
    { kind: 'strengthen', title: 'De binnentuin als ontmoetingsplek', description: '', themes: ['garden'], outcomes: ['garden'], activities: [], by: 'communityWorker' },
  ],
};

/**
 * Phase 4 demo: the picture's top themes and a conversation about it, activities in the register
 * and an action plan linking them. The Spoorbuurt's is published, the Lankforst's a concept.
 */
export async function addDemoActionPlan(trx: Db, projectId: string, which: 'spoorbuurt' | 'lankforst', userIds: Map<string, string>) {
  const demo = which === 'spoorbuurt' ? spoorbuurtPlan : lankforstPlan;
  const worker = userIds.get('communityWorker')!;
  const themeIds = new Map<string, string>();
  for (const th of demo.themes) {
    const row = await trx.insertInto('themes').values({ project_id: projectId, name: th.name, conditions: th.conditions, valence: th.valence, created_by: worker }).returning('id').executeTakeFirstOrThrow();
    themeIds.set(th.key, row.id);
  }
  for (const valence of ['promising', 'concern'] as const)
    await trx.insertInto('theme_top_lists').values({ project_id: projectId, valence, theme_ids: demo.themes.filter((th) => th.valence === valence).map((th) => themeIds.get(th.key)!), updated_by: worker }).execute();
  const conversation = await trx
    .insertInto('picture_conversations')
    .values({ project_id: projectId, held_on: demo.conversation.heldOn, with_whom: demo.conversation.withWhom, participants: demo.conversation.participants, created_by: worker })
    .returning('id')
    .executeTakeFirstOrThrow();
  const outcomeIds = new Map<string, string>();
  for (const [position, o] of demo.conversation.outcomes.entries()) {
    const row = await trx
      .insertInto('conversation_outcomes')
      .values({ conversation_id: conversation.id, position, text: o.text, theme_ids: o.themes.map((k) => themeIds.get(k)!) })
      .returning('id')
      .executeTakeFirstOrThrow();
    outcomeIds.set(o.key, row.id);
  }
  const activityIds = new Map<string, string>();
  for (const a of demo.activities) {
    const row = await trx
      .insertInto('activities')
      .values({ project_id: projectId, kind: a.kind, title: a.title, status: a.status, place: a.place, starts_on: a.startsOn, budget_euros: a.euros ?? null, lasts: a.lasts !== undefined, successor_owner: a.lasts ?? '', created_by: worker })
      .returning('id')
      .executeTakeFirstOrThrow();
    activityIds.set(a.key, row.id);
    if (a.partner) await trx.insertInto('activity_partners').values({ activity_id: row.id, position: 0, name: a.partner, request: 'Toestemming en uitvoering in de openbare ruimte', decision: 'approved', requested_on: a.startsOn, decided_on: a.startsOn }).execute();
    if (a.reach) await trx.insertInto('activity_reach').values({ activity_id: row.id, held_on: null, participants: a.reach[0], first_timers: a.reach[1], created_by: worker }).execute();
  }
  const plan = await trx
    .insertInto('action_plans')
    .values({ project_id: projectId, version: 1, title: demo.plan.title, introduction: demo.plan.introduction, stage: demo.plan.stage, created_by: worker, published_at: demo.plan.stage === 'published' ? new Date(`${demo.conversation.heldOn}T12:00:00Z`) : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stages = ['concept', 'outside_reader', 'resident_group'] as const;
  for (const [i, reviewer] of demo.plan.reviewers.entries())
    await trx.insertInto('action_plan_reviews').values({ plan_id: plan.id, stage: stages[i]!, decision: 'approve', note: '', reviewed_by: userIds.get(reviewer)! }).execute();
  for (const [position, g] of demo.goals.entries()) {
    const by = userIds.get(g.by)!;
    const goal = await trx
      .insertInto('action_plan_goals')
      .values({ plan_id: plan.id, position, kind: g.kind, title: g.title, description: g.description, theme_ids: g.themes.map((k) => themeIds.get(k)!), outcome_ids: g.outcomes.map((k) => outcomeIds.get(k)!), created_by: by, updated_by: by })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (g.activities.length) await trx.insertInto('action_plan_goal_activities').values(g.activities.map((k, i) => ({ goal_id: goal.id, activity_id: activityIds.get(k)!, position: i }))).execute();
  }
}
