import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createRegistrationRepository } from '../registrations/repository.js';

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
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    residents: { type: 'residents_group', role: 'resident_group' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  const client = async (id: string) => clientFor(t.app, db, id);
  return {
    db,
    projectId,
    leader: await client(people.leader.id),
    worker: await client(people.worker.id),
    residents: await client(people.residents.id),
    policy: await client(people.policy.id),
  };
}

/** A household at an address of a building phase, visited once, with its registration's age group. */
async function visitedHousehold(db: TestApp['database']['db'], projectId: string, buildingPhaseId: string, ageGroup: string) {
  const address = await newAddress(db, projectId, { buildingPhaseId });
  const household = await newHousehold(db, address.id);
  const visit = await newVisit(db, projectId, address.id);
  const form = await createRegistrationRepository(db).currentForm(projectId, null);
  await db
    .insertInto('registrations')
    .values({
      project_id: projectId,
      form_id: form.id,
      client_id: randomUUID(),
      household_key: household.pseudonym,
      building_phase_id: buildingPhaseId,
      content: JSON.stringify({ answers: { age_group: ageGroup }, cards: [], openText: {}, talents: '', talentsContactConsent: false, summary: '' }),
      created_by: null,
    })
    .execute();
  return { visitId: visit.id, householdId: household.id, pseudonym: household.pseudonym, addressId: address.id };
}

