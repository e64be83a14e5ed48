import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoles } from '@thuis/domain';
import { openPglite } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { TestClient } from '../test/http-client.js';
import { DEMO_PASSWORD, demoUsers } from './demo-data.js';
import { seedDemo } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('demo data', () => {
  it('fills an empty database once, with an account for every role and the two reference projects', async () => {
    expect(await seedDemo(t.database.db)).toBe(true);
    expect(await seedDemo(t.database.db)).toBe(false);
    const orgTypes = (await t.database.db.selectFrom('organisations').select('type').execute()).map((o) => o.type);
    expect(orgTypes).toEqual(
      expect.arrayContaining(['corporation', 'welfare', 'contractor', 'municipality', 'neighbourhood_team', 'care_partner']),
    );
    const roles = (await t.database.db.selectFrom('project_members').select('role').distinct().execute()).map((r) => r.role);
    expect(roles.sort()).toEqual([...projectRoles].sort());
    expect(await t.database.db.selectFrom('users').select('id').execute()).toHaveLength(demoUsers.length);
  });

  it('has the homes of the seeds: Lankforst 104 in 5 buildings, Spoorbuurt 499 in phases of 180, 170 and 150', async () => {
    const counts = await t.database.db
      .selectFrom('addresses as a')
      .innerJoin('projects as p', 'p.id', 'a.project_id')
      .innerJoin('building_phases as bp', 'bp.id', 'a.building_phase_id')
      .select(['p.name as project', 'bp.name as phase', (eb) => eb.fn.countAll<number>().as('homes'), (eb) => eb.fn.count<number>('a.building_id').distinct().as('buildings')])
      .groupBy(['p.name', 'bp.name'])
      .orderBy('p.name')
      .orderBy('bp.name')
      .execute();
    expect(counts.map((c) => [c.project, c.phase, Number(c.homes), Number(c.buildings)])).toEqual([
      ['Lankforst: maisonettes', 'Onderhoud blok A-C', 62, 3],
      ['Lankforst: maisonettes', 'Renovatie blok D', 21, 1],
      ['Lankforst: maisonettes', 'Sloop en nieuwbouw blok E', 21, 1],
      ['Spoorbuurt: groot onderhoud', 'Bouwfase 1', 180, 0],
      ['Spoorbuurt: groot onderhoud', 'Bouwfase 2', 170, 0],
      ['Spoorbuurt: groot onderhoud', 'Bouwfase 3', 149, 0],
    ]);
  });

  it('lets the demo project leader in, who sees Lankforst in home visits and the Spoorbuurt finished', async () => {
    const client = new TestClient(t.app);
    expect((await client.logIn('projectleider@thuis.demo', DEMO_PASSWORD)).statusCode).toBe(200);
    const projects = (await client.get('/api/projects')).json().projects;
    expect(projects.map((p: { name: string; currentPhase: string | null }) => [p.name, p.currentPhase])).toEqual([
      ['Lankforst: maisonettes', 'home_visits'],
      ['Spoorbuurt: groot onderhoud', null],
    ]);
  });
});

describe('restarting on the same data folder', () => {
  it('keeps all data', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thuis-restart-'));
    try {
      const first = await openPglite(dataDir);
      await migrateToLatest(first.db);
      await seedDemo(first.db);
      await first.close();
      const second = await openPglite(dataDir);
      await migrateToLatest(second.db);
      expect(await seedDemo(second.db)).toBe(false);
      expect(await second.db.selectFrom('projects').select('name').orderBy('name').execute()).toEqual([
        { name: 'Lankforst: maisonettes' },
        { name: 'Spoorbuurt: groot onderhoud' },
      ]);
      await second.close();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
