import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newAddress, newHousehold, newTeamProject } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

type Item = { id: string; addressId: string; startsAt: string; kind: string; visitors: { userId: string }[]; outcome: string | null };

/**
 * A project with `count` visits in December 2026, three to an hour so that pages break inside a
 * shared start time: every other one open, every third one a follow-up the contractor does not see.
 */
async function world(count: number) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'welfare', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
  });
  const homes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const address = await newAddress(db, projectId);
    await newHousehold(db, address.id);
    homes.push(address.id);
  }
  const rows = Array.from({ length: count }, (_, i) => {
    const startsAt = new Date(Date.UTC(2026, 11, 1, 7) + Math.floor(i / 3) * 3_600_000);
    return {
      project_id: projectId,
      address_id: homes[i % homes.length]!,
      kind: i % 3 === 2 ? 'follow_up' : 'joint_intake',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 3_600_000),
      note: '',
      created_by: null,
      outcome: i % 2 ? 'not_at_home' : null,
    };
  });
  const visits = await db.insertInto('visits').values(rows).returning(['id', 'kind']).execute();
  await db
    .insertInto('visit_visitors')
    .values(visits.map((v) => ({ visit_id: v.id, user_id: v.kind === 'joint_intake' ? people.builder.id : people.worker.id })))
    .execute();
  return {
    projectId,
    people,
    leader: await clientFor(t.app, db, people.leader.id),
    builder: await clientFor(t.app, db, people.builder.id),
  };
}

/** Every page of a list, following `nextCursor` until the last page. */
async function allPages(client: TestClient, url: string) {
  const pages: { items: Item[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`${url}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    pages.push(response.json());
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

const inOrder = (items: readonly Item[]) =>
  [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((v) => v.id);

const readsOf = (projectId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', 'visit')
    .where('action', '=', 'read')
    .select(['details', 'household_ids as householdIds'])
    .orderBy('id')
    .execute();

describe('the visit list in pages', () => {
  it('gives 100 visits a page by default and every visit exactly once, in time order, across pages', async () => {
    const w = await world(130);
    const base = `/api/projects/${w.projectId}/visits?from=2026-12-01`;
    const pages = await allPages(w.leader, base);
    expect(pages.map((p) => p.items.length)).toEqual([100, 30]);
    expect(pages[1]!.nextCursor).toBeNull();
    const items = pages.flatMap((p) => p.items);
    expect(new Set(items.map((v) => v.id)).size).toBe(130);
    expect(items.map((v) => v.id)).toEqual(inOrder(items));
    // Only what the lists show: no planning advice.
    expect(items[0]).not.toHaveProperty('warnings');
  });

  it('pages with the filters in place: a period, open visits, one visitor', async () => {
    const w = await world(60);
    const base = `/api/projects/${w.projectId}/visits`;
    const everything = (await allPages(w.leader, `${base}?limit=500`)).flatMap((p) => p.items);
    expect(everything).toHaveLength(60);

    // 60 visits, three to an hour from 08:00 Amsterdam: 1 December holds 16 hours of them (48 visits).
    const dayPages = await allPages(w.leader, `${base}?from=2026-12-01&to=2026-12-02&open=true&limit=7`);
    const day = dayPages.flatMap((p) => p.items);
    const expected = everything.filter((v) => v.startsAt < '2026-12-02' && v.outcome === null);
    expect(dayPages.slice(0, -1).every((p) => p.items.length === 7)).toBe(true);
    expect(day.map((v) => v.id)).toEqual(expected.map((v) => v.id));
    expect(day.length).toBe(24);

    const mine = (await allPages(w.leader, `${base}?visitorId=${w.people.worker.id}&limit=4`)).flatMap((p) => p.items);
    expect(mine.map((v) => v.id)).toEqual(everything.filter((v) => v.visitors.some((p) => p.userId === w.people.worker.id)).map((v) => v.id));
    expect(mine).toHaveLength(20);
  });

  it("gives the contractor full pages of the visits it may see, and none of the social team's own", async () => {
    const w = await world(30);
    const pages = await allPages(w.builder, `/api/projects/${w.projectId}/visits?limit=6`);
    expect(pages.map((p) => p.items.length)).toEqual([6, 6, 6, 2]);
    const items = pages.flatMap((p) => p.items);
    expect(items.every((v) => v.kind === 'joint_intake')).toBe(true);
    expect(items.map((v) => v.id)).toEqual(inOrder(items));
  });

  it('writes one audit entry per page read, naming the visits and households of that page only', async () => {
    const w = await world(12);
    const pages = await allPages(w.leader, `/api/projects/${w.projectId}/visits?limit=5`);
    const reads = await readsOf(w.projectId);
    expect(reads).toHaveLength(3);
    reads.forEach((read, i) => {
      expect(read.details.ids).toEqual(pages[i]!.items.map((v) => v.id));
      expect(read.householdIds).toHaveLength(new Set(pages[i]!.items.map((v) => v.addressId)).size);
    });
  });

  it('refuses a cursor it did not make and a limit outside 1 to 500, naming the field, and reads nothing', async () => {
    const w = await world(3);
    const base = `/api/projects/${w.projectId}/visits`;
    const forged = Buffer.from(JSON.stringify(['2026-12-01T07:00:00Z', 'drop table visits'])).toString('base64url');
    const nextPage = 'Vervolgpagina: deze vervolgpagina hoort niet bij deze lijst; laad de lijst opnieuw.';
    const pageSize = 'Aantal per pagina: kies een aantal van 1 tot en met 500.';
    for (const [query, field, message] of [
      ['cursor=abc', 'cursor', nextPage],
      [`cursor=${forged}`, 'cursor', nextPage],
      ['limit=0', 'limit', pageSize],
      ['limit=501', 'limit', pageSize],
      ['limit=ten', 'limit', pageSize],
    ]) {
      const response = await w.leader.get(`${base}?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().fields).toEqual([{ path: field, message }]);
    }
    expect(await readsOf(w.projectId)).toEqual([]);
  });

  it("shows nothing of another project when given that project's cursor: it is only a place in time", async () => {
    const a = await world(4);
    const b = await world(4);
    const cursorOfB = (await b.leader.get(`/api/projects/${b.projectId}/visits?limit=1`)).json().nextCursor as string;
    const idsOfB = (await b.leader.get(`/api/projects/${b.projectId}/visits`)).json().items.map((v: Item) => v.id) as string[];

    // A member of A only: the cursor of B positions A's own list, it does not open B's.
    const response = await a.leader.get(`/api/projects/${a.projectId}/visits?cursor=${cursorOfB}`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Item[];
    const idsOfA = (await a.leader.get(`/api/projects/${a.projectId}/visits`)).json().items.map((v: Item) => v.id) as string[];
    expect(items.length).toBeGreaterThan(0);
    for (const v of items) {
      expect(idsOfA).toContain(v.id);
      expect(idsOfB).not.toContain(v.id);
    }
    // And B's list stays closed to A's leader, cursor or not.
    expect((await a.leader.get(`/api/projects/${b.projectId}/visits?cursor=${cursorOfB}`)).statusCode).toBe(404);
  });
});
