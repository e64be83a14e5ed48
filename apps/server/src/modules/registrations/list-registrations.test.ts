import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTeamProject } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createRegistrationRepository } from './repository.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ runJobs: false });
});
afterAll(async () => {
  await t?.close();
});

type Item = { id: string; householdKey: string; createdAt: string };

/**
 * A project with `count` registrations. Their times fall within a few milliseconds, four to a
 * microsecond: a cursor cut to JavaScript's milliseconds would skip or repeat rows.
 */
async function world(count: number) {
  const db = t.database.db;
  const { projectId, people } = await newTeamProject(db, {
    leader: { type: 'welfare', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
  });
  const form = await createRegistrationRepository(db).currentForm(projectId, null);
  const content = JSON.stringify({
    answers: {},
    cards: [],
    openText: { person_obstacles: 'Komt weinig buiten.' },
    talents: '',
    talentsContactConsent: false,
    summary: '',
  });
  const rows = Array.from({ length: count }, (_, i) => ({
    project_id: projectId,
    form_id: form.id,
    client_id: randomUUID(),
    household_key: `key-${i}`,
    content,
    created_by: null,
    created_at: sql<Date>`${`2026-03-02T09:00:00.${String(1000 + Math.floor(i / 4) * 7).padStart(6, '0')}Z`}::timestamptz`,
  }));
  await db.insertInto('registrations').values(rows).execute();
  return { projectId, worker: await clientFor(t.app, db, people.worker.id) };
}

async function allPages(client: TestClient, url: string) {
  const pages: { items: Item[]; nextCursor: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const response = await client.get(`${url}${cursor ? `${url.includes('?') ? '&' : '?'}cursor=${cursor}` : ''}`);
    expect(response.statusCode, response.body).toBe(200);
    pages.push(response.json());
    cursor = pages.at(-1)!.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

const readsOf = (projectId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .where('project_id', '=', projectId)
    .where('resource_type', '=', 'registration')
    .where('action', '=', 'read')
    .select(['details', 'household_ids as householdIds'])
    .orderBy('id')
    .execute();

describe('the registration list in pages', () => {
  it('gives every registration exactly once, newest first, also when many share a millisecond', async () => {
    const w = await world(130);
    const pages = await allPages(w.worker, `/api/projects/${w.projectId}/registrations`);
    expect(pages.map((p) => p.items.length)).toEqual([100, 30]);
    const items = pages.flatMap((p) => p.items);
    expect(new Set(items.map((r) => r.id)).size).toBe(130);
    // Newest first to the microsecond (key-i was made at step i / 4), then by id.
    const step = (r: Item) => Math.floor(Number(r.householdKey.slice(4)) / 4);
    expect(items.map((r) => r.id)).toEqual([...items].sort((a, b) => step(b) - step(a) || (a.id < b.id ? 1 : -1)).map((r) => r.id));

    const small = (await allPages(w.worker, `/api/projects/${w.projectId}/registrations?limit=3`)).flatMap((p) => p.items);
    expect(small.map((r) => r.id)).toEqual(items.map((r) => r.id));
  });

  it('names which registrations exist, not what they say', async () => {
    const w = await world(2);
    const response = await w.worker.get(`/api/projects/${w.projectId}/registrations`);
    expect(response.body).not.toContain('Komt weinig buiten');
    expect(Object.keys(response.json().items[0]).sort()).toEqual(['clientId', 'createdAt', 'formVersion', 'householdKey', 'id']);
  });

  it('writes one audit entry per page, naming its registrations', async () => {
    const w = await world(7);
    const pages = await allPages(w.worker, `/api/projects/${w.projectId}/registrations?limit=3`);
    const reads = await readsOf(w.projectId);
    expect(reads.map((r) => r.details.ids)).toEqual(pages.map((p) => p.items.map((r) => r.id)));
  });

  it("refuses a bad cursor or limit naming the field, and shows nothing of another project for that project's cursor", async () => {
    const a = await world(3);
    const b = await world(3);
    for (const [query, field] of [
      ['cursor=bm9wZQ', 'cursor'],
      ['limit=1000', 'limit'],
    ]) {
      const response = await a.worker.get(`/api/projects/${a.projectId}/registrations?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual([field]);
    }
    const cursorOfB = (await b.worker.get(`/api/projects/${b.projectId}/registrations?limit=1`)).json().nextCursor as string;
    const items = (await a.worker.get(`/api/projects/${a.projectId}/registrations?cursor=${cursorOfB}`)).json().items as Item[];
    const idsOfB = (await b.worker.get(`/api/projects/${b.projectId}/registrations`)).json().items.map((r: Item) => r.id) as string[];
    for (const r of items) expect(idsOfB).not.toContain(r.id);
    expect((await a.worker.get(`/api/projects/${b.projectId}/registrations?cursor=${cursorOfB}`)).statusCode).toBe(404);
  });
});
