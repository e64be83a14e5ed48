import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { todayInAmsterdam } from '@thuis/domain';
import { newAddress, newHousehold, newSignal, newTeamProject } from '../../test/factories.js';
import { clientFor } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

type Client = Awaited<ReturnType<typeof clientFor>>;

async function allPages<T extends { id: string }>(client: Client, url: string, limit = 3) {
  const pages: { items: T[]; nextCursor: string | null; total?: number }[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`${url}${url.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    pages.push(response.json());
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor && pages.length < 30);
  return pages;
}

const reads = (projectId: string, resourceType: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', resourceType)
    .where('action', '=', 'read')
    .select(['details', 'household_ids as householdIds'])
    .orderBy('id')
    .execute();

/** Five signals about five homes (same kind), an action on each, four team actions, and a foreign project's action. */
async function world() {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    worker: { type: 'welfare', role: 'community_worker' },
    consultant: { type: 'corporation', role: 'housing_consultant' },
  });
  const homes = [];
  for (let n = 1; n <= 5; n++) {
    const address = await newAddress(db, projectId, { street: 'Lankforst', houseNumber: n });
    const household = await newHousehold(db, address.id);
    const signal = await newSignal(db, projectId, { householdKey: household.pseudonym, description: `Zorgen over de post (${n})` });
    homes.push({ household, signal, label: `Lankforst ${n}` });
  }
  const today = todayInAmsterdam();
  const insert = (title: string, dueOn: string | null, status: string, signalId: string | null, ownerId = people.worker.id, project = projectId) =>
    sql`insert into actions (project_id, signal_id, title, owner_id, due_on, status, note, created_by)
        values (${project}, ${signalId}, ${title}, ${ownerId}, ${dueOn}, ${status}, '', ${ownerId})`.execute(db);
  for (const [i, home] of homes.entries()) await insert('Schuldhulp bellen', i < 2 ? '2020-01-0' + (i + 1) : null, 'open', home.signal.id);
  await insert('Buurtkamer reserveren', '2099-01-01', 'open', null, people.consultant.id);
  await insert('Flyer maken', '2099-01-01', 'in_progress', null);
  await insert('Afgerond werk', '2020-01-01', 'done', null);
  await insert('Zonder datum', null, 'open', null);
  const foreign = await newTeamProject(db, { worker: { type: 'welfare', role: 'community_worker' } });
  await insert('Vreemd project', null, 'open', null, foreign.people.worker.id, foreign.projectId);
  return { projectId, people, homes, today, worker: await clientFor(t.app, db, people.worker.id) };
}

describe('the paged action list', () => {
  it('gives each action once, overdue first then by due day, title and id, and tells which home and signal each follows up', async () => {
    const w = await world();
    const pages = await allPages<{
      id: string;
      title: string;
      overdue: boolean;
      dueOn: string | null;
      addressLabel?: string | null;
      signalDescription?: string | null;
    }>(w.worker, `/api/projects/${w.projectId}/actions`);
    const items = pages.flatMap((p) => p.items);
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 3]);
    expect(pages.every((p) => p.total === 9)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(9);
    expect(items.map((i) => i.title)).not.toContain('Vreemd project');
    expect(items.slice(0, 2).map((i) => [i.overdue, i.dueOn])).toEqual([
      [true, '2020-01-01'],
      [true, '2020-01-02'],
    ]);
    expect(items.slice(2, 3).map((i) => i.title)).toEqual(['Afgerond werk']);
    // The five rows about the same kind of signal are told apart by home and signal.
    const followUps = items.filter((i) => i.title === 'Schuldhulp bellen');
    expect(followUps.map((i) => i.addressLabel).sort()).toEqual(w.homes.map((h) => h.label).sort());
    expect(followUps.map((i) => i.signalDescription).sort()).toEqual(w.homes.map((h) => h.signal.id && `Zorgen over de post (${h.label.slice(-1)})`).sort());

    const entries = await reads(w.projectId, 'action');
    expect(entries.map((e) => e.details.ids)).toEqual(pages.map((p) => p.items.map((i) => i.id)));
    expect(entries.flatMap((e) => e.householdIds ?? []).sort()).toEqual(w.homes.map((h) => h.household.id).sort());
  });

  it('filters by owner, status and overdue in SQL, paging through the rest', async () => {
    const w = await world();
    const titles = async (query: string) =>
      (await allPages<{ id: string; title: string }>(w.worker, `/api/projects/${w.projectId}/actions?${query}`, 2)).flatMap((p) => p.items.map((i) => i.title));
    expect(await titles(`ownerId=${w.people.consultant.id}`)).toEqual(['Buurtkamer reserveren']);
    expect(await titles('status=in_progress')).toEqual(['Flyer maken']);
    expect(await titles('overdue=true')).toEqual(['Schuldhulp bellen', 'Schuldhulp bellen']);
    expect(await titles('status=open')).toHaveLength(7);
  });

  it('refuses a bad cursor or limit with 400 naming the field', async () => {
    const w = await world();
    for (const [query, field] of [
      ['cursor=abc', 'cursor'],
      [`cursor=${Buffer.from(JSON.stringify([0, '2020-01-01', 'x'])).toString('base64url')}`, 'cursor'],
      ['limit=-1', 'limit'],
    ]) {
      const response = await w.worker.get(`/api/projects/${w.projectId}/actions?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
  });
});

describe('the paged signal list', () => {
  it('gives each signal once, newest first, filtered by kind, one audit entry per page', async () => {
    const w = await world();
    await newSignal(t.database.db, w.projectId, { category: 'works', subject: 'packing_help' });
    const pages = await allPages<{ id: string; category: string }>(w.worker, `/api/projects/${w.projectId}/signals`, 2);
    const expected = await t.database.db
      .selectFrom('signals')
      .where('project_id', '=', w.projectId)
      .select(['id', 'category'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(pages.flatMap((p) => p.items.map((i) => i.id))).toEqual(expected.map((s) => s.id));
    expect((await reads(w.projectId, 'signal')).map((e) => e.details.ids)).toEqual(pages.map((p) => p.items.map((i) => i.id)));

    const works = await allPages<{ id: string; category: string }>(w.worker, `/api/projects/${w.projectId}/signals?category=works`, 2);
    expect(works.flatMap((p) => p.items.map((i) => i.category))).toEqual(['works']);
    const one = await w.worker.get(`/api/projects/${w.projectId}/signals?id=${w.homes[2]!.signal.id}`);
    expect(one.json().items.map((i: { id: string }) => i.id)).toEqual([w.homes[2]!.signal.id]);
    const bad = await w.worker.get(`/api/projects/${w.projectId}/signals?limit=1000`);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['limit']);
  });
});
