import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemResponse } from '@thuis/domain';
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

it('documents the RFC 9457 problem answers of every route next to its own responses', async () => {
  const spec = (await new TestClient(t.app).get('/api/openapi.json')).json();
  const operations = Object.entries(spec.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>).flatMap(
    ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  expect(operations.length).toBeGreaterThan(100);
  for (const { path, method, operation } of operations) {
    expect(operation.responses['500']?.content?.['application/problem+json'], `${method} ${path}`).toBeDefined();
    if (path.includes('{')) expect(operation.responses['404']?.content?.['application/problem+json'], `${method} ${path}`).toBeDefined();
  }
  const createProject = spec.paths['/api/projects'].post.responses;
  expect(Object.keys(createProject)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '500']));
  const problem = createProject['400'].content['application/problem+json'].schema;
  expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'error', 'message']));
  expect(spec.paths['/api/auth/login'].post.responses['429']).toBeDefined();
  expect(spec.paths['/api/auth/login'].post.responses['401']).toBeUndefined();
});

it('answers errors as RFC 9457 problems in the reader’s language', async () => {
  const missing = await new TestClient(t.app, 'en').get('/api/projects/6f1c1a9e-0000-4000-8000-000000000000');
  expect(missing.statusCode).toBe(401);
  expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(problemResponse.parse(missing.json())).toMatchObject({
    type: 'urn:thuis:problem:unauthenticated',
    title: 'Not logged in',
    status: 401,
    error: 'unauthenticated',
  });
  const invalid = await new TestClient(t.app, 'nl').post('/api/auth/login', { email: 'no-address', password: '' });
  expect(invalid.statusCode).toBe(400);
  const body = problemResponse.parse(invalid.json());
  expect(body).toMatchObject({ type: 'urn:thuis:problem:validation', title: 'Ongeldige invoer', status: 400 });
  expect(body.detail).toBe(body.message);
  expect(body.fields?.length).toBeGreaterThan(0);
});
