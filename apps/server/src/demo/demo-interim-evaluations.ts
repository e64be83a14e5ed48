import { todayInAmsterdam, type InterimEvaluationInput } from '@thuis/domain';
import type { Db } from '../platform/db/database.js';
import { createActionRepository } from '../modules/actions/repository.js';
import { createInterimEvaluationRepository } from '../modules/interim-evaluations/repository.js';
import { createPreparationRepository } from '../modules/preparation/repository.js';

/**
 * The Lankforst's first interim evaluation: the end of phase 1 (Voorbereiding), held by the team with
 * members of the resident project group. Its two agreed adjustments are actions with an owner: one
 * done, one still under way.
 */
const lankforstEndOfPreparation: InterimEvaluationInput = {
  kind: 'phase_end',
  phase: 'preparation',
  buildingPhaseId: null,
  year: null,
  heldOn: '2021-09-14',
  wentWell:
    'Het projectteam staat: corporatie, welzijnsorganisatie en aannemer kennen elkaars rol. Het privacyplan is door alle partners ondertekend en de training voor de huisbezoeken is gegeven. De bewonersprojectgroep is gestart en denkt mee over de uitnodigingsbrief.',
  bottlenecks:
    'De planning van de werkzaamheden per blok kwam laat, waardoor de eerste huisbezoeken moeilijk te plannen waren. Niet iedereen leest de uitnodigingsbrief: bewoners die weinig Nederlands lezen, haken af.',
  collaboration: { corporationContractor: 'reasonable', corporationWelfare: 'good', contractorWelfare: 'needs_attention' },
  collaborationNote:
    'Korte lijnen tussen woonconsulent en opbouwwerker. De uitvoerder schuift nog te weinig aan bij het teamoverleg, waardoor vragen over de werkzaamheden blijven liggen.',
  participantIds: [],
  residentGroupPresent: 4,
  adjustments: [],
  goalReviews: [],
};

/** Due dates relative to the day the demo is seeded: the open adjustment is never years overdue. */
const adjustments = [
  {
    title: 'Uitvoerder schuift elke twee weken aan bij het teamoverleg',
    owner: 'leader',
    dueInDays: -21,
    status: 'done' as const,
    note: 'Staat vast in de agenda op dinsdag.',
  },
  {
    title: 'Uitnodigingsbrief ook in eenvoudige taal en met pictogrammen',
    owner: 'communityWorker',
    dueInDays: 30,
    status: 'in_progress' as const,
    note: '',
  },
];

export async function addDemoInterimEvaluations(trx: Db, projectId: string, which: 'spoorbuurt' | 'lankforst', userIds: Map<string, string>) {
  if (which !== 'lankforst') return;
  const evaluations = createInterimEvaluationRepository(trx);
  const leader = userIds.get('leader')!;
  const id = await evaluations.insert(projectId, leader, lankforstEndOfPreparation);
  await evaluations.replaceParticipants(
    id,
    ['leader', 'consultant', 'communityWorker', 'siteManager'].map((key) => userIds.get(key)!),
  );
  // The joint goals set at the start, looked at again at the end of phase 1.
  const preparation = createPreparationRepository(trx);
  const [heard, contact] = await preparation.listGoals(projectId);
  await preparation.replaceGoalReviews(id, [
    { goalId: heard!.id, status: 'on_track', note: 'Iedereen heeft de uitnodigingsbrief gekregen; de eerste bezoeken zijn gepland.' },
    { goalId: contact!.id, status: 'attention', note: 'Nog weinig activiteiten: de moestuin start pas in het voorjaar.' },
  ]);
  const actions = createActionRepository(trx);
  const today = new Date(`${todayInAmsterdam()}T12:00:00Z`).getTime();
  for (const [position, a] of adjustments.entries()) {
    const dueOn = new Date(today + a.dueInDays * 86_400_000).toISOString().slice(0, 10);
    await actions.insert(projectId, null, { title: a.title, ownerId: userIds.get(a.owner)!, dueOn, status: a.status, note: a.note }, leader, {
      evaluationId: id,
      position,
    });
  }
}
