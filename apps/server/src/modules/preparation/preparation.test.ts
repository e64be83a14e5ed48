import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_AGREEMENT_BYTES } from '@thuis/domain';
import { tinyPdf } from '../../demo/demo-preparation.js';
import { multipartFile, newAddress, newHousehold, newTeamProject } from '../../test/factories.js';
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
    leader: { type: 'corporation', role: 'project_leader', name: 'Lotte Leider' },
    consultant: { type: 'corporation', role: 'housing_consultant', name: 'Wim Woon' },
    worker: { type: 'welfare', role: 'community_worker', name: 'Wendy Opbouw' },
    builder: { type: 'contractor', role: 'site_manager', name: 'Bart Bouw' },
    residents: { type: 'residents_group', role: 'resident_group' },
    city: { type: 'municipality', role: 'policy_viewer' },
  });
  // A resident of the project: her name may not appear in what these records hold.
  await newHousehold(db, (await newAddress(db, projectId)).id, { name: 'Gerda Jansen' });
  const client = (key: keyof typeof people) => clientFor(t.app, db, people[key].id);
  return {
    db,
    projectId,
    people,
    leader: await client('leader'),
    worker: await client('worker'),
    builder: await client('builder'),
    residents: await client('residents'),
    city: await client('city'),
  };
}
async function auditCount(db: TestApp['database']['db'], where: { resourceType: string; projectId: string; action?: string }) {
  let query = db.selectFrom('audit_log').where('resource_type', '=', where.resourceType).where('project_id', '=', where.projectId);
  if (where.action) query = query.where('action', '=', where.action);
  return Number((await query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count);
}
const fieldsOf = (response: { json: () => { fields?: { path: string }[] } }) => (response.json().fields ?? []).map((f) => f.path).sort();

describe('orientation meetings', () => {
  it('records a meeting with its themes, refuses identifying notes and bad input naming the field', async () => {
    const { db, projectId, leader, worker, builder } = await world();
    const base = `/api/projects/${projectId}/orientation-meetings`;
    const good = { heldOn: '2026-02-03', place: 'Buurthuis', attendees: 14, notes: 'Zorgen over stof.', themes: ['Overlast', 'Eenzaamheid'] };
    const created = await leader.post(base, good);
    expect(created.statusCode, created.body).toBe(201);
    const bad = await leader.post(base, { ...good, attendees: -1, heldOn: '2026-02-31' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['attendees', 'heldOn']);
    const named = await leader.post(base, { ...good, notes: 'Gerda Jansen wil meedoen', themes: ['Hulp voor Gerda Jansen'] });
    expect(named.statusCode).toBe(400);
    expect(fieldsOf(named)).toEqual(['notes', 'themes.0']);
    // At every write: a change is checked too.
    const changed = await leader.put(`${base}/${created.json().id}`, { ...good, notes: 'Gerda Jansen' });
    expect(changed.statusCode).toBe(400);
    expect((await worker.get(base)).json().meetings).toEqual([
      expect.objectContaining({ attendees: 14, notes: 'Zorgen over stof.', themes: ['Overlast', 'Eenzaamheid'] }),
    ]);
    expect((await worker.post(base, good)).statusCode).toBe(404);
    expect((await builder.get(base)).statusCode).toBe(404);
    expect(await db.selectFrom('orientation_meetings').where('project_id', '=', projectId).select('id').execute()).toHaveLength(1);
    expect(await auditCount(db, { resourceType: 'orientation_meeting', projectId })).toBe(1);
  });
});

describe('collaboration agreements', () => {
  it('keeps the document in the database, refuses a wrong type or size, audits each download', async () => {
    const { db, projectId, people, leader, builder, residents } = await world();
    const base = `/api/projects/${projectId}/agreements`;
    const created = await leader.post(base, {
      partyAId: people.leader.organisationId,
      partyBId: people.builder.organisationId,
      signedOn: '2026-01-10',
      validUntil: '2028-12-31',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const same = await leader.post(base, {
      partyAId: people.leader.organisationId,
      partyBId: people.leader.organisationId,
      validUntil: '2020-01-01',
      signedOn: '2021-01-01',
    });
    expect(fieldsOf(same)).toEqual(['partyBId', 'validUntil']);
    const upload = (name: string, content: Buffer | string) => {
      const { payload, headers } = multipartFile(name, content);
      return leader.request({ method: 'PUT', url: `${base}/${id}/document`, payload, headers });
    };
    const pdf = tinyPdf('Overeenkomst');
    expect((await upload('overeenkomst.pdf', pdf)).statusCode).toBe(200);
    const wrongType = await upload('overeenkomst.pdf', 'not a pdf at all');
    expect(wrongType.statusCode).toBe(400);
    expect(fieldsOf(wrongType)).toEqual(['file']);
    expect((await upload('overeenkomst.exe', pdf)).statusCode).toBe(400);
    const tooLarge = await upload('groot.pdf', Buffer.concat([pdf, Buffer.alloc(MAX_AGREEMENT_BYTES)]));
    expect(tooLarge.statusCode).toBe(413);
    const list = (await builder.get(base)).json().agreements;
    expect(list).toEqual([expect.objectContaining({ id, document: { fileName: 'overeenkomst.pdf', type: 'pdf', bytes: pdf.length } })]);
    const before = await auditCount(db, { resourceType: 'collaboration_agreement', projectId, action: 'download' });
    const download = await builder.get(`${base}/${id}/document`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(await auditCount(db, { resourceType: 'collaboration_agreement', projectId, action: 'download' })).toBe(before + 1);
    expect((await residents.get(base)).statusCode).toBe(404);
  });

  it('saves the task matrix per phase with organisations of the project only', async () => {
    const { projectId, people, leader, builder, worker } = await world();
    const url = `/api/projects/${projectId}/task-matrix`;
    const row = { task: 'Bewoners informeren', organisationIds: { preparation: people.leader.organisationId, home_visits: people.builder.organisationId } };
    const saved = await leader.put(url, { rows: [row] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await builder.get(url)).json().rows).toEqual([
      {
        task: 'Bewoners informeren',
        organisationIds: {
          preparation: people.leader.organisationId,
          home_visits: people.builder.organisationId,
          neighbourhood_picture: null,
          social_connecting: null,
          evaluation: null,
        },
      },
    ]);
    const foreign = await leader.put(url, { rows: [{ task: '', organisationIds: { evaluation: '00000000-0000-4000-8000-000000000000' } }] });
    expect(fieldsOf(foreign)).toEqual(['rows.0.task']);
    const outsider = await leader.put(url, { rows: [{ task: 'Evalueren', organisationIds: { evaluation: '00000000-0000-4000-8000-000000000000' } }] });
    expect(fieldsOf(outsider)).toEqual(['rows.0.organisationIds.evaluation']);
    expect((await builder.get(url)).json().rows).toHaveLength(1);
    expect((await worker.put(url, { rows: [] })).statusCode).toBe(404);
  });
});

describe('joint goals and the interim evaluation', () => {
  it('reviews each goal at an interim evaluation, stored with it', async () => {
    const { projectId, people, leader, worker, residents } = await world();
    const goals = await leader.put(`/api/projects/${projectId}/joint-goals`, {
      goals: [{ title: 'Bewoners voelen zich gehoord', indicator: 'Enquête na afloop' }, { title: 'Meer contact tussen buren' }],
    });
    expect(goals.statusCode, goals.body).toBe(200);
    const [heard, contact] = goals.json().goals;
    const body = {
      kind: 'yearly',
      year: 2026,
      heldOn: '2026-06-01',
      participantIds: [people.worker.id],
      goalReviews: [
        { goalId: heard.id, status: 'on_track', note: 'Iedereen bezocht.' },
        { goalId: contact.id, status: 'attention' },
      ],
    };
    const evaluation = await worker.post(`/api/projects/${projectId}/interim-evaluations`, body);
    expect(evaluation.statusCode, evaluation.body).toBe(201);
    const read = await residents.get(`/api/projects/${projectId}/interim-evaluations/${evaluation.json().id}`);
    expect(read.json().goalReviews).toEqual([
      { goalId: heard.id, goalTitle: 'Bewoners voelen zich gehoord', status: 'on_track', note: 'Iedereen bezocht.' },
      { goalId: contact.id, goalTitle: 'Meer contact tussen buren', status: 'attention', note: '' },
    ]);
    const bad = await worker.post(`/api/projects/${projectId}/interim-evaluations`, {
      ...body,
      goalReviews: [{ goalId: heard.id, status: 'maybe', note: 'Gerda Jansen' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['goalReviews.0.status']);
    const named = await worker.post(`/api/projects/${projectId}/interim-evaluations`, {
      ...body,
      goalReviews: [{ goalId: heard.id, status: 'off_track', note: 'Gerda Jansen' }],
    });
    expect(fieldsOf(named)).toEqual(['goalReviews.0.note']);
    // Removing a goal removes its reviews; the other's stays.
    await leader.put(`/api/projects/${projectId}/joint-goals`, { goals: [{ ...contact }] });
    const after = await worker.get(`/api/projects/${projectId}/interim-evaluations/${evaluation.json().id}`);
    expect(after.json().goalReviews.map((r: { goalId: string }) => r.goalId)).toEqual([contact.id]);
  });
});

describe('communication plan', () => {
  it('takes the resident group’s proposal, agrees the leader’s, refuses bad input', async () => {
    const { projectId, people, leader, residents, builder, city } = await world();
    const url = `/api/projects/${projectId}/communication-plan`;
    const item = {
      phase: 'preparation',
      audience: 'Alle bewoners',
      channel: 'letter',
      language: 'Nederlands',
      frequency: 'Eenmalig',
      ownerId: people.leader.organisationId,
    };
    expect((await leader.post(url, item)).statusCode).toBe(201);
    const proposal = await residents.post(url, { ...item, channel: 'app', ownerId: null });
    expect(proposal.statusCode, proposal.body).toBe(201);
    const plan = (await builder.get(url)).json().items;
    expect(plan.map((i: { channel: string; status: string }) => [i.channel, i.status])).toEqual([
      ['letter', 'agreed'],
      ['app', 'proposed'],
    ]);
    expect(fieldsOf(await residents.post(url, { ...item, channel: 'pigeon', audience: '' }))).toEqual(['audience', 'channel']);
    expect(fieldsOf(await leader.post(url, { ...item, audience: 'Familie Gerda Jansen' }))).toEqual(['audience']);
    expect((await residents.put(`${url}/${proposal.json().id}`, item)).statusCode).toBe(404);
    expect((await leader.put(`${url}/${proposal.json().id}`, { ...item, channel: 'app' })).statusCode).toBe(200);
    expect((await residents.get(url)).json().items.every((i: { status: string }) => i.status === 'agreed')).toBe(true);
    expect((await city.get(url)).statusCode).toBe(404);
  });
});

describe('training register', () => {
  it('marks a visitor trained after the four topics and books the hours on phase 1', async () => {
    const { db, projectId, people, leader, worker } = await world();
    const url = `/api/projects/${projectId}/training`;
    const untrained = async () =>
      (await worker.get(url))
        .json()
        .visitors.filter((v: { trained: boolean }) => !v.trained)
        .map((v: { name: string }) => v.name);
    expect(await untrained()).toEqual(['Bart Bouw', 'Lotte Leider', 'Wendy Opbouw', 'Wim Woon']);
    for (const topic of ['introduction', 'cards', 'registration', 'privacy_plan'])
      expect((await leader.post(url, { userId: people.builder.id, topic, trainedOn: '2026-01-20', hours: 1.5 })).statusCode).toBe(201);
    expect(await untrained()).toEqual(['Lotte Leider', 'Wendy Opbouw', 'Wim Woon']);
    const hours = await leader.get(`/api/projects/${projectId}/hours`);
    const booked = await db.selectFrom('hour_bookings').where('project_id', '=', projectId).select(['phase', 'hours', 'organisation_id']).execute();
    expect(booked).toHaveLength(4);
    expect(booked.every((b) => b.phase === 'preparation' && Number(b.hours) === 1.5 && b.organisation_id === people.builder.organisationId)).toBe(true);
    expect(hours.statusCode).toBe(200);
    expect(fieldsOf(await leader.post(url, { userId: people.residents.id, topic: 'cards', trainedOn: '2026-01-20', hours: 1.1 }))).toEqual(['hours']);
    expect(fieldsOf(await leader.post(url, { userId: people.residents.id, topic: 'cards', trainedOn: '2026-01-20' }))).toEqual(['userId']);
    const recordId = (await worker.get(url)).json().records[0].id;
    expect((await leader.delete(`${url}/${recordId}`)).statusCode).toBe(200);
    expect(await db.selectFrom('hour_bookings').where('project_id', '=', projectId).select('id').execute()).toHaveLength(3);
    expect(await untrained()).toContain('Bart Bouw');
  });
});
