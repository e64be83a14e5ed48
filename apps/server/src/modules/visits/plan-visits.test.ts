import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newBuildingPhase, newHousehold, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { fromAmsterdam } from './local-time.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A project with a building phase of `count` homes on the Spoorstraat, numbered from 1. */
async function newWorld(count = 20, { signedPrivacyPlan = true } = {}) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(
    db,
    {
      leader: { type: 'corporation', role: 'project_leader', name: 'Sanne Leider' },
      worker: { type: 'welfare', role: 'community_worker', name: 'Marieke Werker' },
      consultant: { type: 'corporation', role: 'housing_consultant', name: 'Ahmed Consulent' },
      builder: { type: 'contractor', role: 'site_manager', name: 'Peter Bouwer' },
    },
    {},
    { signedPrivacyPlan },
  );
  const phase = await newBuildingPhase(db, projectId, { name: 'Fase 1' });
  const homes = [];
  for (let n = 1; n <= count; n++) homes.push(await newAddress(db, projectId, { street: 'Spoorstraat', houseNumber: n, buildingPhaseId: phase.id }));
  const leader = await clientFor(t.app, db, people.leader.id);
  return { projectId, people, homes, leader, pair: [people.worker.id, people.consultant.id] };
}

type World = Awaited<ReturnType<typeof newWorld>>;
const settings = { kind: 'joint_intake', firstDay: '2027-03-04', firstTime: '09:00', durationMinutes: 60, slotsPerDay: 4, days: 5 };
const propose = (w: World, addressIds: string[]) =>
  w.leader.post(`/api/projects/${w.projectId}/visits/proposal`, { ...settings, addressIds, visitorIds: w.pair });
const batch = (w: World, visits: { addressId: string; startsAt: string }[], requestId: string = randomUUID()) =>
  w.leader.post(`/api/projects/${w.projectId}/visits/batch`, { requestId, kind: 'joint_intake', visitorIds: w.pair, durationMinutes: 60, visits });
