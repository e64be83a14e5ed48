import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rippleLevelX } from '@thuis/domain';
import { newActivity, newAddress, newHousehold, newRippleMap, newTeamProject, newTheme } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createRippleRepository } from './repository.js';
import { finishedRippleMaps } from './to-ripple-map.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function team() {
  const world = await newTeamProject(t.database.db, {
    leader: { type: 'corporation', role: 'project_leader' },
    worker: { type: 'welfare', role: 'community_worker' },
    builder: { type: 'contractor', role: 'site_manager' },
    residents: { type: 'residents_group', role: 'resident_group' },
    policy: { type: 'municipality', role: 'policy_viewer' },
  });
  const clients = {} as Record<keyof typeof world.people, TestClient>;
  for (const [key, person] of Object.entries(world.people)) clients[key as keyof typeof world.people] = await clientFor(t.app, t.database.db, person.id);
  return { projectId: world.projectId, clients, base: `/api/projects/${world.projectId}/ripple-maps` };
}

type Detail = {
  id: string;
  status: string;
  nodes: { id: string; level: string; text: string; x: number; y: number }[];
  edges: { id: string; fromNodeId: string; toNodeId: string }[];
};
const node = (level: 'direct' | 'indirect' | 'lasting', text: string, y = 0) => ({ level, text, x: rippleLevelX(level), y });

