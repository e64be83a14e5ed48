import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { ReferralStatus } from '@thuis/domain';
import { newAddress, newHousehold, newOrganisation, newReferral, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

const statuses: ReferralStatus[] = ['sent', 'accepted', 'sent', 'declined', 'completed', 'accepted', 'withdrawn', 'sent', 'sent', 'accepted'];

/** Ten referrals to one partner (three made in the same microsecond, to test the tie on the id), one to another, one in a foreign project. */
async function world() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    partner: { type: 'care_partner', role: 'partner_contact' },
  });
  const other = await newOrganisation(db, { type: 'neighbourhood_team' });
  const ids: string[] = [];
  for (const [i, status] of statuses.entries()) {
    const household = await newHousehold(db, (await newAddress(db, projectId)).id);
    const { id } = await newReferral(db, projectId, household.id, people.partner.organisationId, { status, withdrawn: status === 'withdrawn' });
    const at = i >= 3 && i <= 5 ? new Date('2026-11-05T10:00:00.123456Z') : new Date(Date.UTC(2026, 10, 1 + i, 9));
    await sql`update referrals set created_at = ${at} where id = ${id}`.execute(db);
    ids.push(id);
  }
  const household = await newHousehold(db, (await newAddress(db, projectId)).id);
  const toOther = await newReferral(db, projectId, household.id, other.id);
  const foreign = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
  const foreignHousehold = await newHousehold(db, (await newAddress(db, foreign.projectId)).id);
  const foreignReferral = await newReferral(db, foreign.projectId, foreignHousehold.id, people.partner.organisationId);
  const expected = await db
    .selectFrom('referrals')
    .where('project_id', '=', projectId)
    .select(['id', 'status', 'partner_organisation_id as partnerId'])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return {
    projectId,
    expected,
    toOther: toOther.id,
    foreignReferral: foreignReferral.id,
    partnerOrganisationId: people.partner.organisationId,
    worker: await clientFor(t.app, db, people.worker.id),
    workerId: people.worker.id,
    partner: await clientFor(t.app, db, people.partner.id),
    partnerId: people.partner.id,
  };
}

type Client = Awaited<ReturnType<typeof clientFor>>;

/** Every page of a list, following the cursors. */
async function allPages(client: Client, url: string) {
  const pages: { items: { id: string; status: string }[]; nextCursor: string | null; total?: number }[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`${url}${url.includes('?') ? '&' : '?'}limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

const listReads = (projectId: string, actorUserId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', 'referral')
    .where('action', '=', 'read')
    .where('actor_user_id', '=', actorUserId)
    .select('details')
    .orderBy('id')
    .execute();

describe('the paged referral list', () => {
  it('gives each referral exactly once, newest first (ties by id), with one audit entry per page naming its rows', async () => {
    const w = await world();
    const pages = await allPages(w.worker, `/api/projects/${w.projectId}/referrals`);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 3, 2]);
    expect(pages.every((p) => p.total === 11)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(w.expected.map((r) => r.id));
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).not.toContain(w.foreignReferral);

    const reads = await listReads(w.projectId, w.workerId);
    expect(reads.map((r) => r.details.ids)).toEqual(pages.map((p) => p.items.map((i) => i.id)));
  });

  it('filters by status and sorts oldest first in SQL', async () => {
    const w = await world();
    const accepted = await allPages(w.worker, `/api/projects/${w.projectId}/referrals?status=accepted&sort=oldest`);
    const ids = accepted.flatMap((p) => p.items.map((i) => i.id));
    expect(ids).toEqual(
      w.expected
        .filter((r) => r.status === 'accepted')
        .map((r) => r.id)
        .reverse(),
    );
    expect(accepted[0]!.total).toBe(3);
  });

  it('refuses a bad cursor or limit with 400 naming the field', async () => {
    const w = await world();
    for (const [query, field] of [
      ['cursor=nonsense', 'cursor'],
      [`cursor=${Buffer.from(JSON.stringify(['gisteren', w.toOther])).toString('base64url')}`, 'cursor'],
      ['limit=0', 'limit'],
      ['limit=500', 'limit'],
      ['status=lost', 'status'],
    ]) {
      const response = await w.worker.get(`/api/projects/${w.projectId}/referrals?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    expect(await listReads(w.projectId, w.workerId)).toEqual([]);
  });
});

describe("the partner's paged inbox", () => {
  it('shows only its own referrals of this project, filtered new / accepted / closed, each once', async () => {
    const w = await world();
    const own = w.expected.filter((r) => r.partnerId === w.partnerOrganisationId);
    const everything = (await allPages(w.partner, `/api/projects/${w.projectId}/referral-inbox`)).flatMap((p) => p.items.map((i) => i.id));
    expect(everything).toEqual(own.map((r) => r.id));
    expect(everything).not.toContain(w.toOther);
    expect(everything).not.toContain(w.foreignReferral);

    const byFilter = { new: ['sent'], accepted: ['accepted'], closed: ['declined', 'completed', 'withdrawn'] };
    for (const [filter, shown] of Object.entries(byFilter)) {
      const pages = await allPages(w.partner, `/api/projects/${w.projectId}/referral-inbox?filter=${filter}`);
      expect(
        pages.flatMap((p) => p.items.map((i) => i.id)),
        filter,
      ).toEqual(own.filter((r) => shown.includes(r.status)).map((r) => r.id));
      expect(pages[0]!.total).toBe(own.filter((r) => shown.includes(r.status)).length);
    }
    const bad = await w.partner.get(`/api/projects/${w.projectId}/referral-inbox?filter=verstuurd`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['filter']);
  });
});