const visitCount = async (projectId: string) =>
  (
    await t.database.db
      .selectFrom('visits')
      .where('project_id', '=', projectId)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('planning a week in one go', () => {
  it('proposes slots around refusals and the visitors’ other visits, then plans the 19 homes that got a slot at once', async () => {
    const w = await newWorld(22);
    const db = t.database.db;
    const objecting = await newHousehold(db, w.homes[1]!.id);
    await db.updateTable('households').set({ no_contact: true }).where('id', '=', objecting.id).execute();
    await newVisit(db, w.projectId, w.homes[2]!.id, { startsAt: fromAmsterdam('2027-01-10T09:00') });
    // Marieke is busy on the first morning at 10:00 elsewhere.
    const other = await newAddress(db, w.projectId, { street: 'Elders', houseNumber: 999 });
    await newVisit(db, w.projectId, other.id, { startsAt: fromAmsterdam('2027-03-04T10:00'), visitorIds: [w.people.worker.id] });

    const proposal = await propose(
      w,
      w.homes.map((h) => h.id),
    );
    expect(proposal.statusCode).toBe(200);
    const rows = proposal.json().visits as { addressLabel: string; startsAt: string | null; problem: string | null }[];
    expect(rows.slice(0, 4).map((r) => [r.addressLabel, r.startsAt, r.problem])).toEqual([
      ['Spoorstraat 1', '2027-03-04T09:00', null],
      ['Spoorstraat 2', null, 'objection'],
      ['Spoorstraat 3', null, 'openVisit'],
      ['Spoorstraat 4', '2027-03-04T11:00', null],
    ]);
    expect(proposal.json().busySlots).toEqual([{ startsAt: '2027-03-04T10:00', visitorNames: ['Marieke Werker'] }]);
    // Friday, then Monday: no visits at the weekend.
    expect(new Set(rows.flatMap((r) => (r.startsAt ? [r.startsAt.slice(0, 10)] : [])))).toEqual(
      new Set(['2027-03-04', '2027-03-05', '2027-03-08', '2027-03-09', '2027-03-10']),
    );
    const objectionRead = await db
      .selectFrom('audit_log')
      .where('project_id', '=', w.projectId)
      .where('resource_type', '=', 'address_practical_needs')
      .select('details')
      .execute();
    expect(objectionRead.map((r) => (r.details as { ids: string[] }).ids)).toEqual([[w.homes[1]!.id]]);

    const planned = rows.filter((r) => r.problem === null) as unknown as { addressId: string; startsAt: string }[];
    expect(planned).toHaveLength(19);
    const before = await visitCount(w.projectId);
    const saved = await batch(
      w,
      planned.map((r) => ({ addressId: r.addressId, startsAt: r.startsAt })),
    );
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ repeated: false });
    expect(saved.json().visitIds).toHaveLength(19);
    expect(saved.json().warnings).toContain(
      'Er gaat nog niemand van de aannemer mee op de gezamenlijke opname; voeg de aannemer toe zodra die planning bekend is.',
    );
    expect((await visitCount(w.projectId)) - before).toBe(19);
  });

  it('saves nothing when one visit fails, and names each home with its problem', async () => {
    const w = await newWorld(4);
    const db = t.database.db;
    await newVisit(db, w.projectId, w.homes[2]!.id, { startsAt: fromAmsterdam('2027-01-10T09:00') });
    const other = await newAddress(db, w.projectId, { street: 'Elders', houseNumber: 999 });
    await newVisit(db, w.projectId, other.id, { startsAt: fromAmsterdam('2027-03-04T10:30'), visitorIds: [w.people.consultant.id] });
    const before = await visitCount(w.projectId);
    const requestId = randomUUID();
    const refused = await batch(
      w,
      [
        { addressId: w.homes[0]!.id, startsAt: '2027-03-04T09:00' },
        { addressId: w.homes[1]!.id, startsAt: '2027-03-04T10:00' },
        { addressId: w.homes[2]!.id, startsAt: '2027-03-04T12:00' },
      ],
      requestId,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      { path: 'visits.2.addressId', message: 'Spoorstraat 3: hier staat al een bezoek gepland zonder uitkomst.' },
      { path: 'visits.1.startsAt', message: 'Spoorstraat 2: Ahmed Consulent heeft op dat moment al een ander bezoek.' },
    ]);
    expect(await visitCount(w.projectId)).toBe(before);
    // The refused request left nothing behind: corrected, the same request id plans.
    const corrected = await batch(w, [{ addressId: w.homes[0]!.id, startsAt: '2027-03-04T09:00' }], requestId);
    expect(corrected.statusCode).toBe(201);
  });

  it('plans a retried request once, also when the retries arrive together', async () => {
    const w = await newWorld(3);
    const visits = w.homes.map((h, i) => ({ addressId: h.id, startsAt: `2027-03-04T${String(9 + i).padStart(2, '0')}:00` }));
    const requestId = randomUUID();
    const before = await visitCount(w.projectId);
    const first = await batch(w, visits, requestId);
    const retry = await batch(w, visits, requestId);
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    expect(retry.json()).toMatchObject({ repeated: true, visitIds: first.json().visitIds });
    expect((await visitCount(w.projectId)) - before).toBe(3);

    const w2 = await newWorld(3);
    const together = randomUUID();
    const both = await Promise.all([
      batch(
        w2,
        visits.map((v, i) => ({ ...v, addressId: w2.homes[i]!.id })),
        together,
      ),
      batch(
        w2,
        visits.map((v, i) => ({ ...v, addressId: w2.homes[i]!.id })),
        together,
      ),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(both[0]!.json().visitIds).toEqual(both[1]!.json().visitIds);
    expect(await visitCount(w2.projectId)).toBe(3);
    // A request id of another project is no retry of this one.
    expect((await batch(w2, [{ addressId: w2.homes[0]!.id, startsAt: '2027-03-05T09:00' }], requestId)).statusCode).toBe(409);
  });

  it('keeps the refusals of a single visit: an unsigned privacy plan (409) and an objection', async () => {
    const unsigned = await newWorld(2, { signedPrivacyPlan: false });
    const refused = await batch(unsigned, [{ addressId: unsigned.homes[0]!.id, startsAt: '2027-03-04T09:00' }]);
    expect(refused.statusCode).toBe(409);
    expect(await visitCount(unsigned.projectId)).toBe(0);
    const proposal = await propose(
      unsigned,
      unsigned.homes.map((h) => h.id),
    );
    expect(proposal.json().visits.map((r: { problem: string }) => r.problem)).toEqual(['privacyPlan', 'privacyPlan']);

    const w = await newWorld(2);
    const household = await newHousehold(t.database.db, w.homes[1]!.id);
    await t.database.db.updateTable('households').set({ no_contact: true }).where('id', '=', household.id).execute();
    const objected = await batch(w, [
      { addressId: w.homes[0]!.id, startsAt: '2027-03-04T09:00' },
      { addressId: w.homes[1]!.id, startsAt: '2027-03-04T10:00' },
    ]);
    expect(objected.statusCode).toBe(400);
    expect(objected.json().fields.map((f: { message: string }) => f.message)).toEqual([expect.stringMatching(/^Spoorstraat 2: /)]);
    expect(await visitCount(w.projectId)).toBe(0);
  });
});
