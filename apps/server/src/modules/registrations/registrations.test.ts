import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFormDefinition } from '@thuis/domain';
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

async function newWorld() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker', name: 'Marieke Werker' },
  });
  const project = { id: projectId };
  const leader = people.leader;
  const worker = people.worker;
  const home = await newAddress(db, project.id, { street: 'Lankforst', houseNumber: 12 });
  const household = await newHousehold(db, home.id, { name: 'Fam. Yilmaz', phone: '06 2222 3333', email: 'yilmaz@example.nl' });
  const startsAt = new Date('2026-12-01T09:00:00+01:00');
  const visit = await db
    .insertInto('visits')
    .values({
      project_id: project.id,
      address_id: home.id,
      kind: 'joint_intake',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: leader.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    projectId: project.id,
    visitId: visit.id,
    household,
    leader: await clientFor(t.app, db, leader.id),
    worker: await clientFor(t.app, db, worker.id, 'nl'),
  };
}

const content = {
  answers: { neighbourhood_satisfaction: 7, age_group: '65_79', household_type: 'single' },
  cards: ['belonging', 'health'],
  openText: {
    person_obstacles: 'Slecht ter been sinds een val, komt weinig buiten.',
    environment_opportunities: 'Het bankje bij het speelveld is een ontmoetingsplek.',
  },
  talents: 'Kookt graag en wil dat voor anderen doen.',
  talentsContactConsent: true,
  summary: 'Alleenstaande oudere, tevreden over de buurt, wil graag koken voor buren.',
};

describe('registering a conversation', () => {
  it('stores it once under the household’s pseudonym, however often the tablet syncs it', async () => {
    const w = await newWorld();
    const form = (await w.worker.get(`/api/projects/${w.projectId}/registration-form`)).json();
    expect(form.version).toBe(1);
    const clientId = randomUUID();
    const body = { formVersionId: form.id, visitId: w.visitId, content };
    const first = await w.worker.put(`/api/projects/${w.projectId}/registrations/${clientId}`, body);
    expect(first.statusCode).toBe(200);
    const again = await w.worker.put(`/api/projects/${w.projectId}/registrations/${clientId}`, body);
    expect(again.json().id).toBe(first.json().id);
    const rows = await t.database.db.selectFrom('registrations').where('project_id', '=', w.projectId).selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.household_key).toBe(w.household.pseudonym);
    // Nothing in the row points at a person or a place.
    const stored = JSON.stringify(rows[0]);
    for (const identity of ['Yilmaz', '06 2222 3333', 'yilmaz@example.nl', 'Lankforst', w.visitId]) expect(stored).not.toContain(identity);
    const columns = (
      await sql<{ column_name: string }>`select column_name from information_schema.columns where table_name = 'registrations'`.execute(t.database.db)
    ).rows.map((r) => r.column_name);
    // Groups of many homes (for the picture's filters), never the address itself.
    expect(columns.sort()).toEqual([
      'building_phase_id',
      'client_id',
      'content',
      'created_at',
      'created_by',
      'form_id',
      'household_key',
      'id',
      'project_id',
      'sub_neighbourhood_id',
    ]);
  });

  it('answers another project’s client id exactly as an unknown one, and never shows or changes that registration', async () => {
    const a = await newWorld();
    const b = await newWorld();
    const formA = (await a.worker.get(`/api/projects/${a.projectId}/registration-form`)).json();
    const formB = (await b.worker.get(`/api/projects/${b.projectId}/registration-form`)).json();
    const taken = randomUUID();
    const saved = (await a.worker.put(`/api/projects/${a.projectId}/registrations/${taken}`, { formVersionId: formA.id, visitId: a.visitId, content })).json();

    // The body of project A does not fit project B: both ids get the same 400.
    const foreignBody = { formVersionId: formA.id, visitId: a.visitId, content };
    const other = await b.worker.put(`/api/projects/${b.projectId}/registrations/${taken}`, foreignBody);
    const unknown = await b.worker.put(`/api/projects/${b.projectId}/registrations/${randomUUID()}`, foreignBody);
    expect(other.statusCode).toBe(400);
    expect([other.statusCode, other.body]).toEqual([unknown.statusCode, unknown.body]);

    // A fitting body is stored in project B under the same client id, as for any new id.
    const summary = 'Tevreden over de buurt, wil meedoen aan een buurtfeest.';
    const stored = await b.worker.put(`/api/projects/${b.projectId}/registrations/${taken}`, {
      formVersionId: formB.id,
      visitId: b.visitId,
      content: { ...content, summary },
    });
    expect(stored.statusCode).toBe(200);
    expect(stored.json()).toMatchObject({ clientId: taken, content: { summary } });
    expect(stored.json().id).not.toBe(saved.id);
    const kept = await t.database.db.selectFrom('registrations').where('id', '=', saved.id).select(['project_id', 'content']).executeTakeFirstOrThrow();
    expect(kept).toEqual({ project_id: a.projectId, content: expect.objectContaining({ summary: content.summary }) });
  });

  it('asks to rephrase text that could identify someone, naming the field and what was found', async () => {
    const w = await newWorld();
    const form = (await w.worker.get(`/api/projects/${w.projectId}/registration-form`)).json();
    const response = await w.worker.put(`/api/projects/${w.projectId}/registrations/${randomUUID()}`, {
      formVersionId: form.id,
      visitId: w.visitId,
      content: { ...content, summary: 'Mevrouw Yilmaz op Lankforst 12 is bereikbaar op 06-22223333.' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'content.summary',
        message:
          'Geanonimiseerde samenvatting: hierin staat iets waaraan iemand te herkennen is ("Mevrouw Yilmaz", "Lankforst 12", "06-22223333"); schrijf het anders op.',
      },
    ]);
    expect(await t.database.db.selectFrom('registrations').where('project_id', '=', w.projectId).select('id').execute()).toEqual([]);
  });

  it('checks answers against the form version, and keeps old registrations on their version', async () => {
    const w = await newWorld();
    const v1 = (await w.worker.get(`/api/projects/${w.projectId}/registration-form`)).json();
    await w.worker.put(`/api/projects/${w.projectId}/registrations/${randomUUID()}`, { formVersionId: v1.id, visitId: w.visitId, content });
    const definition = defaultFormDefinition();
    definition.questions.push({
      kind: 'scale',
      key: 'feels_safe',
      label: { nl: 'Voelt u zich veilig in de buurt?', en: 'Do you feel safe?' },
      min: 1,
      max: 5,
      required: true,
    });
    const v2 = (await w.leader.put(`/api/projects/${w.projectId}/registration-form`, { definition })).json();
    expect(v2.version).toBe(2);
    const missing = await w.worker.put(`/api/projects/${w.projectId}/registrations/${randomUUID()}`, { formVersionId: v2.id, visitId: w.visitId, content });
    expect(missing.json().fields).toEqual([{ path: 'content.answers.feels_safe', message: 'Voelt u zich veilig in de buurt?: vul dit veld in.' }]);
    const versions = (await w.leader.get(`/api/projects/${w.projectId}/registration-form/versions`)).json().versions;
    expect(versions.map((v: { version: number; registrationCount: number }) => [v.version, v.registrationCount])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    // Each version with its own questions, for an import into an older version.
    const keysOf = (version: number) =>
      versions.find((v: { version: number }) => v.version === version).definition.questions.map((q: { key: string }) => q.key);
    expect(keysOf(2)).toContain('feels_safe');
    expect(keysOf(1)).not.toContain('feels_safe');
  });
});
