import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newSubNeighbourhood, newTeamProject, newVisit } from '../../test/factories.js';
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
    const response = await w.leader.post(
      `/api/projects/${w.projectId}/visits`,
      intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      addressLabel: 'Lankforst 1',
      kind: 'joint_intake',
      startsAt: '2026-12-01T09:30',
      endsAt: '2026-12-01T10:30',
      outcome: null,
    });
    expect(response.json().warnings).toEqual([
      'Marieke Werker doet de eerste twee gesprekken samen met een ervaren collega; voeg een tweede persoon van het sociale team toe.',
    ]);
    const stored = await t.database.db.selectFrom('visits').select('starts_at').executeTakeFirstOrThrow();
    expect(stored.starts_at.toISOString()).toMatch(/T08:30:00/); // 09:30 in Amsterdam is 08:30 UTC in winter
  });

  it('refuses a double-booked visitor and an intake without the contractor, naming who and what', async () => {
    const w = await newWorld();
    await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]));
    const clash = await w.leader.post(
      `/api/projects/${w.projectId}/visits`,
      intake(w.homes[1]!.id, '2026-12-01T10:00', [w.people.builder.id, w.people.consultant.id]),
    );
    expect(clash.statusCode).toBe(400);
    // One visit has no rows: the message names the field, never "Rij 1".
    expect(clash.json().fields).toEqual([{ path: 'visitorIds.0', message: 'Bezoekers: Peter Bouwer heeft op dat moment al een ander bezoek.' }]);
    const noContractor = await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, '2026-12-02T10:00', [w.people.consultant.id]));
    expect(noContractor.json().fields[0].message).toBe('Bezoekers: bij een gezamenlijke opname gaat de aannemer mee, of twee mensen van het sociale team.');
  });

  it('plans the default joint intake for a pair of the social team, advising to add the contractor', async () => {
    const w = await newWorld();
    const pair = await w.leader.post(
      `/api/projects/${w.projectId}/visits`,
      intake(w.homes[1]!.id, '2026-12-02T10:00', [w.people.worker.id, w.people.consultant.id]),
    );
    expect(pair.statusCode).toBe(201);
    expect(pair.json().warnings).toContain(
      'Er gaat nog niemand van de aannemer mee op de gezamenlijke opname; voeg de aannemer toe zodra die planning bekend is.',
    );
  });

  it('reschedules, lists a visitor’s day, and records "not at home" with the next try', async () => {
    const w = await newWorld();
    const planned = (
      await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:30', [w.people.builder.id, w.people.worker.id]))
    ).json();
    const moved = await w.leader.put(
      `/api/projects/${w.projectId}/visits/${planned.id}`,
      intake(w.homes[0]!.id, '2026-12-03T14:00', [w.people.builder.id, w.people.worker.id]),
    );
    expect(moved.json().startsAt).toBe('2026-12-03T14:00');
    const day = (await w.builder.get(`/api/projects/${w.projectId}/visits?from=2026-12-03&to=2026-12-04&visitorId=${w.people.builder.id}`)).json().items;
    expect(day.map((v: { id: string }) => v.id)).toEqual([planned.id]);
    const result = await w.builder.post(`/api/projects/${w.projectId}/visits/${planned.id}/outcome`, { outcome: 'not_at_home', retryAt: '2026-12-10T14:00' });
    expect(result.json().visits.map((v: { outcome: string | null; startsAt: string }) => [v.outcome, v.startsAt])).toEqual([
      ['not_at_home', '2026-12-03T14:00'],
      [null, '2026-12-10T14:00'],
    ]);
    // A visit with an outcome is not moved any more.
    expect(
      (
        await w.leader.put(
          `/api/projects/${w.projectId}/visits/${planned.id}`,
          intake(w.homes[0]!.id, '2026-12-04T14:00', [w.people.builder.id, w.people.worker.id]),
        )
      ).statusCode,
    ).toBe(400);
  });

  it('leaves the social conversation to the social team, and counts progress per building phase', async () => {
    const w = await newWorld();
    const a = (
      await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, '2026-12-01T09:00', [w.people.builder.id, w.people.worker.id]))
    ).json();
    const b = (
      await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, '2026-12-01T11:00', [w.people.builder.id, w.people.worker.id]))
    ).json();
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

/** What a calendar client sees: each event's absolute start and end, read by a well-kept iCalendar parser. */
function parseFeed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  // The feed's own VTIMEZONE definitions, as a client would register them.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    for (const time of [event.startDate, event.endDate]) {
      // A floating time means "whatever clock the reader's device shows": wrong for a visit at a door in Nijmegen.
      expect(time.zone).not.toBe(ICAL.Timezone.localTimezone);
      expect(time.zone?.tzid ?? '').not.toBe('floating');
    }
    return { summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString() };
  });
}

