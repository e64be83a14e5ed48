import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function world() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'corporation', role: 'project_leader', name: 'Sanne Leider' },
    worker: { type: 'welfare', role: 'community_worker', name: 'Wendy Opbouw' },
    builder: { type: 'contractor', role: 'site_manager', name: 'Peter Bouw' },
    residents: { type: 'residents_group', role: 'resident_group' },
    city: { type: 'municipality', role: 'policy_viewer' },
    partner: { type: 'care_partner', role: 'partner_contact' },
  });
  const client = async (id: string) => clientFor(t.app, db, id);
  return {
    db,
    projectId,
    people,
    leader: await client(people.leader.id),
    worker: await client(people.worker.id),
    builder: await client(people.builder.id),
    residents: await client(people.residents.id),
    city: await client(people.city.id),
    partner: await client(people.partner.id),
  };
}

const endOfPreparation = (people: { leader: { id: string }; worker: { id: string }; builder: { id: string } }) => ({
  kind: 'phase_end',
  phase: 'preparation',
  heldOn: '2021-09-15',
  wentWell: 'Het team kent elkaar en de taakverdeling is helder.',
  bottlenecks: 'De planning van de aannemer kwam laat.',
  collaboration: { corporationContractor: 'reasonable', corporationWelfare: 'good', contractorWelfare: 'needs_attention' },
  collaborationNote: 'Korte lijnen met de welzijnsorganisatie; de aannemer schuift nog te weinig aan.',
  participantIds: [people.leader.id, people.worker.id, people.builder.id],
  residentGroupPresent: 3,
  adjustments: [
    { title: 'Uitvoerder elke twee weken bij het teamoverleg', ownerId: people.leader.id, dueOn: '2021-10-01' },
    { title: 'Uitnodigingsbrief ook in eenvoudige taal', ownerId: people.worker.id, dueOn: '2099-11-30' },
  ],
});

