import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { up as backfillGroups } from '../../platform/db/migrations/0010_registration_groups_backfill.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

describe('the overview of the registrations (picture of the neighbourhood, step 1)', () => {
  it('counts closed questions and pools open texts, filtered by building phase, age group and form version', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, {
      worker: { type: 'welfare', role: 'community_worker' },
      builder: { type: 'contractor', role: 'site_manager' },
      partner: { type: 'care_partner', role: 'partner_contact' },
    });
    const phases = [await newBuildingPhase(db, projectId, { name: 'Bouwfase 1' }), await newBuildingPhase(db, projectId, { name: 'Bouwfase 2' })];
    const worker = await clientFor(t.app, db, people.worker.id);
    const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
    const register = async (phase: number, answers: Record<string, unknown>, openText: Record<string, string> = {}) => {
      const home = await newAddress(db, projectId, { buildingPhaseId: phases[phase]!.id });
      await newHousehold(db, home.id);
      const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
      const saved = await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, {
        formVersionId: form.id,
        visitId: visit.id,
        content: { answers, openText },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    };
    await register(0, { neighbourhood_satisfaction: 8, age_group: '65_79' }, { person_obstacles: 'Moeite met trappen lopen.' });
    await register(0, { neighbourhood_satisfaction: 6, age_group: '30_49' }, { environment_opportunities: 'Het speelveld is een ontmoetingsplek.' });
    await register(1, { neighbourhood_satisfaction: 8, age_group: '65_79' });

    const overview = async (query = '') => {
      const response = await worker.get(`/api/projects/${projectId}/picture/overview${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const satisfaction = (o: { questions: { key: string; options: { key: string; count: number }[] }[] }) =>
      Object.fromEntries(
        o.questions
          .find((q) => q.key === 'neighbourhood_satisfaction')!
          .options.filter((x) => x.count > 0)
          .map((x) => [x.key, x.count]),
      );

    const all = await overview();
    expect(all.registrations).toBe(3);
    expect(satisfaction(all)).toEqual({ '6': 1, '8': 2 });
    expect(all.texts).toMatchObject({ person_obstacles: 1, environment_opportunities: 1, talents: 0 });

    const phase1 = await overview(`?buildingPhaseId=${phases[0]!.id}`);
    expect(phase1.registrations).toBe(2);
    expect(satisfaction(phase1)).toEqual({ '6': 1, '8': 1 });
    const elderly = await overview('?ageGroup=65_79');
    expect(satisfaction(elderly)).toEqual({ '8': 2 });
    expect(elderly.texts.environment_opportunities).toBe(0);
    expect((await overview(`?formVersionId=${randomUUID()}`)).registrations).toBe(0);

    // The figures carry no registration: reading them leaves no audit entry.
    const audited = await db.selectFrom('audit_log').where('project_id', '=', projectId).where('action', '=', 'read').select('id').execute();
    expect(audited).toEqual([]);

    // A bad filter is named; the overview stays with the social team.
    const bad = await worker.get(`/api/projects/${projectId}/picture/overview?buildingPhaseId=bouwfase-1`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('buildingPhaseId');
    for (const outsider of [people.builder.id, people.partner.id])
      expect((await (await clientFor(t.app, db, outsider)).get(`/api/projects/${projectId}/picture/overview`)).statusCode).toBe(404);
  });
});

describe('the order of the statements', () => {
  it('stays the same on every read, also for registrations stored at the same moment', async () => {
    const db = t.database.db;
    const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
    const worker = await clientFor(t.app, db, people.worker.id);
    const form = (await worker.get(`/api/projects/${projectId}/registration-form`)).json();
    for (let i = 0; i < 8; i++) {
      const home = await newAddress(db, projectId);
      await newHousehold(db, home.id);
      const visit = await newVisit(db, projectId, home.id, { visitorIds: [people.worker.id], outcome: 'completed_with_conversation' });
      const content = { answers: {}, openText: { person_obstacles: `Uitspraak ${i}.` } };
      expect(
        (await worker.put(`/api/projects/${projectId}/registrations/${randomUUID()}`, { formVersionId: form.id, visitId: visit.id, content })).statusCode,
      ).toBe(200);
    }
    // As the demo data and the history import store them: one moment for all.
    await sql`update registrations set created_at = '2026-03-01T10:00:00Z' where project_id = ${projectId}`.execute(db);
    const ids = async () =>
      (await worker.get(`/api/projects/${projectId}/picture/texts?category=person_obstacles`))
        .json()
        .texts.map((x: { registrationId: string }) => x.registrationId);
    const first = await ids();
    expect(first).toHaveLength(8);
    expect(first).toEqual([...first].sort());
    expect(await ids()).toEqual(first);
  });
});

describe('migration 0010', () => {
  it("gives registrations made before it the building phase of the household's address", async () => {
    const db = t.database.db;
    const { projectId } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
    const phase = await newBuildingPhase(db, projectId);
    const home = await newAddress(db, projectId, { buildingPhaseId: phase.id });
    const household = await newHousehold(db, home.id);
    const form = await db
      .insertInto('registration_forms')
      .values({ project_id: projectId, version: 1, definition: JSON.stringify({ questions: [], cards: [] }), created_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('registrations')
      .values({
        project_id: projectId,
        form_id: form.id,
        client_id: randomUUID(),
        household_key: household.pseudonym,
        content: JSON.stringify({ answers: {}, cards: [], openText: {}, talents: '', talentsContactConsent: false, summary: '' }),
        created_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await backfillGroups(db);
    expect(
      await db.selectFrom('registrations').where('id', '=', row.id).select(['building_phase_id', 'sub_neighbourhood_id']).executeTakeFirstOrThrow(),
    ).toEqual({ building_phase_id: phase.id, sub_neighbourhood_id: null });
  });
});