describe('calendar feed times', () => {
  it('gives winter and summer visits at their Amsterdam clock time whatever the server’s zone, as valid iCalendar', async () => {
    const w = await newWorld();
    // The feed holds coming visits: next year's winter (UTC+1) and summer (UTC+2).
    const year = new Date().getUTCFullYear() + 1;
    await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[0]!.id, `${year}-01-12T09:30`, [w.people.builder.id, w.people.worker.id]));
    await w.leader.post(`/api/projects/${w.projectId}/visits`, intake(w.homes[1]!.id, `${year}-07-06T09:30`, [w.people.builder.id, w.people.worker.id]));
    const feed = (await w.worker.post('/api/me/calendar-feed')).json();
    const machineZone = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Pacific/Auckland']) {
        process.env.TZ = zone; // Node re-reads the zone at once: the server renders as a server in that zone would.
        const ics = (await new TestClient(t.app).get(feed.url)).body;
        // RFC 5545 §3.1: every line ends with CRLF, the last one too; lines are folded at 75 octets.
        expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
        const lines = ics.slice(0, -2).split('\r\n');
        for (const line of lines) {
          expect(line).not.toMatch(/[\r\n]/);
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        }
        expect(ics).not.toMatch(/^TIMEZONE-ID/m);
        const events = parseFeed(ics).sort((a, b) => a.start.localeCompare(b.start));
        expect(events.map((e) => [e.summary, e.start, e.end])).toEqual([
          ['Gezamenlijke opname: Lankforst 1', `${year}-01-12T08:30:00.000Z`, `${year}-01-12T09:30:00.000Z`],
          ['Gezamenlijke opname: Lankforst 2', `${year}-07-06T07:30:00.000Z`, `${year}-07-06T08:30:00.000Z`],
        ]);
      }
    } finally {
      if (machineZone === undefined) delete process.env.TZ;
      else process.env.TZ = machineZone;
    }
  });
});