describe('interim evaluations', () => {
  it('records an evaluation whose adjustments become actions with an owner on the action list, read by the project team and the resident group', async () => {
    const { projectId, people, leader, worker, builder, residents, city, partner } = await world();
    const created = await leader.post(`/api/projects/${projectId}/interim-evaluations`, endOfPreparation(people));
    expect(created.statusCode, created.body).toBe(201);
    const evaluation = created.json();
    expect(evaluation).toMatchObject({
      kind: 'phase_end',
      phase: 'preparation',
      year: null,
      heldOn: '2021-09-15',
      collaboration: { corporationContractor: 'reasonable', corporationWelfare: 'good', contractorWelfare: 'needs_attention' },
      residentGroupPresent: 3,
    });
    expect(evaluation.participants.map((p: { name: string }) => p.name)).toEqual(['Peter Bouw', 'Sanne Leider', 'Wendy Opbouw']);
    expect(evaluation.adjustments).toMatchObject([
      { title: 'Uitvoerder elke twee weken bij het teamoverleg', ownerName: 'Sanne Leider', dueOn: '2021-10-01', status: 'open', overdue: true },
      { title: 'Uitnodigingsbrief ook in eenvoudige taal', ownerName: 'Wendy Opbouw', status: 'open', overdue: false },
    ]);

    // The adjustments are on the action list, linked to the evaluation; the first one is overdue.
    const actions = (await worker.get(`/api/projects/${projectId}/actions`)).json().items;
    expect(
      actions
        .map((a: { title: string; interimEvaluationId: string; interimEvaluationHeldOn: string; signalId: null }) => [
          a.title,
          a.interimEvaluationId,
          a.interimEvaluationHeldOn,
          a.signalId,
        ])
        .sort(),
    ).toEqual([
      ['Uitnodigingsbrief ook in eenvoudige taal', evaluation.id, '2021-09-15', null],
      ['Uitvoerder elke twee weken bij het teamoverleg', evaluation.id, '2021-09-15', null],
    ]);
    const overdue = (await worker.get(`/api/projects/${projectId}/actions?overdue=true`)).json().items;
    expect(overdue.map((a: { title: string }) => a.title)).toEqual(['Uitvoerder elke twee weken bij het teamoverleg']);
    expect((await leader.get('/api/me/reminders')).json().overdueActions.map((a: { title: string }) => a.title)).toEqual([
      'Uitvoerder elke twee weken bij het teamoverleg',
    ]);

    // The whole project team and the resident project group read it; policy and partners do not.
    for (const reader of [worker, builder, residents]) {
      const list = await reader.get(`/api/projects/${projectId}/interim-evaluations`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 1, evaluations: [{ id: evaluation.id, residentGroupPresent: 3 }] });
      expect((await reader.get(`/api/projects/${projectId}/interim-evaluations/${evaluation.id}`)).statusCode).toBe(200);
    }
    for (const outsider of [city, partner]) expect((await outsider.get(`/api/projects/${projectId}/interim-evaluations`)).statusCode).toBe(404);
    // Only the social team writes.
    for (const writer of [builder, residents])
      expect((await writer.post(`/api/projects/${projectId}/interim-evaluations`, endOfPreparation(people))).statusCode).toBe(404);
  });

  it('refuses identifying details in every free text, naming the field, and stores nothing', async () => {
    const { db, projectId, people, leader } = await world();
    const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const response = await leader.post(`/api/projects/${projectId}/interim-evaluations`, {
      ...endOfPreparation(people),
      bottlenecks: 'Mevrouw Gerda Jansen was boos over de planning.',
      collaborationNote: 'Overleg bij Lankforst 12 liep stroef.',
      adjustments: [{ title: 'Gerda Jansen terugbellen', ownerId: people.worker.id }],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(['adjustments.0.title', 'bottlenecks', 'collaborationNote']);
    expect(fields.find((f) => f.path === 'bottlenecks')!.message).toMatch(/^Knelpunten: .*Jansen/);
    expect(await db.selectFrom('interim_evaluations').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
    expect(await db.selectFrom('actions').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
  });

  it('refuses an owner outside the social team, a participant outside the project and a subject missing for its kind', async () => {
    const { projectId, people, leader } = await world();
    const other = await world();
    const response = await leader.post(`/api/projects/${projectId}/interim-evaluations`, {
      kind: 'building_phase',
      heldOn: '2022-06-01',
      participantIds: [other.people.leader.id, people.residents.id],
      adjustments: [{ title: 'Bouwplanning delen', ownerId: people.builder.id }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual(['buildingPhaseId']);
    const foreignPhase = await newBuildingPhase(t.database.db, other.projectId);
    const second = await leader.post(`/api/projects/${projectId}/interim-evaluations`, {
      kind: 'building_phase',
      buildingPhaseId: foreignPhase.id,
      heldOn: '2022-06-01',
      participantIds: [other.people.leader.id, people.residents.id],
      adjustments: [{ title: 'Bouwplanning delen', ownerId: people.builder.id }],
    });
    expect(second.statusCode).toBe(400);
    expect(
      second
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['adjustments.0.ownerId', 'buildingPhaseId', 'participantIds.0', 'participantIds.1']);
  });

  it('changes an evaluation: listed adjustments keep their action, new ones are added, open ones left out are cancelled', async () => {
    const { db, projectId, people, leader, worker } = await world();
    const phase = await newBuildingPhase(db, projectId, { name: 'Blok A' });
    const created = (
      await leader.post(`/api/projects/${projectId}/interim-evaluations`, { ...endOfPreparation(people), kind: 'building_phase', buildingPhaseId: phase.id })
    ).json();
    expect(created).toMatchObject({ kind: 'building_phase', phase: null, buildingPhaseName: 'Blok A' });
    const [first, second] = created.adjustments as { actionId: string }[];
    // The owner finishes the first on the action list; the evaluation keeps that status.
    const onList = (await worker.get(`/api/projects/${projectId}/actions`)).json().items.find((a: { id: string }) => a.id === first!.actionId);
    expect(
      (await worker.put(`/api/projects/${projectId}/actions/${first!.actionId}`, { ...onList, status: 'done', note: 'Staat in de agenda' })).statusCode,
    ).toBe(200);
    const updated = await leader.put(`/api/projects/${projectId}/interim-evaluations/${created.id}`, {
      kind: 'yearly',
      year: 2021,
      heldOn: '2021-12-15',
      participantIds: [people.worker.id],
      adjustments: [
        { actionId: first!.actionId, title: 'Uitvoerder elke maand bij het teamoverleg', ownerId: people.worker.id, dueOn: '2022-01-31' },
        { title: 'Nieuwsbrief over de samenwerking', ownerId: people.leader.id },
      ],
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ kind: 'yearly', year: 2021, buildingPhaseId: null, participants: [{ name: 'Wendy Opbouw' }] });
    expect(updated.json().adjustments).toMatchObject([
      { actionId: first!.actionId, title: 'Uitvoerder elke maand bij het teamoverleg', ownerName: 'Wendy Opbouw', dueOn: '2022-01-31', status: 'done' },
      { title: 'Nieuwsbrief over de samenwerking', ownerName: 'Sanne Leider', status: 'open' },
      { actionId: second!.actionId, status: 'cancelled' },
    ]);
    const note = await db.selectFrom('actions').where('id', '=', first!.actionId).select('note').executeTakeFirstOrThrow();
    expect(note.note).toBe('Staat in de agenda');
  });

  it("answers 404 for another project's evaluation and refuses an action that is not its own", async () => {
    const { projectId, people, leader } = await world();
    const other = await world();
    const foreign = (await other.leader.post(`/api/projects/${other.projectId}/interim-evaluations`, endOfPreparation(other.people))).json();
    expect((await leader.get(`/api/projects/${projectId}/interim-evaluations/${foreign.id}`)).statusCode).toBe(404);
    expect((await leader.put(`/api/projects/${projectId}/interim-evaluations/${foreign.id}`, endOfPreparation(people))).statusCode).toBe(404);
    const own = (await leader.post(`/api/projects/${projectId}/interim-evaluations`, { ...endOfPreparation(people), adjustments: [] })).json();
    const stolen = await leader.put(`/api/projects/${projectId}/interim-evaluations/${own.id}`, {
      ...endOfPreparation(people),
      adjustments: [{ actionId: foreign.adjustments[0].actionId, title: 'Overnemen', ownerId: people.leader.id }],
    });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().fields.map((f: { path: string }) => f.path)).toEqual(['adjustments.0.actionId']);
    expect((await other.leader.get(`/api/projects/${other.projectId}/interim-evaluations/${foreign.id}`)).json().adjustments[0].title).toBe(
      'Uitvoerder elke twee weken bij het teamoverleg',
    );
  });

  it('pages the list, the latest first', async () => {
    const { projectId, people, leader } = await world();
    for (const heldOn of ['2021-09-15', '2022-12-01', '2022-03-10'])
      expect((await leader.post(`/api/projects/${projectId}/interim-evaluations`, { ...endOfPreparation(people), heldOn, adjustments: [] })).statusCode).toBe(
        201,
      );
    const page = (await leader.get(`/api/projects/${projectId}/interim-evaluations?pageSize=2&page=1`)).json();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page.evaluations.map((e: { heldOn: string }) => e.heldOn)).toEqual(['2022-12-01', '2022-03-10']);
  });

  it('refuses identifying details at a change too, naming the field, and keeps what was stored', async () => {
    const { db, projectId, people, leader } = await world();
    const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const created = (await leader.post(`/api/projects/${projectId}/interim-evaluations`, endOfPreparation(people))).json();
    const changed = await leader.put(`/api/projects/${projectId}/interim-evaluations/${created.id}`, {
      ...endOfPreparation(people),
      wentWell: 'Het gesprek met mevrouw Jansen liep goed.',
      collaborationNote: 'Overleg bij Lankforst 12 liep stroef.',
      adjustments: [{ actionId: created.adjustments[0].actionId, title: 'Gerda Jansen terugbellen', ownerId: people.worker.id }],
    });
    expect(changed.statusCode).toBe(400);
    expect(
      changed
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['adjustments.0.title', 'collaborationNote', 'wentWell']);
    const stored = (await leader.get(`/api/projects/${projectId}/interim-evaluations/${created.id}`)).json();
    expect(stored.wentWell).toBe(created.wentWell);
    expect(stored.adjustments.map((a: { title: string; status: string }) => [a.title, a.status])).toEqual([
      ['Uitvoerder elke twee weken bij het teamoverleg', 'open'],
      ['Uitnodigingsbrief ook in eenvoudige taal', 'open'],
    ]);
  });

  it('deletes an evaluation, audited, while the actions its adjustments became stay on the action list', async () => {
    const { db, projectId, people, leader, worker, builder, residents } = await world();
    const created = (await leader.post(`/api/projects/${projectId}/interim-evaluations`, endOfPreparation(people))).json();
    const actionIds = created.adjustments.map((a: { actionId: string }) => a.actionId).sort();
    // Only the social team deletes.
    for (const reader of [builder, residents])
      expect((await reader.delete(`/api/projects/${projectId}/interim-evaluations/${created.id}`)).statusCode).toBe(404);
    const deleted = await worker.delete(`/api/projects/${projectId}/interim-evaluations/${created.id}`);
    expect(deleted.statusCode, deleted.body).toBe(200);
    expect((await leader.get(`/api/projects/${projectId}/interim-evaluations/${created.id}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/projects/${projectId}/interim-evaluations`)).json().total).toBe(0);
    expect(await db.selectFrom('interim_evaluation_participants').where('evaluation_id', '=', created.id).select('user_id').execute()).toEqual([]);
    const actions = (await worker.get(`/api/projects/${projectId}/actions`)).json().items as {
      id: string;
      title: string;
      status: string;
      interimEvaluationId: string | null;
    }[];
    expect(actions.map((a) => a.id).sort()).toEqual(actionIds);
    expect(actions.map((a) => [a.status, a.interimEvaluationId])).toEqual([
      ['open', null],
      ['open', null],
    ]);
    const audit = await db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('resource_type', '=', 'interim_evaluation')
      .where('action', '=', 'delete')
      .select(['resource_id', 'actor_user_id', 'details'])
      .execute();
    expect(audit).toEqual([{ resource_id: created.id, actor_user_id: people.worker.id, details: { actionsKept: expect.arrayContaining(actionIds) } }]);
    // A second delete finds nothing.
    expect((await worker.delete(`/api/projects/${projectId}/interim-evaluations/${created.id}`)).statusCode).toBe(404);
  });

  it("answers 404 when deleting another project's evaluation and leaves it", async () => {
    const { projectId, leader } = await world();
    const other = await world();
    const foreign = (await other.leader.post(`/api/projects/${other.projectId}/interim-evaluations`, endOfPreparation(other.people))).json();
    expect((await leader.delete(`/api/projects/${projectId}/interim-evaluations/${foreign.id}`)).statusCode).toBe(404);
    expect((await other.leader.get(`/api/projects/${other.projectId}/interim-evaluations/${foreign.id}`)).statusCode).toBe(200);
  });
});
