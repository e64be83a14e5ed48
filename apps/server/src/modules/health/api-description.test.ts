import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../../test/http-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

it('reports that the database is reachable', async () => {
  const response = await new TestClient(t.app).get('/api/health');
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ status: 'ok', database: 'reachable' });
});

it('describes every API route in OpenAPI 3, with its request and response schemas', async () => {
  const response = await new TestClient(t.app).get('/api/openapi.json');
  const spec = response.json();
  expect(spec.openapi).toMatch(/^3\./);
  const documented = new Set(
    Object.entries(spec.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    ),
  );
  const routes = t.app.apiRoutes.filter((r) => !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json').map((r) => `${r.method} ${r.url}`);
  expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  const createProject = spec.paths['/api/projects'].post;
  expect(Object.keys(createProject.requestBody.content['application/json'].schema.properties)).toEqual(
    expect.arrayContaining(['name', 'neighbourhood', 'municipality', 'worksKinds', 'startsOn', 'endsOn']),
  );
  expect(createProject.responses['201']).toBeDefined();
});

it('serves a browsable API reference', async () => {
  const response = await new TestClient(t.app).get('/api/docs/');
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/html/);
});
