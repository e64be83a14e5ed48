import { afterAll, beforeAll, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('lets contractor staff hand a signal to the social team without seeing it again', async () => {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager', name: 'Peter Bouwer' },
  });
  const home = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: 8 });
  const household = await newHousehold(db, home.id, { name: 'Fam. Bakker' });
  const startsAt = new Date('2026-12-01T09:00:00+01:00');
  const visit = await db
    .insertInto('visits')
    .values({
      project_id: projectId,
      address_id: home.id,
      kind: 'joint_intake',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const builder = await clientFor(t.app, db, people.builder.id);
  const worker = await clientFor(t.app, db, people.worker.id);

  const receipt = await builder.post(`/api/projects/${projectId}/signals`, {
    category: 'works',
    subject: 'disability',
    visitId: visit.id,
    description: 'Loopt met een rollator; drempels zijn een probleem.',
  });
  expect(receipt.statusCode).toBe(201);
  expect(receipt.json()).toEqual({ id: expect.any(String), received: true });
  expect((await builder.get(`/api/projects/${projectId}/signals`)).statusCode).toBe(404);

  const list = (await worker.get(`/api/projects/${projectId}/signals`)).json().items;
  expect(list).toEqual([expect.objectContaining({ subject: 'disability', fromVisit: true, handedOverByContractor: true, reportedByName: 'Peter Bouwer' })]);
  const stored = await db.selectFrom('signals').where('project_id', '=', projectId).select(['household_key']).executeTakeFirstOrThrow();
  expect(stored.household_key).toBe(household.pseudonym);
});

it('asks to rephrase a signal that names someone, and stores nothing', async () => {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
  const worker = await clientFor(t.app, db, people.worker.id);
  const response = await worker.post(`/api/projects/${projectId}/signals`, {
    category: 'care',
    subject: 'financial',
    description: 'Meneer Bakker heeft schulden, bel 06-12345678.',
  });
  expect(response.statusCode).toBe(400);
  expect(response.json().fields[0].path).toBe('description');
  expect(await db.selectFrom('signals').where('project_id', '=', projectId).select('id').execute()).toEqual([]);
});