describe('before and after per household', () => {
  it('is off until the project leader turns it on', async () => {
    const { db, projectId, leader, worker } = await world();
    const phase = await newBuildingPhase(db, projectId);
    const home = await visitedHousehold(db, projectId, phase.id, '65_79');
    const first = { clientId: randomUUID(), visitId: home.visitId, moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: 5, ladder: 2 };
    expect((await worker.get(`/api/projects/${projectId}/before-after/settings`)).json()).toEqual({ enabled: false });
    expect((await worker.post(`/api/projects/${projectId}/before-after/measurements`, first)).statusCode).toBe(409);
    expect((await worker.put(`/api/projects/${projectId}/before-after/settings`, { enabled: true })).statusCode).toBe(404);
    expect((await leader.put(`/api/projects/${projectId}/before-after/settings`, { enabled: true })).json()).toEqual({ enabled: true });
    const recorded = await worker.post(`/api/projects/${projectId}/before-after/measurements`, first);
    expect(recorded.statusCode, recorded.body).toBe(201);
    // A receipt, not the household; the row holds the pseudonym only.
    expect(Object.keys(recorded.json()).sort()).toEqual(['clientId', 'id', 'measuredOn', 'moment']);
    const row = await db.selectFrom('household_measurements').selectAll().where('id', '=', recorded.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ household_key: home.pseudonym, building_phase_id: phase.id, wellbeing: 5, ladder: 2 });
    expect(JSON.stringify(row)).not.toContain(home.householdId);
    expect(JSON.stringify(row)).not.toContain(home.addressId);
    expect(JSON.stringify(row)).not.toContain(home.visitId);
    // The outbox sending it again stores nothing twice and gets the same receipt.
    const resent = await worker.post(`/api/projects/${projectId}/before-after/measurements`, first);
    expect(resent.json()).toEqual(recorded.json());
    expect(await db.selectFrom('household_measurements').where('project_id', '=', projectId).select('id').execute()).toHaveLength(1);
    // One first-visit measurement per household; a later one is fine.
    const again = await worker.post(`/api/projects/${projectId}/before-after/measurements`, { ...first, clientId: randomUUID() });
    expect(again.statusCode).toBe(400);
    expect(again.json().fields.map((f: { path: string }) => f.path)).toEqual(['moment']);
    expect(
      (
        await worker.post(`/api/projects/${projectId}/before-after/measurements`, {
          ...first,
          clientId: randomUUID(),
          moment: 'later',
          measuredOn: '2023-01-10',
          wellbeing: 7,
        })
      ).statusCode,
    ).toBe(201);
  });

  it('refuses a visit of another project', async () => {
    const { db, projectId, leader, worker } = await world();
    const other = await world();
    const phase = await newBuildingPhase(db, other.projectId);
    const foreign = await visitedHousehold(db, other.projectId, phase.id, '65_79');
    await leader.put(`/api/projects/${projectId}/before-after/settings`, { enabled: true });
    const response = await worker.post(`/api/projects/${projectId}/before-after/measurements`, {
      clientId: randomUUID(),
      visitId: foreign.visitId,
      moment: 'first_visit',
      measuredOn: '2022-01-10',
      wellbeing: 5,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual(['visitId']);
    expect(await db.selectFrom('household_measurements').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
  });

  it('reports the mean change per building phase and age group, holding back small groups also from the total', async () => {
    const { db, projectId, leader, worker, residents, policy } = await world();
    await leader.put(`/api/projects/${projectId}/before-after/settings`, { enabled: true });
    const phases = [
      await newBuildingPhase(db, projectId, { name: 'Blok A', plannedStart: '2022-01-01' }),
      await newBuildingPhase(db, projectId, { name: 'Blok B', plannedStart: '2023-01-01' }),
      await newBuildingPhase(db, projectId, { name: 'Blok C', plannedStart: '2024-01-01' }),
    ];
    // Blok A: 6 households +2; Blok B: 5 households +1; Blok C: 4 households −4 (held back).
    const plan = [
      { phase: phases[0]!, count: 6, before: 5, after: 7, age: '65_79' },
      { phase: phases[1]!, count: 5, before: 6, after: 7, age: '65_79' },
      { phase: phases[2]!, count: 4, before: 8, after: 4, age: '30_49' },
    ];
    for (const group of plan)
      for (let i = 0; i < group.count; i++) {
        const home = await visitedHousehold(db, projectId, group.phase.id, group.age);
        const post = (body: object) =>
          worker.post(`/api/projects/${projectId}/before-after/measurements`, { clientId: randomUUID(), visitId: home.visitId, ...body });
        expect((await post({ moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: group.before, ladder: 1 })).statusCode).toBe(201);
        expect((await post({ moment: 'later', measuredOn: '2024-06-10', wellbeing: group.after, ladder: 3 })).statusCode).toBe(201);
      }
    // A household measured only once counts nowhere.
    const once = await visitedHousehold(db, projectId, phases[0]!.id, '80_plus');
    await worker.post(`/api/projects/${projectId}/before-after/measurements`, {
      clientId: randomUUID(),
      visitId: once.visitId,
      moment: 'first_visit',
      measuredOn: '2022-01-10',
      wellbeing: 1,
    });

    const response = await residents.get(`/api/projects/${projectId}/before-after/report`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.enabled).toBe(true);
    // Blok C's four are held back, and Blok B with them (else 15 − 6 − 5 would give them away).
    expect(report.byBuildingPhase.rows.map((r: { label: string; wellbeing: object; ladder: object }) => [r.label, r.wellbeing, r.ladder])).toEqual([
      ['Blok A', { households: 6, meanChange: 2 }, { households: 6, meanChange: 2 }],
      ['Blok B', { households: null, meanChange: null }, { households: null, meanChange: null }],
      ['Blok C', { households: null, meanChange: null }, { households: null, meanChange: null }],
    ]);
    expect(report.byBuildingPhase.total).toEqual({ wellbeing: { households: 15, meanChange: 0.1 }, ladder: { households: 15, meanChange: 2 } });
    // Age groups: the four of 30-49 are held back, and the eleven of 65-79 with them.
    const ages = Object.fromEntries(
      report.byAgeGroup.rows.map((r: { key: string; wellbeing: { households: number | null } }) => [r.key, r.wellbeing.households]),
    );
    expect(ages).toEqual({ under_30: 0, '30_49': null, '50_64': 0, '65_79': null, '80_plus': 0 });
    expect(report.byAgeGroup.total.wellbeing.households).toBe(15);
    // No pseudonym or household leaves in the report.
    const text = JSON.stringify(report);
    const keys = (await db.selectFrom('household_measurements').where('project_id', '=', projectId).select('household_key').execute()).map(
      (r) => r.household_key,
    );
    for (const key of keys) expect(text).not.toContain(key);
    expect((await policy.get(`/api/projects/${projectId}/before-after/report`)).statusCode).toBe(404);
  });

  it("lists, corrects and deletes a household's measurements for who measures, audited, and keeps one first-visit measurement", async () => {
    const { db, projectId, leader, worker, residents } = await world();
    await leader.put(`/api/projects/${projectId}/before-after/settings`, { enabled: true });
    const phase = await newBuildingPhase(db, projectId);
    const home = await visitedHousehold(db, projectId, phase.id, '65_79');
    const base = `/api/projects/${projectId}/before-after/measurements`;
    const post = async (body: object) => (await worker.post(base, { clientId: randomUUID(), visitId: home.visitId, ...body })).json();
    const first = await post({ moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: 5, ladder: 2 });
    const later = await post({ moment: 'later', measuredOn: '2023-01-10', wellbeing: 6 });
    const listed = await worker.get(`${base}?visitId=${home.visitId}`);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().measurements).toEqual([
      { id: first.id, moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: 5, ladder: 2 },
      { id: later.id, moment: 'later', measuredOn: '2023-01-10', wellbeing: 6, ladder: null },
    ]);
    expect(JSON.stringify(listed.json())).not.toContain(home.pseudonym);

    // A correction keeps the household; a second first-visit measurement is refused.
    const refused = await worker.put(`${base}/${later.id}`, { moment: 'first_visit', measuredOn: '2022-01-11', wellbeing: 6 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.map((f: { path: string }) => f.path)).toEqual(['moment']);
    const corrected = await worker.put(`${base}/${later.id}`, { moment: 'later', measuredOn: '2023-02-01', wellbeing: 8, ladder: 3 });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toEqual({ id: later.id, moment: 'later', measuredOn: '2023-02-01', wellbeing: 8, ladder: 3 });
    expect((await worker.put(`${base}/${first.id}`, { moment: 'first_visit', measuredOn: '2022-01-12', wellbeing: 4 })).statusCode).toBe(200);
    const row = await db
      .selectFrom('household_measurements')
      .where('id', '=', later.id)
      .select(['household_key', 'wellbeing', 'ladder'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ household_key: home.pseudonym, wellbeing: 8, ladder: 3 });

    // Who does not measure neither reads, corrects nor deletes.
    expect((await residents.get(`${base}?visitId=${home.visitId}`)).statusCode).toBe(404);
    expect((await residents.put(`${base}/${later.id}`, { moment: 'later', measuredOn: '2023-02-01', wellbeing: 1 })).statusCode).toBe(404);
    expect((await residents.delete(`${base}/${later.id}`)).statusCode).toBe(404);

    expect((await worker.delete(`${base}/${later.id}`)).statusCode).toBe(200);
    expect((await worker.delete(`${base}/${later.id}`)).statusCode).toBe(404);
    expect((await worker.get(`${base}?visitId=${home.visitId}`)).json().measurements.map((m: { id: string }) => m.id)).toEqual([first.id]);

    const audit = await db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('resource_type', '=', 'household_measurement')
      .select(['action', 'resource_id', 'details'])
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'create', 'read', 'update', 'update', 'delete', 'read']);
    expect(audit[2]!.details).toMatchObject({ count: 2, ids: [first.id, later.id] });
    expect(audit.filter((a) => a.action === 'delete').map((a) => a.resource_id)).toEqual([later.id]);
  });

  it("answers 404 for another project's measurement and changes nothing there", async () => {
    const { db, projectId, worker } = await world();
    const other = await world();
    await other.leader.put(`/api/projects/${other.projectId}/before-after/settings`, { enabled: true });
    const phase = await newBuildingPhase(db, other.projectId);
    const home = await visitedHousehold(db, other.projectId, phase.id, '65_79');
    const clientId = randomUUID();
    const body = { clientId, visitId: home.visitId, moment: 'first_visit', measuredOn: '2022-01-10', wellbeing: 5 };
    const foreign = (await other.worker.post(`/api/projects/${other.projectId}/before-after/measurements`, body)).json();
    const base = `/api/projects/${projectId}/before-after/measurements`;
    expect((await worker.put(`${base}/${foreign.id}`, { moment: 'later', measuredOn: '2023-02-01', wellbeing: 1 })).statusCode).toBe(404);
    expect((await worker.delete(`${base}/${foreign.id}`)).statusCode).toBe(404);
    expect((await worker.get(`${base}?visitId=${home.visitId}`)).statusCode).toBe(400);
    // Another project's client id is simply new here (and this project measures nothing: it is off).
    expect((await worker.post(base, body)).statusCode).toBe(409);
    expect(await db.selectFrom('household_measurements').where('id', '=', foreign.id).select('wellbeing').executeTakeFirst()).toEqual({ wellbeing: 5 });
  });
});
