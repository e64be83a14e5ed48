import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newOrganisation, newReferral, newTeamProject, newVisit } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

async function world() {
  const { projectId, people } = await newTeamProject(t.database.db, {
    leader: { type: 'welfare', role: 'project_leader' },
    worker: { type: 'corporation', role: 'housing_consultant' },
  });
  const partner = await newOrganisation(t.database.db, { type: 'care_partner' });
  const homes = [];
  for (let i = 0; i < 5; i++) {
    const address = await newAddress(t.database.db, projectId);
    const household = await newHousehold(t.database.db, address.id);
    homes.push({ addressId: address.id, householdId: household.id });
  }
  return {
    projectId,
    homes,
    partner,
    leader: await clientFor(t.app, t.database.db, people.leader.id),
    worker: await clientFor(t.app, t.database.db, people.worker.id),
    workerId: people.worker.id,
  };
}

const readsOf = (projectId: string, resourceType: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', resourceType)
    .where('action', '=', 'read')
    .select(['id', 'actor_user_id as actorUserId', 'household_ids as householdIds', 'details'])
    .execute();

describe('a list read in the audit log', () => {
  it('is one entry naming every referral shown and every household they are about', async () => {
    const w = await world();
    const referrals = [];
    for (const home of w.homes) referrals.push(await newReferral(t.database.db, w.projectId, home.householdId, w.partner.id));

    const response = await w.worker.get(`/api/projects/${w.projectId}/referrals`);
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(5);

    const reads = await readsOf(w.projectId, 'referral');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actorUserId).toBe(w.workerId);
    expect([...(reads[0]!.details.ids as string[])].sort()).toEqual(referrals.map((r) => r.id).sort());
    expect([...reads[0]!.householdIds!].sort()).toEqual(w.homes.map((h) => h.householdId).sort());
  });

  it('names the households of the addresses a visit list showed', async () => {
    const w = await world();
    for (const home of w.homes.slice(0, 3)) await newVisit(t.database.db, w.projectId, home.addressId);

    expect((await w.worker.get(`/api/projects/${w.projectId}/visits`)).statusCode).toBe(200);

    const reads = await readsOf(w.projectId, 'visit');
    expect(reads).toHaveLength(1);
    expect([...reads[0]!.householdIds!].sort()).toEqual(
      w.homes
        .slice(0, 3)
        .map((h) => h.householdId)
        .sort(),
    );
  });

  it('is found when the leader asks who saw one household, and only for the households it showed', async () => {
    const w = await world();
    await newReferral(t.database.db, w.projectId, w.homes[0]!.householdId, w.partner.id);
    await w.worker.get(`/api/projects/${w.projectId}/referrals`);
    await newVisit(t.database.db, w.projectId, w.homes[1]!.addressId);
    await w.worker.get(`/api/projects/${w.projectId}/visits`);

    const seen = await w.leader.get(`/api/projects/${w.projectId}/audit?householdId=${w.homes[0]!.householdId}&action=read`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().entries.map((e: { resourceType: string }) => e.resourceType)).toEqual(['referral']);

    const visited = await w.leader.get(`/api/projects/${w.projectId}/audit?householdId=${w.homes[1]!.householdId}&action=read`);
    expect(visited.json().entries.map((e: { resourceType: string }) => e.resourceType)).toEqual(['visit']);

    const unseen = await w.leader.get(`/api/projects/${w.projectId}/audit?householdId=${w.homes[4]!.householdId}&action=read`);
    expect(unseen.json().entries).toEqual([]);
  });
});
