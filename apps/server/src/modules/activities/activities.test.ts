import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newActivity, newActivityReach, newAddress, newBuildingPhase, newHousehold, newTeamProject, newTheme } from '../../test/factories.js';
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
    worker: { type: 'welfare', role: 'community_worker', name: 'Wendy Opbouw' },
    leader: { type: 'corporation', role: 'project_leader' },
    builder: { type: 'contractor', role: 'site_manager' },
    residents: { type: 'residents_group', role: 'resident_group' },
    city: { type: 'municipality', role: 'partner_contact' },
  });
  return {
    db,
    projectId,
    people,
    worker: await clientFor(t.app, db, people.worker.id),
    builder: await clientFor(t.app, db, people.builder.id),
    residents: await clientFor(t.app, db, people.residents.id),
  };
}

describe('activity register', () => {
  it('adds an activity with its themes, owners, partner request and decision, and shows it to the whole project', async () => {
    const { db, projectId, people, worker, builder, residents } = await world();
    const theme = await newTheme(db, projectId, { name: 'Onveilig gevoel in de achterpaden', valence: 'concern' });
    const phase = await newBuildingPhase(db, projectId, { name: 'Fase 2' });
    const created = await worker.post(`/api/projects/${projectId}/activities`, {
      kind: 'physical_change',
      title: 'Verlichting in de achterpaden',
      description: 'Achterpaden schoonmaken en lampen plaatsen.',
      status: 'planned',
      themeIds: [theme.id],
      place: 'Achterpaden',
      startsOn: '2026-03-01',
      recurrence: 'once',
      buildingPhaseId: phase.id,
      ownerIds: [people.worker.id],
      residentOrganisers: 3,
      residentOrganisersNote: 'drie bewoners van de achterpaden',
      partners: [
        {
          organisationId: people.city.organisationId,
          request: 'Lantaarns plaatsen in de achterpaden',
          requestedOn: '2026-01-10',
          decision: 'approved',
          decidedOn: '2026-02-01',
        },
      ],
      budgetEuros: 2500,
      budgetHours: 12,
      lasts: true,
      successorOwner: 'Gemeente, beheer openbare ruimte',
    });
    expect(created.statusCode, created.body).toBe(201);
    const activity = created.json().activity;
    expect(activity).toMatchObject({
      kind: 'physical_change',
      status: 'planned',
      themes: [{ id: theme.id, name: 'Onveilig gevoel in de achterpaden' }],
      buildingPhaseName: 'Fase 2',
      owners: [{ id: people.worker.id, name: 'Wendy Opbouw' }],
      partners: [expect.objectContaining({ organisationId: people.city.organisationId, decision: 'approved', decidedOn: '2026-02-01' })],
      budgetEuros: 2500,
      lasts: true,
    });
    for (const reader of [builder, residents]) {
      const list = await reader.get(`/api/projects/${projectId}/activities`);
      expect(list.statusCode).toBe(200);
      expect(list.json().activities.map((a: { title: string }) => a.title)).toEqual(['Verlichting in de achterpaden']);
    }
    // Only the social team writes.
    expect((await builder.put(`/api/projects/${projectId}/activities/${activity.id}`, { kind: 'physical_change', title: 'Anders' })).statusCode).toBe(404);
    expect((await residents.post(`/api/projects/${projectId}/activities`, { kind: 'collective_activity', title: 'Buurtfeest' })).statusCode).toBe(404);
  });

  it('filters by kind, status, theme and building phase, a page at a time', async () => {
    const { db, projectId, worker } = await world();
    const theme = await newTheme(db, projectId);
    const phase = await newBuildingPhase(db, projectId);
    const walk = await newActivity(db, projectId, { title: 'Wandelclub', kind: 'collective_activity', status: 'running' });
    await newActivity(db, projectId, { title: 'Bankjes', kind: 'physical_change', status: 'done' });
    await newActivity(db, projectId, { title: 'Buren koppelen', kind: 'personal_connection', status: 'running' });
    await db.insertInto('activity_themes').values({ activity_id: walk.id, theme_id: theme.id }).execute();
    await db.updateTable('activities').set({ building_phase_id: phase.id }).where('id', '=', walk.id).execute();
    const titles = async (query: string) =>
      (await worker.get(`/api/projects/${projectId}/activities?${query}`))
        .json()
        .activities.map((a: { title: string }) => a.title)
        .sort();
    expect(await titles('status=running')).toEqual(['Buren koppelen', 'Wandelclub']);
    expect(await titles('kind=physical_change')).toEqual(['Bankjes']);
    expect(await titles(`themeId=${theme.id}`)).toEqual(['Wandelclub']);
    expect(await titles(`buildingPhaseId=${phase.id}`)).toEqual(['Wandelclub']);
    const page = (await worker.get(`/api/projects/${projectId}/activities?pageSize=2&page=2`)).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.activities).toHaveLength(1);
  });

  it("refuses a resident's name in any free text, an owner outside the team and a theme of another project, and stores nothing", async () => {
    const { db, projectId, people, worker } = await world();
    const home = await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
    await newHousehold(db, home.id, { name: 'Gerda Jansen' });
    const other = await world();
    const foreignTheme = await newTheme(db, other.projectId);
    const response = await worker.post(`/api/projects/${projectId}/activities`, {
      kind: 'collective_activity',
      title: 'Soep uit de bakfiets',
      themeIds: [foreignTheme.id],
      ownerIds: [people.residents.id],
      partners: [{ name: 'Buurthuis', request: 'Gerda Jansen vraagt de sleutel' }],
      lasts: true,
      successorOwner: 'Gerda Jansen',
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['ownerIds.0', 'partners.0.request', 'successorOwner', 'themeIds.0']);
    expect(await db.selectFrom('activities').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
  });

  it('updates and deletes an activity, 404 for one of another project', async () => {
    const { db, projectId, worker } = await world();
    const other = await world();
    const foreign = await newActivity(db, other.projectId);
    const own = await newActivity(db, projectId, { title: 'Buurtfeest' });
    const updated = await worker.put(`/api/projects/${projectId}/activities/${own.id}`, {
      kind: 'collective_activity',
      title: 'Buurtfeest in drie straten',
      status: 'done',
    });
    expect(updated.json().activity).toMatchObject({ title: 'Buurtfeest in drie straten', status: 'done' });
    expect((await worker.put(`/api/projects/${projectId}/activities/${foreign.id}`, { kind: 'collective_activity', title: 'x' })).statusCode).toBe(404);
    expect((await worker.delete(`/api/projects/${projectId}/activities/${foreign.id}`)).statusCode).toBe(404);
    expect((await worker.delete(`/api/projects/${projectId}/activities/${own.id}`)).statusCode).toBe(200);
    expect((await worker.get(`/api/projects/${projectId}/activities/${own.id}`)).statusCode).toBe(404);
  });
});

describe('reach', () => {
  it('records reach per occasion as counts; exact for the team, small counts held back outside it', async () => {
    const { db, projectId, worker, builder } = await world();
    const walk = await newActivity(db, projectId, { title: 'Wandelclub' });
    const party = await newActivity(db, projectId, { title: 'Straatfeest' });
    const yoga = await newActivity(db, projectId, { title: 'Yoga' });
    await newActivityReach(db, party.id, 60, 25);
    await newActivityReach(db, yoga.id, 20, 8);
    const first = await worker.post(`/api/projects/${projectId}/activities/${walk.id}/reach`, { heldOn: '2026-04-02', participants: 2, firstTimers: 1 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().activity.reach).toEqual({ participants: 2, firstTimers: 1 });
    expect(first.json().reachEntries).toEqual([expect.objectContaining({ heldOn: '2026-04-02', participants: 2, firstTimers: 1 })]);
    expect((await worker.post(`/api/projects/${projectId}/activities/${walk.id}/reach`, { participants: 2, firstTimers: 3 })).json().fields[0].path).toBe(
      'firstTimers',
    );

    const seen = (await builder.get(`/api/projects/${projectId}/activities/${walk.id}`)).json();
    expect(seen.activity.reach).toEqual({ participants: null, firstTimers: null });
    expect(seen.reachEntries).toEqual([]);
    const progress = (await builder.get(`/api/projects/${projectId}/activities/progress`)).json();
    const list = (await builder.get(`/api/projects/${projectId}/activities`)).json().activities;
    const shownOf = (title: string) => list.find((a: { title: string }) => a.title === title).reach.participants;
    // The walking club's 2 cannot be found back by subtracting the others from the total.
    expect([progress.reach.participants, shownOf('Straatfeest'), shownOf('Yoga')]).toContain(null);
    expect((await worker.get(`/api/projects/${projectId}/activities/progress`)).json().reach).toEqual({ participants: 82, firstTimers: 34 });
  });
});

describe('hours', () => {
  it("books an activity's hours on the phase-4 line: they show in the hours overview against the budget", async () => {
    const { db, projectId, worker, builder } = await world();
    const walk = await newActivity(db, projectId, { title: 'Wandelclub' });
    const booked = await worker.post(`/api/projects/${projectId}/activities/${walk.id}/hours`, {
      workedOn: '2026-04-02',
      hours: 2.5,
      note: 'Eerste wandeling begeleid',
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().activity.bookedHours).toBe(2.5);
    await worker.post(`/api/projects/${projectId}/hours/bookings`, { phase: 'social_connecting', workedOn: '2026-04-03', hours: 1, note: '' });

    const overview = (await worker.get(`/api/projects/${projectId}/hours`)).json();
    const connecting = overview.phases.find((p: { phase: string }) => p.phase === 'social_connecting');
    expect(connecting).toMatchObject({ budget: 200, actual: 3.5 });
    const progress = (await worker.get(`/api/projects/${projectId}/activities/progress`)).json();
    expect(progress.hours).toEqual({ budget: 200, booked: 3.5, onActivities: 2.5 });
    // The contractor reads the register but not the hours.
    expect((await builder.get(`/api/projects/${projectId}/activities/progress`)).json().hours).toBeNull();
    expect((await builder.post(`/api/projects/${projectId}/activities/${walk.id}/hours`, { workedOn: '2026-04-02', hours: 1 })).statusCode).toBe(404);
  });
});

describe('progress', () => {
  it('counts activities by kind and theme and lists those that last', async () => {
    const { db, projectId, residents } = await world();
    const theme = await newTheme(db, projectId, { name: 'Ontmoeting' });
    const walk = await newActivity(db, projectId, { title: 'Wandelclub', lasts: true, successorOwner: 'Bewoners zelf' });
    await newActivity(db, projectId, { title: 'Bankjes', kind: 'physical_change' });
    await newActivity(db, projectId, { title: 'Gestopt', kind: 'physical_change', status: 'stopped', lasts: true, successorOwner: 'Niemand' });
    await db.insertInto('activity_themes').values({ activity_id: walk.id, theme_id: theme.id }).execute();
    const progress = (await residents.get(`/api/projects/${projectId}/activities/progress`)).json();
    expect(progress.byKind).toEqual([
      { kind: 'personal_connection', count: 0 },
      { kind: 'collective_activity', count: 1 },
      { kind: 'physical_change', count: 1 },
    ]);
    expect(progress.byTheme[0]).toMatchObject({ themeId: theme.id, themeName: 'Ontmoeting' });
    expect(progress.lasting).toEqual([{ id: walk.id, title: 'Wandelclub', kind: 'collective_activity', successorOwner: 'Bewoners zelf' }]);
  });
});
