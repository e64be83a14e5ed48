/**
 * The checks that need the project run set-based on the staged rows (COPY'd into import_rows): a
 * problem far down a large file is named with its row and field, in the user's language, and leaves
 * nothing imported and nothing staged; a commit checks the staged rows again against the project.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { multipartFile, newAddress, newOrganisation, newProject, newUser } from '../../test/factories.js';
import { clientFor, type TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Homes 1…count at Kilstraat 1…count, 6538 AB; `overrides` replaces the line of home i. */
function csv(count: number, overrides: Record<number, string> = {}) {
  const lines = ['VHE-nummer;Straat;Huisnummer;Postcode;Plaats'];
  for (let i = 1; i <= count; i++) lines.push(overrides[i] ?? `K-${i};Kilstraat;${i};6538 AB;Nijmegen`);
  return `${lines.join('\n')}\n`;
}

async function leaderWithProject(locale: 'nl' | 'en') {
  const corporation = await newOrganisation(t.database.db, { type: 'corporation' });
  const leader = await newUser(t.database.db, { organisationId: corporation.id });
  const project = await newProject(t.database.db, { members: [{ userId: leader.id, organisationId: corporation.id, role: 'project_leader' }] });
  return { client: await clientFor(t.app, t.database.db, leader.id, locale), projectId: project.id };
}

async function waitFor(client: TestClient, url: string, status: string) {
  for (let i = 0; ; i++) {
    const job = (await client.get(url)).json();
    if (job.status === status) return job;
    if (job.status === 'failed' || i > 3000) throw new Error(`import ${job.status}, not ${status}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function check(client: TestClient, projectId: string, content: string) {
  const { payload, headers } = multipartFile('woningen.csv', content);
  const job = (await client.request({ method: 'POST', url: `/api/projects/${projectId}/imports`, payload, headers })).json();
  const url = `/api/projects/${projectId}/imports/${job.id}`;
  await client.put(`${url}/mapping`, { mapping: job.mapping });
  return { url, jobId: job.id as string, checked: await waitFor(client, url, 'checked') };
}

const counts = async (projectId: string, jobId: string) =>
  (
    await sql<{ addresses: number; staged: number }>`
      select (select count(*)::int from addresses where project_id = ${projectId}) as addresses,
        (select count(*)::int from import_rows where job_id = ${jobId}) as staged`.execute(t.database.db)
  ).rows[0]!;

it('names a late row whose address belongs to another unit, and a late duplicate, in English; imports and keeps nothing', async () => {
  const { client, projectId } = await leaderWithProject('en');
  await newAddress(t.database.db, projectId, { unitId: 'OLD-1', houseNumber: 90_000 });
  // Home 94,000 repeats the address of home 10: a duplicate found by the rules, far beyond one step.
  const { url, jobId, checked } = await check(client, projectId, csv(95_000, { 94_000: 'K-94000;Kilstraat;10;6538 AB;Nijmegen' }));

  expect(checked.totalRows).toBe(95_000);
  expect(checked.problemCount).toBe(2);
  expect(checked.problems.map((p: { row: number; field: string; message: string }) => [p.row, p.field, p.message])).toEqual([
    [90_001, 'houseNumber', 'House number: this address already belongs to another unit number in the project.'],
    [94_001, 'houseNumber', 'House number: this address is already on an earlier row.'],
  ]);
  expect((await client.post(`${url}/commit`)).statusCode).toBe(400);
  expect(await counts(projectId, jobId)).toEqual({ addresses: 1, staged: 0 });
}, 300_000);

it('checks the staged rows again at the commit: an address taken meanwhile sends the import back to its report', async () => {
  const { client, projectId } = await leaderWithProject('nl');
  const { url, jobId, checked } = await check(client, projectId, csv(3_000));
  expect(checked).toMatchObject({ problemCount: 0, newCount: 3_000 });
  expect((await counts(projectId, jobId)).staged).toBe(3_000);

  // Between check and commit another unit gets the address of home 2,500 (row 2,501).
  await newAddress(t.database.db, projectId, { unitId: 'ANDER-1', houseNumber: 2_500 });
  expect((await client.post(`${url}/commit`)).statusCode).toBe(200);
  const back = await waitFor(client, url, 'checked');
  expect(back.problemCount).toBe(1);
  expect(back.problems[0]).toMatchObject({ row: 2_501, field: 'houseNumber' });
  expect(back.problems[0].message).toBe('Huisnummer: dit adres hoort in het project al bij een ander eenheidnummer.');
  expect(await counts(projectId, jobId)).toEqual({ addresses: 1, staged: 0 });
}, 120_000);
