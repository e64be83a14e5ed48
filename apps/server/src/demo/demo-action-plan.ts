import type { ActivityKind, ActivityStatus, GoalKind, ReviewStage } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';

interface DemoPlan {
  /** Themes of the register's demo (by name), in the order of their top 5 list. */
  topLists: { promising: string[]; concern: string[] };
  conversation: { heldOn: string; withWhom: string; participants: number; outcomes: { key: string; text: string; themes: string[] }[] };
  /** New activities the plan proposes (the register's own demo activities are linked by title). */
  proposed: { key: string; kind: ActivityKind; title: string; status: ActivityStatus; place: string }[];
  plan: { title: string; introduction: string; stage: ReviewStage; reviewers: ('communityWorker' | 'leader' | 'residents')[] };
  goals: {
    kind: GoalKind;
    title: string;
    description: string;
    themes: string[];
    outcomes: string[];
    activities: string[];
    by: 'communityWorker' | 'residents';
  }[];
}

/** The finished Spoorbuurt: a published plan working through the handbook's example activities of the register. */
const spoorbuurtPlan: DemoPlan = {
  topLists: { promising: ['Ontmoeting in de straat'], concern: ['Eenzaamheid onder ouderen', 'Onveilig gevoel in de achterpaden'] },
  conversation: {
    heldOn: '2018-03-14',
    withWhom: 'Bewonersprojectgroep en buurtbewoners in het wijkcentrum',
    participants: 34,
    outcomes: [
      { key: 'walk', text: 'Een wandelclub voor wie weinig buiten komt.', themes: ['Eenzaamheid onder ouderen'] },
      { key: 'light', text: 'Meer licht in de achterpaden.', themes: ['Onveilig gevoel in de achterpaden'] },
      { key: 'benches', text: 'Bankjes maken van de gekapte boom, als plek om elkaar te treffen.', themes: ['Ontmoeting in de straat'] },
    ],
  },
  proposed: [],
  plan: {
    title: 'Actieplan Spoorbuurt',
    introduction: 'Wat we samen met bewoners gaan doen, op basis van het beeld van de buurt en de gesprekken erover.',
    stage: 'published',
    // The team recorded the resident project group's review at its meeting.
    reviewers: ['communityWorker', 'leader', 'communityWorker'],
  },
  goals: [
    {
      kind: 'strengthen',
      title: 'Ontmoeting op straat vasthouden',
      description: 'Buren ontmoeten elkaar al op straat; we geven dat een vaste plek en een vast moment.',
      themes: ['Ontmoeting in de straat'],
      outcomes: ['benches'],
      activities: [
        'Bankjes van de gekapte boom',
        'Burendag in meerdere straten',
        'Soepie doen: soep uit de kookbakfiets',
        'Kunstwerk van de cheque van de aannemer',
      ],
      by: 'communityWorker',
    },
    {
      kind: 'improve',
      title: 'Ouderen komen weer buiten',
      description: 'Samen wandelen, elke week, voor wie weinig de deur uit komt.',
      themes: ['Eenzaamheid onder ouderen'],
      outcomes: ['walk'],
      activities: ['Wekelijkse wandelclub', 'Buren koppelen voor de tuin en boodschappen'],
      by: 'communityWorker',
    },
    {
      kind: 'improve',
      title: 'Veilige achterpaden',
      description: 'Met de gemeente zorgen voor licht en schone achterpaden.',
      themes: ['Onveilig gevoel in de achterpaden'],
      outcomes: ['light'],
      activities: ['Achterpaden schoonmaken en verlichting aanbrengen'],
      by: 'communityWorker',
    },
  ],
};