describe('what the contractor sees of the visits', () => {
  const socialOutcomes = ['completed_with_conversation', 'technical_only', 'conversation_declined'];

  it('shows the contractor joint intakes with works outcomes only, never the social team’s own visits', async () => {
    const w = await newWorld();
    const plan = async (addressId: string, kind: string, startsAt: string, visitorIds: string[]) =>
      (await w.leader.post(`/api/projects/${w.projectId}/visits`, { addressId, kind, startsAt, visitorIds })).json().id as string;
    const talked = await plan(w.homes[0]!.id, 'joint_intake', '2026-12-01T09:00', [w.people.builder.id, w.people.worker.id]);
    const declined = await plan(w.homes[1]!.id, 'joint_intake', '2026-12-01T11:00', [w.people.builder.id, w.people.worker.id]);
    const technical = await plan(w.homes[2]!.id, 'joint_intake', '2026-12-01T13:00', [w.people.builder.id, w.people.consultant.id]);
    const followUp = await plan(w.homes[0]!.id, 'follow_up', '2026-12-02T09:00', [w.people.worker.id]);
    const plannedFollowUp = await plan(w.homes[1]!.id, 'follow_up', '2026-12-02T11:00', [w.people.worker.id]);
    await w.worker.post(`/api/projects/${w.projectId}/visits/${talked}/outcome`, { outcome: 'completed_with_conversation' });
    await w.worker.post(`/api/projects/${w.projectId}/visits/${declined}/outcome`, { outcome: 'conversation_declined' });
    await w.worker.post(`/api/projects/${w.projectId}/visits/${followUp}/outcome`, { outcome: 'completed_with_conversation' });
    const recorded = await w.builder.post(`/api/projects/${w.projectId}/visits/${technical}/outcome`, { outcome: 'technical_only' });
    expect(recorded.json().visits).toEqual([expect.objectContaining({ id: technical, outcome: 'completed', registered: false })]);

    const base = `/api/projects/${w.projectId}/visits`;
    const answers = [
      await w.builder.get(base),
      await w.builder.get(`${base}?from=2026-12-02&to=2026-12-03`),
      await w.builder.get(`${base}?from=2026-11-30&to=2026-12-07`),
      await w.builder.get(`${base}?open=false`),
      await w.builder.get(`${base}?open=true`),
      await w.builder.get(`${base}?visitorId=${w.people.worker.id}`),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      for (const value of [...socialOutcomes, followUp, plannedFollowUp]) expect(answer.body).not.toContain(value);
      for (const v of answer.json().items as { kind: string; registered: boolean }[]) {
        expect(v.kind).toBe('joint_intake');
        expect(v.registered).toBe(false);
      }
    }
    expect(answers[0]!.json().items.map((v: { id: string; outcome: string }) => [v.id, v.outcome])).toEqual([
      [talked, 'completed'],
      [declined, 'completed'],
      [technical, 'completed'],
    ]);
    expect(answers[1]!.json().items).toEqual([]);

    // A social-only visit is as unknown to the contractor as one that does not exist.
    expect((await w.builder.post(`${base}/${plannedFollowUp}/outcome`, { outcome: 'cancelled' })).statusCode).toBe(404);
    const signal = await w.builder.post(`/api/projects/${w.projectId}/signals`, {
      category: 'works',
      subject: 'packing_help',
      visitId: plannedFollowUp,
      description: 'Hulp bij inpakken.',
    });
    expect(signal.statusCode).toBe(400);
    expect(signal.json().fields[0].path).toBe('visitId');

    const feed = (await w.builder.post('/api/me/calendar-feed')).json();
    const ics = (await new TestClient(t.app).get(feed.url)).body.replace(/\r\n /g, '');
    expect(ics).toContain('Afgerond');
    for (const text of ['sociaal gesprek', 'Alleen technische opname']) expect(ics).not.toContain(text);

    // The social team still sees everything.
    const team = (await w.leader.get(base)).json().items.map((v: { id: string; outcome: string | null }) => [v.id, v.outcome]);
    expect(team).toEqual(
      expect.arrayContaining([
        [followUp, 'completed_with_conversation'],
        [declined, 'conversation_declined'],
        [technical, 'technical_only'],
      ]),
    );
  });

  it('gives the contractor progress without conversations, and no count from 1 to 4', async () => {
    const w = await newWorld();
    const db = t.database.db;
    const phase2 = await newBuildingPhase(db, w.projectId, { name: 'Fase 2' });
    const more = [];
    for (let n = 5; n <= 12; n++) more.push(await newAddress(db, w.projectId, { street: 'Lankforst', houseNumber: n, buildingPhaseId: phase2.id }));
    // Fase 1: 1 of 4 homes done; Fase 2: 6 of 8, four of them with a social conversation; and a follow-up.
    await newVisit(db, w.projectId, w.homes[0]!.id, { visitorIds: [w.people.builder.id, w.people.worker.id], outcome: 'technical_only' });
    for (const [i, home] of more.slice(0, 6).entries())
      await newVisit(db, w.projectId, home.id, {
        visitorIds: [w.people.builder.id, w.people.worker.id],
        outcome: i < 4 ? 'completed_with_conversation' : 'conversation_declined',
      });
    await newVisit(db, w.projectId, w.homes[1]!.id, { kind: 'follow_up', visitorIds: [w.people.worker.id], outcome: 'completed_with_conversation' });

    const progress = (await w.builder.get(`/api/projects/${w.projectId}/visits/progress`)).json();
    const groups = [progress.total, ...progress.byBuildingPhase, ...progress.bySubNeighbourhood];
    for (const g of groups) {
      expect(g.withConversation).toBeNull();
      expect(g.conversationPct).toBeNull();
      for (const count of [g.homes, g.visited]) if (count !== null) expect(count === 0 || count >= 5, JSON.stringify(g)).toBe(true);
    }
    expect(progress.total).toMatchObject({ name: 'Hele project', homes: 12, visited: 7 });

    const team = (await w.leader.get(`/api/projects/${w.projectId}/visits/progress`)).json();
    expect(team.total).toMatchObject({ homes: 12, visited: 8, withConversation: 5 });
    expect(team.byBuildingPhase.map((g: { name: string; visited: number }) => [g.name, g.visited])).toEqual([
      ['Fase 1', 2],
      ['Fase 2', 6],
    ]);
  });
});

describe('progress totals', () => {
  it('labels the project total as a total, and shows "not grouped" only next to real groups', async () => {
    const w = await newWorld();
    const progress = (await w.leader.get(`/api/projects/${w.projectId}/visits/progress`)).json();
    expect(progress.total).toMatchObject({ groupId: null, name: 'Hele project', homes: 4 });
    expect(progress.bySubNeighbourhood).toEqual([]);
    const english = await clientFor(t.app, t.database.db, w.people.leader.id, 'en');
    expect((await english.get(`/api/projects/${w.projectId}/visits/progress`)).json().total.name).toBe('Whole project');

    const sub = await newSubNeighbourhood(t.database.db, w.projectId, 'Noord');
    await t.database.db.updateTable('addresses').set({ sub_neighbourhood_id: sub.id }).where('id', '=', w.homes[0]!.id).execute();
    const grouped = (await w.leader.get(`/api/projects/${w.projectId}/visits/progress`)).json();
    expect(grouped.bySubNeighbourhood.map((g: { name: string; homes: number }) => [g.name, g.homes])).toEqual([
      ['Niet ingedeeld', 3],
      ['Noord', 1],
    ]);
  });
});
