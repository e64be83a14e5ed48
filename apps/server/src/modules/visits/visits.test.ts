import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor, TestClient } from '../../test/http-client.js';
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
    leader: { type: 'corporation', role: 'project_leader', name: 'Sanne Leider' },
    worker: { type: 'welfare', role: 'community_worker', name: 'Marieke Werker' },
    consultant: { type: 'corporation', role: 'housing_consultant', name: 'Ahmed Consulent' },
    builder: { type: 'contractor', role: 'site_manager', name: 'Peter Bouwer' },
  });
  const project = { id: projectId };
  const phase = await newBuildingPhase(db, project.id, { name: 'Fase 1' });
  const homes = [];
  for (let n = 1; n <= 4; n++) {
    const home = await newAddress(db, project.id, { street: 'Lankforst', houseNumber: n });
    await db.updateTable('addresses').set({ building_phase_id: phase.id }).where('id', '=', home.id).execute();
    homes.push(home);
  }
  await newHousehold(db, homes[0]!.id, { name: 'Fam. Geheimhouden' });
  const client = (key: keyof typeof people) => clientFor(t.app, db, people[key].id);
  return { projectId: project.id, homes, people, leader: await client('leader'), worker: await client('worker'), builder: await client('builder') };
}

const intake = (addressId: string, startsAt: string, visitorIds: string[]) => ({ addressId, kind: 'joint_intake', startsAt, visitorIds });

describe('planning visits', () => {
  it('plans a joint intake of the contractor with a community worker, advising a colleague for the first visits', async () => {
    const w = await newWorld();
    const response = await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ addressLabel: 'Lankforst 1', kind: 'joint_intake', startsAt: '2026-12-01T09:30', endsAt: '2026-12-01T10:30', outcome: null });
    expect(response.json().warnings).toEqual(['Marieke Werker doet de eerste twee gesprekken samen met een ervaren collega; voeg een tweede persoon van het sociale team toe.']);
    const stored = await t.database.db.selectFrom('visits').select('starts_at').executeTakeFirstOrThrow();
    expect(stored.starts_at.toISOString()).toMatch(/T08:30:00/); // 09:30 in Amsterdam is 08:30 UTC in winter
  });

  it('refuses a double-booked visitor and an intake without the contractor, naming who and what', async () => {
    const w = await newWorld();
    await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]));
    const clash = await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, '2026-12-01T10:00', [w.people.builder.id, w.people.consultant.id]));
    expect(clash.statusCode).toBe(400);
    expect(clash.json().fields).toEqual([{ path: 'visitorIds.0', message: 'Rij 1, Bezoekers: Peter Bouwer heeft op dat moment al een ander bezoek.' }]);
    const noContractor = await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, '2026-12-02T10:00', [w.people.consultant.id]));
    expect(noContractor.json().fields[0].message).toBe('Bezoekers: bij een gezamenlijke opname gaat de aannemer mee.');
  });

  it('reschedules, lists a visitor’s day, and records "not at home" with the next try', async () => {
    const w = await newWorld();
    const planned = (await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]))).json();
    const moved = await w.leader.put(`/api/projects/${w.projectId}/visits/${planned.id}`, intake(w.homes[0]!.id, '2026-12-03T14:00', [w.people.builder.id, w.people.worker.id]));
    expect(moved.json().startsAt).toBe('2026-12-03T14:00');
    const day = (await w.builder.get(`/api/projects/${w.projectId}/visits?from=2026-12-03&to=2026-12-04&visitorId=${w.people.builder.id}`)).json().visits;
    expect(day.map((v: { id: string }) => v.id)).toEqual([planned.id]);
    const result = await w.builder.post(`/api/projects/${w.projectId}/visits/${planned.id}/outcome`, { outcome: 'not_at_home', retryAt: '2026-12-10T14:00' });
    expect(result.json().visits.map((v: { outcome: string | null; startsAt: string }) => [v.outcome, v.startsAt])).toEqual([
      ['not_at_home', '2026-12-03T14:00'],
      [null, '2026-12-10T14:00'],
    ]);
    // A visit with an outcome is not moved any more.
    expect((await w.leader.put(`/api/projects/${w.projectId}/visits/${planned.id}`, intake(w.homes[0]!.id, '2026-12-04T14:00', [w.people.builder.id, w.people.worker.id]))).statusCode).toBe(400);
  });

  it('leaves the social conversation to the social team, and counts progress per building phase', async () => {
    const w = await newWorld();
    const a = (await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:00', [w.people.builder.id, w.people.worker.id]))).json();
    const b = (await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, '2026-12-01T11:00', [w.people.builder.id, w.people.worker.id]))).json();
    expect((await w.builder.post(`/api/projects/${w.projectId}/visits/${a.id}/outcome`, { outcome: 'completed_with_conversation' })).statusCode).toBe(400);
    await w.worker.post(`/api/projects/${w.projectId}/visits/${a.id}/outcome`, { outcome: 'completed_with_conversation' });
    await w.builder.post(`/api/projects/${w.projectId}/visits/${b.id}/outcome`, { outcome: 'technical_only' });
    const progress = (await w.leader.get(`/api/projects/${w.projectId}/visits/progress`)).json();
    expect(progress.total).toMatchObject({ homes: 4, visited: 2, withConversation: 1, visitedPct: 50, conversationPct: 25 });
    expect(progress.byBuildingPhase).toEqual([expect.objectContaining({ name: 'Fase 1', homes: 4, conversationPct: 25 })]);
  });
});

describe('calendar feed', () => {
  it('gives a visitor an iCalendar feed of their visits with addresses but no residents', async () => {
    const w = await newWorld();
    await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]));
    const feed = (await w.worker.post('/api/me/calendar-feed')).json();
    expect(feed.url).toMatch(/^\/api\/calendar\/[\w-]+\.ics$/);
    const ics = await new TestClient(t.app).get(feed.url);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('Gezamenlijke opname: Lankforst 1');
    expect(ics.body).not.toContain('Geheimhouden');
    // A new feed address replaces the old one.
    await w.worker.post('/api/me/calendar-feed');
    expect((await new TestClient(t.app).get(feed.url)).statusCode).toBe(404);
  });
});