/** The Lankforst under way: a concept the resident project group is writing with the team. */
const lankforstPlan: DemoPlan = {
  topLists: { promising: ['Samen iets doen in de buurt'], concern: ['Weinig contact tussen oude en nieuwe bewoners'] },
  conversation: {
    heldOn: '2022-06-08',
    withWhom: 'Bewonersprojectgroep Lankforst',
    participants: 9,
    outcomes: [
      { key: 'coffee', text: 'Koffie bij de modelwoning, om vragen over de verhuizing te stellen.', themes: ['Weinig contact tussen oude en nieuwe bewoners'] },
      { key: 'garden', text: 'Het binnenterrein samen gebruiken.', themes: ['Samen iets doen in de buurt'] },
    ],
  },
  proposed: [{ key: 'model', kind: 'collective_activity', title: 'Koffie bij de modelwoning', status: 'proposed', place: 'Modelwoning' }],
  plan: { title: 'Actieplan Lankforst', introduction: 'Concept, samen met de bewonersprojectgroep.', stage: 'concept', reviewers: [] },
  goals: [
    {
      kind: 'improve',
      title: 'Oude en nieuwe bewoners leren elkaar kennen',
      description: 'Een vaste plek en tijd om elkaar te treffen en vragen te stellen.',
      themes: ['Weinig contact tussen oude en nieuwe bewoners'],
      outcomes: ['coffee'],
      activities: ['Koffie bij de modelwoning', 'Nieuwe bewoners voorstellen aan buren'],
      by: 'residents',
    },
    {
      kind: 'strengthen',
      title: 'Het binnenterrein als ontmoetingsplek',
      description: '',
      themes: ['Samen iets doen in de buurt'],
      outcomes: ['garden'],
      activities: ['Moestuin op het binnenterrein'],
      by: 'communityWorker',
    },
  ],
};

/**
 * Phase 4 demo, after the register's demo activities: the picture's top 5 lists and a conversation
 * about it, and an action plan whose goals work through the register's activities. The
 * Spoorbuurt's is published, the Lankforst's a concept with an activity the group proposed.
 */
export async function addDemoActionPlan(trx: Db, projectId: string, which: 'spoorbuurt' | 'lankforst', userIds: Map<string, string>) {
  const demo = which === 'spoorbuurt' ? spoorbuurtPlan : lankforstPlan;
  const worker = userIds.get('communityWorker')!;
  const themeIds = new Map((await trx.selectFrom('themes').where('project_id', '=', projectId).select(['id', 'name']).execute()).map((th) => [th.name, th.id]));
  for (const valence of ['promising', 'concern'] as const)
    await trx
      .insertInto('theme_top_lists')
      .values({ project_id: projectId, valence, theme_ids: demo.topLists[valence].map((name) => themeIds.get(name)!), updated_by: worker })
      .execute();
  const conversation = await trx
    .insertInto('picture_conversations')
    .values({
      project_id: projectId,
      held_on: demo.conversation.heldOn,
      with_whom: demo.conversation.withWhom,
      participants: demo.conversation.participants,
      created_by: worker,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const outcomeIds = new Map<string, string>();
  for (const [position, o] of demo.conversation.outcomes.entries()) {
    const row = await trx
      .insertInto('conversation_outcomes')
      .values({ conversation_id: conversation.id, position, text: o.text, theme_ids: o.themes.map((name) => themeIds.get(name)!) })
      .returning('id')
      .executeTakeFirstOrThrow();
    outcomeIds.set(o.key, row.id);
  }
  for (const a of demo.proposed)
    await trx
      .insertInto('activities')
      .values({ project_id: projectId, kind: a.kind, title: a.title, status: a.status, place: a.place, created_by: userIds.get('residents')! })
      .execute();
  const activityIds = new Map(
    (await trx.selectFrom('activities').where('project_id', '=', projectId).select(['id', 'title']).execute()).map((a) => [a.title, a.id]),
  );
  const plan = await trx
    .insertInto('action_plans')
    .values({
      project_id: projectId,
      version: 1,
      title: demo.plan.title,
      introduction: demo.plan.introduction,
      stage: demo.plan.stage,
      created_by: worker,
      published_at: demo.plan.stage === 'published' ? new Date(`${demo.conversation.heldOn}T12:00:00Z`) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stages = ['concept', 'outside_reader', 'resident_group'] as const;
  for (const [i, reviewer] of demo.plan.reviewers.entries())
    await trx
      .insertInto('action_plan_reviews')
      .values({ plan_id: plan.id, stage: stages[i]!, decision: 'approve', note: '', reviewed_by: userIds.get(reviewer)! })
      .execute();
  for (const [position, g] of demo.goals.entries()) {
    const by = userIds.get(g.by)!;
    const goal = await trx
      .insertInto('action_plan_goals')
      .values({
        plan_id: plan.id,
        position,
        kind: g.kind,
        title: g.title,
        description: g.description,
        theme_ids: g.themes.map((name) => themeIds.get(name)!),
        outcome_ids: g.outcomes.map((k) => outcomeIds.get(k)!),
        created_by: by,
        updated_by: by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (g.activities.length)
      await trx
        .insertInto('action_plan_goal_activities')
        .values(g.activities.map((title, i) => ({ goal_id: goal.id, activity_id: activityIds.get(title)!, position: i })))
        .execute();
  }
}