describe('ripple maps', () => {
  it('are drawn by the team with the resident group at three levels, and read by everyone once finished', async () => {
    const { projectId, clients, base } = await team();
    const activity = await newActivity(t.database.db, projectId, { title: 'Wandelclub' });
    const created = await clients.worker.post(base, { title: 'Rimpelingen van de wandelclub', activityId: activity.id });
    expect(created.statusCode, created.body).toBe(201);
    const mapId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', activity: { id: activity.id, title: 'Wandelclub' }, theme: null, nodes: [], edges: [] });

    let map: Detail = (await clients.worker.post(`${base}/${mapId}/nodes`, node('direct', 'Buren wandelen samen'))).json();
    const direct = map.nodes[0]!.id;
    const added = await clients.residents.post(`${base}/${mapId}/nodes`, node('direct', 'Nieuwe contacten in de straat', 100));
    expect(added.statusCode, added.body).toBe(201);
    map = (await clients.leader.post(`${base}/${mapId}/nodes`, node('lasting', 'Minder eenzaamheid'))).json();
    const lasting = map.nodes.find((n) => n.level === 'lasting')!.id;
    const contacts = map.nodes.find((n) => n.text === 'Nieuwe contacten in de straat')!.id;
    expect(map.nodes).toHaveLength(3);

    // The second direct effect turns out to be indirect: moved to the middle level.
    const moved = await clients.worker.put(`${base}/${mapId}/nodes/${contacts}`, node('indirect', 'Nieuwe contacten in de straat', 40));
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().nodes.find((n: { id: string }) => n.id === contacts)).toMatchObject({ level: 'indirect', x: rippleLevelX('indirect'), y: 40 });

    await clients.worker.post(`${base}/${mapId}/edges`, { fromNodeId: direct, toNodeId: contacts });
    map = (await clients.residents.post(`${base}/${mapId}/edges`, { fromNodeId: contacts, toNodeId: lasting })).json();
    expect(map.edges.map((e) => [e.fromNodeId, e.toNodeId])).toEqual([
      [direct, contacts],
      [contacts, lasting],
    ]);

    // A draft is seen only by who draws it.
    for (const reader of [clients.builder, clients.policy]) {
      expect((await reader.get(base)).json()).toEqual({ maps: [], total: 0 });
      expect((await reader.get(`${base}/${mapId}`)).statusCode).toBe(404);
      expect((await reader.post(`${base}/${mapId}/nodes`, node('direct', 'Iets'))).statusCode).toBe(404);
    }
    expect((await clients.residents.get(base)).json().total).toBe(1);
    // The resident group draws but does not finish.
    expect((await clients.residents.put(`${base}/${mapId}/status`, { status: 'finished' })).statusCode).toBe(404);
    expect((await clients.leader.put(`${base}/${mapId}/status`, { status: 'finished' })).json().status).toBe('finished');

    for (const reader of [clients.builder, clients.policy, clients.residents]) {
      const list = (await reader.get(base)).json();
      expect(list).toMatchObject({ total: 1, maps: [{ id: mapId, status: 'finished', nodeCount: 3, activity: { title: 'Wandelclub' } }] });
      const read = (await reader.get(`${base}/${mapId}`)).json();
      expect(read.nodes.map((n: { text: string }) => n.text).sort()).toEqual(['Buren wandelen samen', 'Minder eenzaamheid', 'Nieuwe contacten in de straat']);
      expect(read.edges).toHaveLength(2);
    }

    // A finished map no longer changes, until the team reopens it.
    const late = await clients.worker.post(`${base}/${mapId}/nodes`, node('direct', 'Te laat'));
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('heropen');
    await clients.worker.put(`${base}/${mapId}/status`, { status: 'draft' });
    expect((await clients.worker.post(`${base}/${mapId}/nodes`, node('direct', 'Toch nog'))).statusCode).toBe(201);

    // Removing an effect removes its arrows.
    map = (await clients.worker.delete(`${base}/${mapId}/nodes/${contacts}`)).json();
    expect(map.nodes.map((n) => n.id)).not.toContain(contacts);
    expect(map.edges).toEqual([]);

    const audit = await t.database.db
      .selectFrom('audit_log')
      .where('project_id', '=', projectId)
      .where('resource_type', 'like', 'ripple_%')
      .select(['resource_type', 'action'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => `${a.resource_type}:${a.action}`)).toEqual([
      'ripple_map:create',
      'ripple_node:create',
      'ripple_node:create',
      'ripple_node:create',
      'ripple_node:update',
      'ripple_edge:create',
      'ripple_edge:create',
      'ripple_map:finish',
      'ripple_map:reopen',
      'ripple_node:create',
      'ripple_node:delete',
    ]);
    expect((await clients.worker.delete(`${base}/${mapId}`)).statusCode).toBe(200);
    expect((await t.database.db.selectFrom('ripple_nodes').where('map_id', '=', mapId).select('id').execute()).length).toBe(0);
  });

  it('refuses an effect or title that points to a resident, naming the field, and stores nothing', async () => {
    const { projectId, clients, base } = await team();
    const home = await newAddress(t.database.db, projectId, { street: 'Spoorstraat', houseNumber: 12 });
    await newHousehold(t.database.db, home.id, { name: 'Fam. Jansen' });
    const map = await newRippleMap(t.database.db, projectId, { levels: ['direct'] });
    for (const text of ['Mevrouw Jansen loopt weer mee', 'De bewoner van Spoorstraat 12 komt elke week', 'Bel 06-12345678 voor de route']) {
      const added = await clients.worker.post(`${base}/${map.id}/nodes`, node('indirect', text));
      expect(added.statusCode).toBe(400);
      expect(added.json().fields).toEqual([{ path: 'text', message: expect.stringMatching(/^Tekst: hierin staat iets waaraan iemand te herkennen is/) }]);
      const edited = await clients.worker.put(`${base}/${map.id}/nodes/${map.nodeIds[0]}`, node('direct', text));
      expect(edited.statusCode).toBe(400);
      expect(edited.json().fields.map((f: { path: string }) => f.path)).toEqual(['text']);
    }
    const titled = await clients.worker.post(base, { title: 'Wandelen met Jansen' });
    expect(titled.statusCode).toBe(400);
    expect(titled.json().fields.map((f: { path: string }) => f.path)).toEqual(['title']);
    const nodes = await t.database.db.selectFrom('ripple_nodes').where('map_id', '=', map.id).select(['text', 'level']).execute();
    expect(nodes).toEqual([{ text: 'Effect 1', level: 'direct' }]);
    expect((await t.database.db.selectFrom('ripple_maps').where('project_id', '=', projectId).select('id').execute()).length).toBe(1);
  });

  it('refuses an arrow to an effect of another map, to itself, or drawn twice', async () => {
    const { projectId, clients, base } = await team();
    const one = await newRippleMap(t.database.db, projectId);
    const two = await newRippleMap(t.database.db, projectId);
    const [a, b] = one.nodeIds as [string, string];
    const elsewhere = await clients.worker.post(`${base}/${one.id}/edges`, { fromNodeId: a, toNodeId: two.nodeIds[0] });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().fields).toEqual([{ path: 'toNodeId', message: 'Gevolg: dit effect staat niet op deze rimpelkaart.' }]);
    const itself = await clients.worker.post(`${base}/${one.id}/edges`, { fromNodeId: a, toNodeId: a });
    expect(itself.json().fields.map((f: { path: string }) => f.path)).toEqual(['toNodeId']);
    expect((await clients.worker.post(`${base}/${one.id}/edges`, { fromNodeId: a, toNodeId: b })).statusCode).toBe(201);
    const twice = await clients.worker.post(`${base}/${one.id}/edges`, { fromNodeId: a, toNodeId: b });
    expect(twice.statusCode).toBe(400);
    // An effect of another map is not found through this map's URL either.
    expect((await clients.worker.put(`${base}/${one.id}/nodes/${two.nodeIds[0]}`, node('direct', 'Iets'))).statusCode).toBe(404);
    expect((await clients.worker.delete(`${base}/${one.id}/nodes/${two.nodeIds[0]}`)).statusCode).toBe(404);
    expect((await t.database.db.selectFrom('ripple_edges').where('map_id', 'in', [one.id, two.id]).select('id').execute()).length).toBe(1);
  });

  it('is about an activity of the project or a theme of its top 5s, not both', async () => {
    const { projectId, clients, base } = await team();
    const other = await team();
    const foreignActivity = await newActivity(t.database.db, other.projectId);
    const inTop = await newTheme(t.database.db, projectId, { name: 'Ontmoeting' });
    const notInTop = await newTheme(t.database.db, projectId, { name: 'Groen' });
    await t.database.db
      .insertInto('theme_top_lists')
      .values({ project_id: projectId, valence: 'promising', theme_ids: [inTop.id], updated_by: null })
      .execute();
    const activity = await newActivity(t.database.db, projectId, { title: 'Soep op de bakfiets' });

    expect((await clients.worker.get(`${base}/subjects`)).json()).toEqual({
      activities: [{ id: activity.id, title: 'Soep op de bakfiets' }],
      themes: [{ id: inTop.id, name: 'Ontmoeting' }],
    });
    const foreign = await clients.worker.post(base, { title: 'Kaart', activityId: foreignActivity.id });
    expect(foreign.json().fields.map((f: { path: string }) => f.path)).toEqual(['activityId']);
    const lowTheme = await clients.worker.post(base, { title: 'Kaart', themeId: notInTop.id });
    expect(lowTheme.json().fields.map((f: { path: string }) => f.path)).toEqual(['themeId']);
    const both = await clients.worker.post(base, { title: 'Kaart', themeId: inTop.id, activityId: activity.id });
    expect(both.statusCode).toBe(400);
    const theme = await clients.worker.post(base, { title: 'Kaart over ontmoeting', themeId: inTop.id });
    expect(theme.json()).toMatchObject({ theme: { id: inTop.id, name: 'Ontmoeting' }, activity: null });
  });

  it("answers 404 for another project's map through this project's URL, and changes nothing", async () => {
    const mine = await team();
    const theirs = await team();
    const map = await newRippleMap(t.database.db, theirs.projectId, { status: 'finished' });
    const { clients, base } = mine;
    const url = `${base}/${map.id}`;
    expect((await clients.leader.get(url)).statusCode).toBe(404);
    expect((await clients.leader.put(url, { title: 'Overgenomen' })).statusCode).toBe(404);
    expect((await clients.leader.put(`${url}/status`, { status: 'draft' })).statusCode).toBe(404);
    expect((await clients.leader.post(`${url}/nodes`, node('direct', 'Iets'))).statusCode).toBe(404);
    expect((await clients.leader.put(`${url}/nodes/${map.nodeIds[0]}`, node('direct', 'Iets'))).statusCode).toBe(404);
    expect((await clients.leader.post(`${url}/edges`, { fromNodeId: map.nodeIds[0], toNodeId: map.nodeIds[1] })).statusCode).toBe(404);
    expect((await clients.leader.delete(url)).statusCode).toBe(404);
    expect((await theirs.clients.policy.get(`${theirs.base}/${map.id}`)).json()).toMatchObject({ title: 'Rimpelingen wandelclub', status: 'finished' });
    // Outside the project altogether: not found either.
    expect((await clients.leader.get(theirs.base)).statusCode).toBe(404);
  });

  it('gives the final report the finished maps only, with their effects and arrows', async () => {
    const { projectId } = await team();
    const finished = await newRippleMap(t.database.db, projectId, { title: 'Afgerond', status: 'finished', levels: ['direct', 'indirect', 'lasting'] });
    await newRippleMap(t.database.db, projectId, { title: 'Concept' });
    await t.database.db
      .insertInto('ripple_edges')
      .values({ map_id: finished.id, from_node_id: finished.nodeIds[0]!, to_node_id: finished.nodeIds[2]! })
      .execute();
    const maps = await finishedRippleMaps(createRippleRepository(t.database.db), projectId);
    expect(maps.map((m) => m.title)).toEqual(['Afgerond']);
    expect(maps[0]!.nodes.map((n) => n.level)).toEqual(['direct', 'indirect', 'lasting']);
    expect(maps[0]!.edges).toEqual([{ id: expect.any(String), fromNodeId: finished.nodeIds[0], toNodeId: finished.nodeIds[2] }]);
  });

  it('pages the list on the server, newest first', async () => {
    const { projectId, clients, base } = await team();
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      await newRippleMap(t.database.db, projectId, { title, status: 'finished' });
      await new Promise((r) => setTimeout(r, 5));
    }
    const page = (await clients.policy.get(`${base}?offset=1&limit=1`)).json();
    expect(page).toMatchObject({ total: 3, maps: [{ title: 'Tweede' }] });
  });

  it('names the field of a bad level or position', async () => {
    const { projectId, clients, base } = await team();
    const map = await newRippleMap(t.database.db, projectId);
    const response = await clients.worker.post(`${base}/${map.id}/nodes`, { level: 'forever', text: '', x: 'links', y: 0 });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['level', 'text', 'x']);
  });
});
